using Banwatch.Testing;

namespace Banwatch.Tests.Cli;

/// <summary>Tables as a terminal shows them: 80 columns when redirected, whole words, names in order; --wide for everything.</summary>
public sealed class TableTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    private CliRunner Cli => new(_database.Url);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Theory]
    [InlineData("status", "--as-of", "2026-02-03")]
    [InlineData("events")]
    [InlineData("obligations", "--as-of", "2026-02-03")]
    [InlineData("state", "Lithuania", "--as-of", "2026-02-03")]
    [InlineData("categories", "--as-of", "2020-01-01")]
    [InlineData("declarations")]
    [InlineData("votes")]
    [InlineData("positions")]
    [InlineData("targets", "--as-of", "2026-02-03")]
    public async Task Redirected_tables_fit_80_columns(params string[] args)
    {
        var result = (await Cli.RunAsync(args)).Succeeded();

        // A source's URL is printed whole, on a line of its own, where it may be longer.
        Assert.All(result.Out.Split('\n').Where(l => !l.Contains("://", StringComparison.Ordinal)), line => Assert.True(line.TrimEnd().Length <= 80, $"{line.TrimEnd().Length} columns: {line}"));
    }

    [Fact]
    public async Task The_status_table_names_states_first_in_name_order_and_keeps_dates_whole()
    {
        var lines = (await Cli.RunAsync("status", "--as-of", "2026-02-03")).Succeeded().Out.Split('\n');

        Assert.Matches(@"^\s+State\s+Status\s+In force", lines.First(l => l.Contains("State", StringComparison.Ordinal) && l.Contains("Status", StringComparison.Ordinal)));
        var costaRica = Array.FindIndex(lines, l => l.TrimStart().StartsWith("Costa Rica", StringComparison.Ordinal));
        var ivoire = Array.FindIndex(lines, l => l.TrimStart().StartsWith("Côte d'Ivoire", StringComparison.Ordinal));
        var croatia = Array.FindIndex(lines, l => l.TrimStart().StartsWith("Croatia", StringComparison.Ordinal));
        Assert.True(costaRica < ivoire && ivoire < croatia, $"Costa Rica {costaRica}, Côte d'Ivoire {ivoire}, Croatia {croatia}");
        Assert.Contains("2011-10-01", lines[costaRica]);
        Assert.Contains("more columns with --wide", string.Join('\n', lines));
    }

    [Fact]
    public async Task Wide_shows_every_column_on_one_line_per_state()
    {
        var result = (await Cli.RunAsync("status", "--as-of", "2026-02-03", "--wide")).Succeeded();

        Assert.Contains("Withdrawal effective", result.Out);
        Assert.Contains(result.Out.Split('\n'), l => l.Contains("United Kingdom of Great Britain and Northern Ireland", StringComparison.Ordinal) && l.Contains("GBR", StringComparison.Ordinal));
        Assert.DoesNotContain("with --wide", result.Out);
    }

    [Fact]
    public async Task Events_show_their_ids_and_sources()
    {
        var result = (await Cli.RunAsync("events")).Succeeded();

        Assert.Matches(@"\n  wellington-2008 +2008-02-18", result.Out);
        Assert.Matches(@"\n  \[1\] https?://", result.Out);
    }
}
