using Banwatch.Core.Obligations;
using Banwatch.Core.Provenance;
using Banwatch.Features;
using Banwatch.Features.Obligations;
using Banwatch.Testing;
using Banwatch.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Time.Testing;

namespace Banwatch.Tests.Web;

/// <summary>
/// Pages and the API answer from records kept in memory; a write, in the server's process or in another one, is
/// seen by the next requests. Written once, bound to each database by a one-line class.
/// </summary>
public abstract class RecordCacheTests : IAsyncLifetime
{
    private ITestDatabase? _database;
    private BanwatchApp? _app;
    private WebApplication? _web;
    private HttpClient _client = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected abstract Task<ITestDatabase> CreateDatabaseAsync();

    public async ValueTask InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        _app = await OpenAsync();
        _web = WebApp.Build(_app, "http://127.0.0.1:0", b => b.WebHost.UseTestServer());
        await _web.StartAsync(Ct);
        _client = _web.GetTestClient();
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        if (_web is not null)
        {
            await _web.DisposeAsync();
        }

        _app?.Dispose();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    private Task<BanwatchApp> OpenAsync() => BanwatchApp.OpenAsync(_database!.Url, new FakeTimeProvider(CliRunner.Today), ct: Ct);

    private static ObligationInput Completed(string source) =>
        new("PER", 3, null, null, ReportedDate.Parse("2023-12-15"), null, null, null, source, null);

    private Task<string> StatePageAsync() => _client.GetStringAsync(Links.State("PER"), Ct);

    [Fact]
    public async Task The_catalogue_is_read_once_and_again_after_a_write()
    {
        var first = await Catalog.LoadAsync(_app!.Db, Ct);
        Assert.Same(first, await Catalog.LoadAsync(_app.Db, Ct));
        await ObligationUpdates.AddAsync(_app, Completed("https://example.org/write"), ct: Ct);
        Assert.NotSame(first, await Catalog.LoadAsync(_app.Db, Ct));
    }

    [Fact]
    public async Task A_write_in_the_servers_process_is_on_the_next_page_and_api_answer()
    {
        Assert.DoesNotContain("https://example.org/same-process", await StatePageAsync());
        Assert.DoesNotContain("https://example.org/same-process", await _client.GetStringAsync("/api/obligations?state=PER", Ct));

        await ObligationUpdates.AddAsync(_app!, Completed("https://example.org/same-process"), ct: Ct);

        Assert.Contains("https://example.org/same-process", await StatePageAsync());
        Assert.Contains("https://example.org/same-process", await _client.GetStringAsync("/api/states/PER", Ct));
    }

    [Fact]
    public async Task A_write_by_another_process_is_seen()
    {
        Assert.DoesNotContain("https://example.org/other-process", await StatePageAsync());

        // Another BanwatchApp has its own connections and its own memory, as `banwatch obligations add` would.
        using (var other = await OpenAsync())
        {
            await ObligationUpdates.AddAsync(other, Completed("https://example.org/other-process"), ct: Ct);
        }

        // SQLite sees it on the next request; PostgreSQL's notification arrives a moment after the commit.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!(await StatePageAsync()).Contains("https://example.org/other-process", StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, "the other process's write was not seen within 30 s");
            await Task.Delay(50, Ct);
        }
    }
}

public sealed class SqliteRecordCacheTests : RecordCacheTests
{
    protected override Task<ITestDatabase> CreateDatabaseAsync() => Task.FromResult<ITestDatabase>(new SqliteTestDatabase());
}

public sealed class PostgresRecordCacheTests : RecordCacheTests
{
    protected override async Task<ITestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync();
}
