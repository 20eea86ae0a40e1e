using Banwatch.Core.Intake;

namespace Banwatch.Features.Intake;

/// <summary>Another sentence stating the same fact as its row: the sentence's offsets, and where the state is named in it.</summary>
public sealed record ExtractionPlace(int Start, int End, int TextStart)
{
    /// <summary>"120-245", as a CSV cell shows it.</summary>
    public override string ToString() => $"{Start}-{End}";
}

/// <summary>
/// One line of `banwatch extract --format jsonl`: a mention, a fact or a figure, with the character offsets of
/// its evidence in the extracted text. <see cref="Start"/>/<see cref="End"/> are the evidence sentence;
/// <see cref="Text"/> is the name or figure as written, at <see cref="TextStart"/>. A fact stated in several sentences
/// is one row, its other sentences in <see cref="Also"/>.
/// </summary>
public sealed record ExtractionRow(
    string Doc,
    string Kind,
    string? State,
    int Start,
    int End,
    string Evidence,
    string Text,
    int TextStart,
    int? Value = null,
    string? What = null,
    string? Event = null,
    string? Issue = null,
    string? Stance = null,
    IReadOnlyList<ExtractionPlace>? Also = null)
{
    public const string MentionKind = "mention";
    public const string FigureKind = "figure";

    /// <summary>Mentions, then facts, then figures, each in text order.</summary>
    public static IEnumerable<ExtractionRow> From(Extraction x)
    {
        var text = x.Document.Text;
        string Evidence(TextSpan s) => s.Of(text);
        foreach (var m in x.Mentions)
        {
            yield return new(x.Document.Name, MentionKind, m.State.Value, m.Sentence.Start, m.Sentence.End, Evidence(m.Sentence), m.Span.Of(text), m.Span.Start);
        }

        foreach (var f in x.Facts.OrderBy(f => f.Sentence.Start).ThenBy(f => f.Kind))
        {
            yield return new(
                x.Document.Name, IntakeNames.Of(f.Kind), f.State.Value, f.Sentence.Start, f.Sentence.End, Evidence(f.Sentence), f.Mention.Of(text), f.Mention.Start,
                Issue: f.Issue is { } i ? IntakeNames.Of(i) : null,
                Stance: f.Stance is { } st ? IntakeNames.Of(st) : null,
                Also: f.Also?.Select(p => new ExtractionPlace(p.Sentence.Start, p.Sentence.End, p.Mention.Start)).ToList());
        }

        foreach (var g in x.Figures)
        {
            yield return new(
                x.Document.Name, FigureKind, null, g.Sentence.Start, g.Sentence.End, Evidence(g.Sentence), g.Span.Of(text), g.Span.Start,
                Value: g.Value, What: IntakeNames.Of(g.What), Event: g.Event);
        }
    }
}
