using System.Text.Json;
using Banwatch.Testing;

namespace Banwatch.Tests.Cli;

/// <summary>
/// Issue 9's acceptance on the seed campaign briefing in ../shared/seeds (not part of the project: the test skips,
/// saying why, where it is absent): once ingested and accepted, the positions matrix shows the states it names as
/// pushing transition periods, each with its sentence.
/// </summary>
public sealed class SeedPositionsTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    private static string Seeds => Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared", "seeds"));

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task The_states_pushing_transition_periods_show_with_their_sentence()
    {
        Assert.SkipUnless(Directory.Exists(Seeds), $"seed documents not found at {Seeds} (they live beside the project, not in it)");
        var cli = new CliRunner(_database.Url);
        (await cli.RunAsync("ingest", Seeds)).Succeeded();
        for (var doc = 1; doc <= 4; doc++)
        {
            (await cli.RunAsync("review", "accept-all", "--doc", $"{doc}")).Succeeded();
        }

        var matrix = JsonDocument.Parse((await cli.RunAsync("positions", "--issue", "transition", "--format", "json")).Succeeded().Out).RootElement;
        var weaken = matrix.GetProperty("states").EnumerateArray()
            .Where(r => r.GetProperty("cells")[0].GetProperty("stances").EnumerateArray().Any(s => s.GetString() == "weaken"))
            .ToDictionary(r => r.GetProperty("iso3").GetString()!, r => r.GetProperty("cells")[0].GetProperty("evidence")[0].GetProperty("sentence").GetString()!);
        Assert.Equal(["CHE", "DEU", "FRA", "GBR", "JPN", "SVK"], weaken.Keys.Order());
        Assert.All(weaken.Values, s => Assert.Contains("transition periods", s, StringComparison.Ordinal));
    }
}
