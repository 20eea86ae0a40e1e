using System.Xml.Linq;
using Banwatch.Testing;
using Microsoft.Data.Sqlite;

namespace Banwatch.Tests.Cli;

/// <summary>The CLI as people use it, on the embedded database: names, bad input, exports, reloads.</summary>
public sealed class CliTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    private CliRunner Cli => new(_database.Url);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Theory]
    [InlineData("Laos", "LAO")]
    [InlineData("the UK", "GBR")]
    [InlineData("Ivory Coast", "CIV")]
    [InlineData("Bosnia-Herzegovina", "BIH")]
    [InlineData("Swaziland", "SWZ")]
    [InlineData("Holy See", "VAT")]
    [InlineData("Vatican", "VAT")]
    [InlineData("Burma", "MMR")]
    [InlineData("DRC", "COD")]
    [InlineData("Lao PDR", "LAO")]
    [InlineData("Britain", "GBR")]
    public async Task State_accepts_any_alias(string name, string iso3)
    {
        var result = (await Cli.RunAsync("status", "--state", name, "--format", "csv")).Succeeded();
        var lines = result.Out.TrimEnd().Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith(iso3 + ",", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ambiguous_name_fails_and_names_the_candidates()
    {
        var result = await Cli.RunAsync("status", "--state", "Congo");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("ambiguous", result.Error);
        Assert.Contains("COG", result.Error);
        Assert.Contains("COD", result.Error);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task An_unknown_name_fails_on_one_line_with_suggestions()
    {
        var result = await Cli.RunAsync("state", "Nigera");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: unknown state 'Nigera'. Did you mean Niger (NER) or Nigeria (NGA)?", result.Error.Trim().Split('\n')[^1]);
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("03/02/2026")]
    [InlineData("yesterday")]
    public async Task A_bad_date_fails_with_exit_code_2(string date)
    {
        var result = await Cli.RunAsync("status", "--as-of", date);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"error: --as-of: '{date}' is not a date (YYYY-MM-DD)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_database_fails_with_exit_code_6_and_says_which()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await Banwatch.Cli.BanwatchCli.RunAsync(
            ["status", "--db", "postgres://nobody:secret@127.0.0.1:1/banwatch"],
            new Banwatch.Cli.CliContext(stdout, stderr, TimeProvider.System, null),
            TestContext.Current.CancellationToken);
        Assert.Equal(6, code);
        Assert.StartsWith("error: database postgres://nobody@127.0.0.1:1/banwatch: the server cannot be reached", stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("secret", stderr.ToString());
    }

    [Fact]
    public async Task Help_is_available_on_every_command()
    {
        foreach (var command in new[] { "status", "timeline", "events", "state", "obligations", "obligations add", "serve", "data", "data load" })
        {
            var result = (await Cli.RunAsync([.. command.Split(' '), "--help"])).Succeeded();
            Assert.Contains("--db", result.Out);
        }
    }

    [Fact]
    public async Task Timeline_counts_month_by_month_and_writes_an_svg_chart()
    {
        var svg = Path.Combine(Path.GetDirectoryName(_database.Url)!, "timeline.svg");
        var result = (await Cli.RunAsync("timeline", "--from", "2010-01-01", "--to", "2010-12-31", "--format", "csv", "--svg", svg)).Succeeded();
        var rows = result.Out.TrimEnd().Split('\n');
        Assert.Equal("month,as_of,state_party,bound_not_in_force,signatory,withdrawn", rows[0].TrimEnd('\r'));
        Assert.Equal(13, rows.Length);
        Assert.StartsWith("2010-07,2010-07-31,0,38,", rows[7], StringComparison.Ordinal);
        Assert.StartsWith("2010-08,2010-08-31,30,", rows[8], StringComparison.Ordinal);
        var chart = XDocument.Load(svg);
        Assert.Equal("svg", chart.Root!.Name.LocalName);
        Assert.Equal(3, chart.Descendants().Count(e => e.Name.LocalName == "polyline"));
    }

    [Fact]
    public async Task Reloading_the_same_data_is_a_no_op()
    {
        (await Cli.RunAsync("status")).Succeeded();
        var result = (await Cli.RunAsync("data", "load")).Succeeded();
        Assert.Contains("unchanged, already holds", result.Out);
    }

    [Theory]
    [InlineData("ccm_status.csv", "NOR,2008-12-03,2008-12-03", "NOR,2008-12-03,2008-13-03", "ccm_status.csv:", "column 'deposited'")]
    [InlineData("ccm_status.csv", "NOR,", "XYZ,", "ccm_status.csv:", "unknown state 'XYZ'")]
    [InlineData("states.csv", "iso3,iso2,m49,", "iso3,iso2,", "states.csv:1:", "missing column(s): m49")]
    public async Task A_corrupted_data_file_is_refused_and_the_database_is_left_as_it_was(string file, string find, string replace, string where, string what)
    {
        var before = (await Cli.RunAsync("status", "--as-of", "2026-02-03", "--format", "json")).Succeeded().Out;
        var hash = await HashAsync();
        var corrupted = DataFolder.CopyWith(file, t => ReplaceFirst(t, find, replace));

        var result = await new CliRunner(_database.Url) { DataFolder = corrupted }.RunAsync("data", "load");

        Assert.Equal(4, result.ExitCode); // malformed_file
        Assert.Contains(where, result.Error);
        Assert.Contains(what, result.Error);
        Assert.Contains("nothing was changed", result.Error);
        Assert.Equal(hash, await HashAsync());
        Assert.Equal(before, (await Cli.RunAsync("status", "--as-of", "2026-02-03", "--format", "json")).Succeeded().Out);
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"fixture: '{find}' not found");
        return text[..at] + replace + text[(at + find.Length)..];
    }

    private async Task<string?> HashAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_database.Url}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new SqliteCommand("SELECT value FROM meta WHERE key = 'reference_data_hash'", connection);
        return (string?)await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }
}
