using Banwatch.Core.Campaigns;
using Banwatch.Core.Provenance;
using Banwatch.Core.States;
using Banwatch.Data.Import;
using Banwatch.Testing;

namespace Banwatch.Data.Tests;

/// <summary>The campaign tables on each provider: reference rows read back as loaded; what people add survives reloads.</summary>
public abstract class CampaignStoreTests : IAsyncLifetime
{
    private ITestDatabase? _database;
    private BanwatchDb? _db;

    protected abstract Task<ITestDatabase> CreateDatabaseAsync();

    private BanwatchDb Db => _db ?? throw new InvalidOperationException("not initialised");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        _db = await BanwatchDb.OpenAsync(DbTarget.Parse(_database.Url), Ct);
    }

    public async ValueTask DisposeAsync()
    {
        _db?.Dispose();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Category_lists_and_votes_read_back_as_loaded()
    {
        var data = CsvImport.Read(DataFolder.Shipped);
        await Db.LoadReferenceDataAsync(data, ct: Ct);
        Assert.Equal(data.CategoryLists.Select(l => (l.Id, l.AsOf, l.Complete, string.Join(",", l.Covers))), (await Db.CategoryListsAsync(Ct)).Select(l => (l.Id, l.AsOf, l.Complete, string.Join(",", l.Covers))));
        Assert.Equal(data.CategoryEntries, await Db.CategoryEntriesAsync(Ct));
        Assert.Equal(data.UngaResolutions, await Db.UngaResolutionsAsync(Ct));
        Assert.Equal(data.UngaVotes.OrderBy(v => v.Resolution, StringComparer.Ordinal).ThenBy(v => v.Iso3.Value, StringComparer.Ordinal), await Db.UngaVotesAsync(Ct));
    }

    [Fact]
    public async Task Corrections_positions_and_actions_survive_a_reload()
    {
        var data = CsvImport.Read(DataFolder.Shipped);
        await Db.LoadReferenceDataAsync(data, ct: Ct);
        var mmr = Iso3.Parse("MMR");
        var source = Source.Parse("https://example.org/monitor-2025");
        var update = new CategoryUpdate(0, mmr, Category.Producer, false, ReportedDate.Parse("2025-09"), null, null, source, "stopped");
        var updateId = await Db.AddCategoryUpdateAsync(update, DateTimeOffset.UnixEpoch, ct: Ct);
        var positionId = await Db.AddPositionEntryAsync(new PositionEntry(0, mmr, TreatyIssue.Process, PositionStance.Oppose, new DateOnly(2025, 12, 1), source, null, default), DateTimeOffset.UnixEpoch, ct: Ct);
        var ids = await Db.AddActionsAsync([new CampaignAction(0, mmr, ActionKind.Letter, new DateOnly(2026, 1, 5), "CMC", null, "Letter to the minister", null, new DateOnly(2026, 2, 1), null)], DateTimeOffset.UnixEpoch, ct: Ct);

        Assert.True(await Db.LoadReferenceDataAsync(data with { ContentHash = "changed" }, ct: Ct));

        Assert.Equal(update with { Id = updateId }, Assert.Single(await Db.CategoryUpdatesAsync(Ct)));
        var entry = Assert.Single(await Db.PositionEntriesAsync(Ct));
        Assert.Equal((positionId, PositionStance.Oppose, new DateOnly(2025, 12, 1), new DateOnly(1970, 1, 1)), (entry.Id, entry.Stance, entry.Said, entry.Added));
        Assert.True(await Db.CompleteActionAsync(ids[0], new DateOnly(2026, 2, 2), "met", ct: Ct));
        Assert.False(await Db.CompleteActionAsync(ids[0] + 100, new DateOnly(2026, 2, 2), null, ct: Ct));
        var action = Assert.Single(await Db.ActionsAsync(mmr, Ct));
        Assert.Equal((new DateOnly(2026, 2, 2), "met", new DateOnly(2026, 2, 1)), (action.Done, action.Outcome, action.FollowUp));
    }
}

public sealed class SqliteCampaignStoreTests : CampaignStoreTests
{
    protected override Task<ITestDatabase> CreateDatabaseAsync() => Task.FromResult<ITestDatabase>(new SqliteTestDatabase());
}

public sealed class PostgresCampaignStoreTests : CampaignStoreTests
{
    protected override async Task<ITestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync();
}
