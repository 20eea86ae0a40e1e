using System.CommandLine;
using System.Text;
using Banwatch.Core;
using Banwatch.Core.Failures;

namespace Banwatch.Tests.Cli;

/// <summary>
/// README's generated parts are kept equal to the code by these tests (STYLE.md habit 10): the CLI reference is the
/// --help output, the error table is <see cref="ErrorContract.All"/>.
/// To refresh them after a change: BANWATCH_UPDATE_README=1 dotnet test --filter ReadmeTests
/// </summary>
public sealed class ReadmeTests
{
    private static readonly string[] Commands =
    [
        "", "status", "timeline", "events", "state", "ingest", "extract", "documents list", "documents show", "search", "review list", "review accept", "review reject",
        "review accept-all", "eval", "train-facts", "obligations", "obligations add", "positions", "positions add", "categories",
        "categories add", "votes", "declarations", "targets", "actions add", "actions list", "actions done", "actions import", "brief", "data load", "serve",
        "users add", "users list", "users password", "users role", "users disable", "tokens create", "tokens list", "tokens revoke", "audit",
        "backup", "restore", "copy",
    ];

    [Fact]
    public async Task Readme_cli_reference_matches_help() =>
        await AssertGeneratedAsync("cli-reference", "generated from --help by ReadmeTests", await ReferenceAsync());

    [Fact]
    public async Task Readme_error_table_matches_the_error_contract() =>
        await AssertGeneratedAsync("error-contract", "generated from ErrorContract by ReadmeTests", ErrorTable());

    private static async Task AssertGeneratedAsync(string part, string note, string expected)
    {
        var start = $"<!-- {part}:start ({note}) -->";
        var end = $"<!-- {part}:end -->";
        var readme = Path.Combine(Repository.Root, "README.md");
        var text = (await File.ReadAllTextAsync(readme, TestContext.Current.CancellationToken)).ReplaceLineEndings("\n");
        var from = text.IndexOf(start, StringComparison.Ordinal);
        var to = text.IndexOf(end, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, $"README.md needs the markers {start} ... {end}");

        var actual = text[(from + start.Length)..to];
        if (actual != expected && Environment.GetEnvironmentVariable("BANWATCH_UPDATE_README") == "1")
        {
            await File.WriteAllTextAsync(readme, text[..(from + start.Length)] + expected + text[to..], TestContext.Current.CancellationToken);
            return;
        }

        Assert.Equal(expected, actual);
    }

    private static string ErrorTable()
    {
        var sb = new StringBuilder("\n| Failure | Exit code | HTTP status | When |\n|---|---|---|---|\n");
        foreach (var c in ErrorContract.All)
        {
            sb.Append($"| `{WireName.Of(c.Kind)}` | {c.ExitCode} | {c.HttpStatus} {c.Title} | {c.Meaning} |\n");
        }

        return sb.ToString();
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
