using System.CommandLine;
using System.Text;

namespace Banwatch.Tests.Cli;

/// <summary>
/// README's CLI reference is the --help output, kept equal by this test (STYLE.md habit 10).
/// To refresh it after changing a command: BANWATCH_UPDATE_README=1 dotnet test --filter ReadmeTests
/// </summary>
public sealed class ReadmeTests
{
    private const string Start = "<!-- cli-reference:start (generated from --help by ReadmeTests) -->";
    private const string End = "<!-- cli-reference:end -->";

    private static readonly string[] Commands =
    [
        "", "status", "timeline", "events", "state", "ingest", "extract", "documents list", "documents show", "search", "review list", "review accept", "review reject",
        "review accept-all", "eval", "obligations", "obligations add", "data load", "serve",
    ];

    [Fact]
    public async Task Readme_cli_reference_matches_help()
    {
        var readme = Path.Combine(Repository.Root, "README.md");
        var text = (await File.ReadAllTextAsync(readme, TestContext.Current.CancellationToken)).ReplaceLineEndings("\n");
        var from = text.IndexOf(Start, StringComparison.Ordinal);
        var to = text.IndexOf(End, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, $"README.md needs the markers {Start} ... {End}");

        var expected = await ReferenceAsync();
        var actual = text[(from + Start.Length)..to];
        if (actual != expected && Environment.GetEnvironmentVariable("BANWATCH_UPDATE_README") == "1")
        {
            await File.WriteAllTextAsync(readme, text[..(from + Start.Length)] + expected + text[to..], TestContext.Current.CancellationToken);
            return;
        }

        Assert.Equal(expected, actual);
    }

    private static async Task<string> ReferenceAsync()
    {
        var sb = new StringBuilder("\n");
        foreach (var command in Commands)
        {
            using var stdout = new StringWriter();
            var context = new Banwatch.Cli.CliContext(stdout, TextWriter.Null, TimeProvider.System, null);
            await Banwatch.Cli.BanwatchCli.RunAsync([.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"], context, TestContext.Current.CancellationToken);
            var help = stdout.ToString().ReplaceLineEndings("\n").Replace(RootCommand.ExecutableName, "banwatch", StringComparison.Ordinal).TrimEnd();
            var heading = command.Length == 0 ? "banwatch" : $"banwatch {command}";
            sb.Append($"\n### `{heading}`\n\n```text\n").Append(help).Append("\n```\n");
        }

        return sb.Append('\n').ToString();
    }
}
