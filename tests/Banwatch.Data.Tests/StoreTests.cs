using Banwatch.Core;
using Banwatch.Core.Obligations;
using Banwatch.Core.Process;
using Banwatch.Core.Provenance;
using Banwatch.Core.States;
using Banwatch.Data.Import;
using Banwatch.Testing;
using Dapper;

namespace Banwatch.Data.Tests;

/// <summary>
/// The storage suite, written once and bound to each provider by a one-line class below (Dapper's habit).
/// Each test gets a fresh empty database.
/// </summary>
public abstract class StoreTests : IAsyncLifetime
{
    private ITestDatabase? _database;

    protected abstract Task<ITestDatabase> CreateDatabaseAsync();

    private BanwatchDb? _db;

    protected BanwatchDb Db => _db ?? throw new InvalidOperationException("not initialised");

    public async ValueTask InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        _db = await BanwatchDb.OpenAsync(DbTarget.Parse(_database.Url), TestContext.Current.CancellationToken);
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

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Migrations_run_once_and_record_their_version()
    {
        using var again = await BanwatchDb.OpenAsync(Db.Target, Ct);
        var versions = await Db.ReadAsync(c => c.QueryAsync<int>("SELECT version FROM schema_version"), Ct);
        var prefix = $"migrations/{Db.Dialect.MigrationsFolder}/";
        var scripts = typeof(BanwatchDb).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Select(n => int.Parse(n[prefix.Length..].Split('_')[0], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(scripts.Order(), versions.Order());
        Assert.Contains(3, versions);
    }

    [Fact]
    public async Task Reference_data_reads_back_as_loaded()
    {
        var data = CsvImport.Read(DataFolder.Shipped);
        Assert.True(await Db.LoadReferenceDataAsync(data, Ct));

        var states = await Db.StatesAsync(Ct);
        Assert.Equal(data.States.OrderBy(s => s.Iso3), states);
        Assert.Equal(data.Aliases.Count, (await Db.AliasesAsync(Ct)).Count);
        var treaty = await Db.TreatyRecordsAsync(Ct);
        Assert.Equal(data.Treaty.OrderBy(t => t.Record.Iso3).Select(t => t.Record), treaty.Select(t => t.Record));
        Assert.Equal(data.Events, await Db.EventsAsync(Ct));
        Assert.Equal(data.Figures, await Db.EventFiguresAsync(Ct));
        Assert.Equal(data.Declarations.OrderBy(d => d.Id), (await Db.DeclarationsAsync(Ct)).OrderBy(d => d.Id));
        Assert.Equal(await Db.ReferenceDataHashAsync(Ct), data.ContentHash);
    }

    [Fact]
    public async Task Loading_the_same_content_twice_is_a_no_op()
    {
        var data = CsvImport.Read(DataFolder.Shipped);
        Assert.True(await Db.LoadReferenceDataAsync(data, Ct));
        Assert.False(await Db.LoadReferenceDataAsync(data, Ct));
        Assert.Equal(data.States.Count, (await Db.StatesAsync(Ct)).Count);
    }

    [Fact]
    public async Task A_failed_load_leaves_the_previous_data_in_place()
    {
        var data = CsvImport.Read(DataFolder.Shipped);
        await Db.LoadReferenceDataAsync(data, Ct);

        // Same content with a different hash and a participation row the database refuses (unknown state).
        var broken = data with
        {
            ContentHash = "broken",
            Participation = [.. data.Participation, data.Participation[0] with { Iso3 = Iso3.Parse("XYZ") }],
        };
        await Assert.ThrowsAnyAsync<Exception>(() => Db.LoadReferenceDataAsync(broken, Ct));

        Assert.Equal(data.ContentHash, await Db.ReferenceDataHashAsync(Ct));
        Assert.Equal(data.States.Count, (await Db.StatesAsync(Ct)).Count);
        Assert.Equal(data.Participation.Count, await Db.ReadAsync(c => c.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM participation"), Ct));
    }

    [Fact]
    public async Task Participation_comes_in_the_order_of_the_events()
    {
        await Db.LoadReferenceDataAsync(CsvImport.Read(DataFolder.Shipped), Ct);
        var gbr = await Db.ParticipationOfAsync(Iso3.Parse("GBR"), Ct);
        var subjects = gbr.Select(p => p.Subject).Distinct().ToList();
        Assert.True(subjects.IndexOf("oslo-declaration") < subjects.IndexOf("wellington-declaration"), string.Join(", ", subjects));
        Assert.Contains(gbr, p => p.Relation == ParticipationRelation.Endorsed && p.Subject == "wellington-declaration");
    }

    [Fact]
    public async Task Dates_round_trip_exactly()
    {
        await Db.LoadReferenceDataAsync(CsvImport.Read(DataFolder.Shipped), Ct);
        var vut = (await Db.TreatyRecordsAsync(Ct)).Single(t => t.Record.Iso3.Value == "VUT").Record;
        Assert.Equal(new DateOnly(2025, 9, 5), vut.Deposited);
        Assert.Null(vut.Signed);
    }

    [Fact]
    public async Task Obligations_research_reads_back_as_loaded()
    {
        var data = CsvImport.Read(DataFolder.Shipped);
        await Db.LoadReferenceDataAsync(data, Ct);
        Assert.Equal(
            data.Obligations.OrderBy(o => o.Iso3).ThenBy(o => WireName.Of(o.Kind), StringComparer.Ordinal),
            await Db.ObligationRecordsAsync(Ct));
        Assert.Equal(data.Reports.OrderBy(r => r.Iso3).ThenBy(r => r.SubmittedOn), await Db.Article7ReportsAsync(Ct));
    }

    [Fact]
    public async Task Updates_people_add_survive_a_reload_in_the_order_added()
    {
        var data = CsvImport.Read(DataFolder.Shipped);
        await Db.LoadReferenceDataAsync(data, Ct);
        var first = new ObligationUpdate(Iso3.Parse("LAO"), ObligationKind.Clearance, null, null, new DateOnly(2030, 8, 1), "12msp-2024", null, Source.Parse("https://example.org/a"), "granted");
        var second = new ObligationUpdate(Iso3.Parse("NOR"), ObligationKind.AnnualReport, 2024, ReportedDate.Parse("2025-04"), null, null, null, Source.Parse("https://example.org/b"), null);
        var ids = new[] { await Db.AddObligationUpdateAsync(first, DateTimeOffset.UnixEpoch, Ct), await Db.AddObligationUpdateAsync(second, DateTimeOffset.UnixEpoch, Ct) };
        Assert.True(ids[1] > ids[0]);

        Assert.True(await Db.LoadReferenceDataAsync(data with { ContentHash = "reloaded" }, Ct));

        Assert.Equal([first, second], await Db.ObligationUpdatesAsync(Ct));
    }

    [Fact]
    public async Task A_failed_load_leaves_the_obligations_research_in_place()
    {
        var data = CsvImport.Read(DataFolder.Shipped);
        await Db.LoadReferenceDataAsync(data, Ct);
        var broken = data with { ContentHash = "broken", Reports = [.. data.Reports, data.Reports[0] with { Iso3 = Iso3.Parse("XYZ") }] };
        await Assert.ThrowsAnyAsync<Exception>(() => Db.LoadReferenceDataAsync(broken, Ct));
        Assert.Equal(data.Reports.Count, (await Db.Article7ReportsAsync(Ct)).Count);
        Assert.Equal(data.Obligations.Count, (await Db.ObligationRecordsAsync(Ct)).Count);
    }
}

public sealed class SqliteStoreTests : StoreTests
{
    protected override Task<ITestDatabase> CreateDatabaseAsync() => Task.FromResult<ITestDatabase>(new SqliteTestDatabase());
}

public sealed class PostgresStoreTests : StoreTests
{
    protected override async Task<ITestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync();
}
