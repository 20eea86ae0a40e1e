using System.Text;
using System.Text.RegularExpressions;
using Banwatch.Core.Intake;

namespace Banwatch.Core.Tests.Intake;

/// <summary>
/// The hard cases of intake as readable examples (Markdig's habit): each `##` section of Specs/*.md has a text
/// block and the expected mentions, facts or figures; the test renders what the pipeline finds in the same form,
/// so a failure reads as a diff of two short lists. A section may say <c>&lt;!-- known-limitation: why --&gt;</c>:
/// it is then reported as skipped with that reason, not silently dropped.
/// </summary>
public partial class SpecTests
{
    public static TheoryData<string, string> Mentions() => Examples("mentions.md");

    public static TheoryData<string, string> Facts() => Examples("facts.md");

    [Theory]
    [MemberData(nameof(Mentions))]
    public void Mention_example(string file, string heading) => Check(file, heading);

    [Theory]
    [MemberData(nameof(Facts))]
    public void Fact_example(string file, string heading) => Check(file, heading);

    private static void Check(string file, string heading)
    {
        var example = Parse(file).Single(e => e.Heading == heading);
        if (example.KnownLimitation is { } why)
        {
            Assert.Skip($"known limitation: {why}");
        }

        var extraction = ExtractionPipeline.Standard(Vocabulary.Instance).Run(new TextDocument(heading, example.Input));
        foreach (var (block, expected) in example.Expected)
        {
            Assert.Equal(expected, Render(block, extraction));
        }
    }

    private static string Render(string block, Extraction x) => block switch
    {
        "mentions" => Lines(x.Mentions.Select(m => $"{m.State} {m.Span.Of(x.Document.Text).Replace("\n", "\\n", StringComparison.Ordinal)}")),
        "facts" => Lines(x.Facts
            .Select(f => f.Kind == FactKind.Position
                ? string.Join(' ', new[] { "position", f.State.Value, f.Issue is { } i ? IntakeNames.Of(i) : null, f.Stance is { } s ? IntakeNames.Of(s) : null }.Where(p => p is not null))
                : $"{IntakeNames.Of(f.Kind)} {f.State}")
            .Distinct()
            .Order(StringComparer.Ordinal)),
        "figures" => Lines(x.Figures.Select(f => $"{f.Value} {IntakeNames.Of(f.What)}").Distinct()),
        _ => throw new InvalidOperationException($"unknown block '{block}'"),
    };

    private static string Lines(IEnumerable<string> lines) => string.Join('\n', lines);

    private sealed record Example(string Heading, string Input, List<(string Block, string Expected)> Expected, string? KnownLimitation);

    private static TheoryData<string, string> Examples(string file)
    {
        var data = new TheoryData<string, string>();
        foreach (var e in Parse(file))
        {
            data.Add(file, e.Heading);
        }

        return data;
    }

    private static List<Example> Parse(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Intake", "Specs", file);
        var examples = new List<Example>();
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        foreach (var section in Regex.Split(text, @"^## ", RegexOptions.Multiline).Skip(1))
        {
            var heading = section[..section.IndexOf('\n', StringComparison.Ordinal)].Trim();
            string? input = null;
            var expected = new List<(string, string)>();
            foreach (Match block in FencedBlock().Matches(section))
            {
                var body = block.Groups["body"].Value.TrimEnd('\n');
                if (block.Groups["lang"].Value == "text")
                {
                    input = body;
                }
                else
                {
                    expected.Add((block.Groups["lang"].Value, NormaliseExpected(block.Groups["lang"].Value, body)));
                }
            }

            var known = KnownLimitation().Match(section);
            examples.Add(new Example(heading, input ?? throw new InvalidDataException($"{file}: '{heading}' has no ```text block"), expected, known.Success ? known.Groups["why"].Value.Trim() : null));
        }

        var duplicate = examples.GroupBy(e => e.Heading).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? examples : throw new InvalidDataException($"{file}: two sections are called '{duplicate.Key}'");
    }

    /// <summary>Facts are a set: the expected block may list them in any order.</summary>
    private static string NormaliseExpected(string block, string body)
    {
        var lines = body.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        return block == "facts" ? Lines(lines.Distinct().Order(StringComparer.Ordinal)) : Lines(lines);
    }

    [GeneratedRegex(@"^```(?<lang>\w+)[ \t]*\n(?<body>.*?)^```[ \t]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedBlock();

    [GeneratedRegex(@"<!--\s*known-limitation:(?<why>.*?)-->", RegexOptions.Singleline)]
    private static partial Regex KnownLimitation();
}
