using System.Text.Json;
using Banwatch.Testing;

namespace Banwatch.Tests.Cli;

/// <summary>
/// Issue 4's acceptance on the four seed documents in ../shared/seeds (not part of the project: the test skips,
/// saying why, where they are absent).
/// </summary>
public sealed class SeedDocumentsTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    private static string Seeds => Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared", "seeds"));

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Ingesting_the_seeds_twice_adds_nothing_and_search_finds_the_Wellington_Declaration()
    {
        Assert.SkipUnless(Directory.Exists(Seeds), $"seed documents not found at {Seeds} (they live beside the project, not in it)");
        var cli = new CliRunner(_database.Url);
        var first = JsonDocument.Parse((await cli.RunAsync("ingest", Seeds, "--format", "json")).Succeeded().Out).RootElement;
        Assert.Equal(4, first.GetProperty("ingested").GetInt32());
        var second = JsonDocument.Parse((await cli.RunAsync("ingest", Seeds, "--format", "json")).Succeeded().Out).RootElement;
        Assert.Equal(0, second.GetProperty("ingested").GetInt32());
        Assert.Equal(4, second.GetProperty("skipped").GetInt32());

        var hits = JsonDocument.Parse((await cli.RunAsync("search", "Wellington Declaration", "--format", "json")).Succeeded().Out).RootElement.GetProperty("documents");
        Assert.True(hits.GetArrayLength() >= 2);
        Assert.All(hits.EnumerateArray(), h => Assert.NotEmpty(h.GetProperty("highlights").EnumerateArray()));
    }
}
