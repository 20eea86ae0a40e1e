using Banwatch.Testing;

namespace Banwatch.Tests.Cli;

/// <summary>
/// Twenty `banwatch` processes started together on one new database, as the workers of a server would be: every one
/// migrates or waits for the one that does, and every one answers.
/// </summary>
public abstract class ParallelProcessesTests : IAsyncLifetime
{
    private const int Processes = 20;

    private ITestDatabase? _database;

    protected abstract Task<ITestDatabase> CreateDatabaseAsync();

    public async ValueTask InitializeAsync() => _database = await CreateDatabaseAsync();

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Twenty_processes_opening_a_new_database_at_once_all_succeed()
    {
        var ct = TestContext.Current.CancellationToken;
        var runs = Enumerable.Range(0, Processes).Select(_ => BuiltBanwatch.RunAsync(["--db", _database!.Url, "status", "--as-of", "2010-08-01", "--format", "json"], ct)).ToList();
        var results = await Task.WhenAll(runs);

        Assert.All(results, r => Assert.True(r.ExitCode == 0, $"exit {r.ExitCode}: {r.Error}"));
        Assert.All(results, r => Assert.Equal(results[0].Out, r.Out));
        var counts = System.Text.Json.JsonDocument.Parse(results[0].Out).RootElement.GetProperty("counts");
        Assert.Equal(30, counts.GetProperty("state_party").GetInt32());
    }
}

public sealed class SqliteParallelProcessesTests : ParallelProcessesTests
{
    protected override Task<ITestDatabase> CreateDatabaseAsync() => Task.FromResult<ITestDatabase>(new SqliteTestDatabase());
}

public sealed class PostgresParallelProcessesTests : ParallelProcessesTests
{
    protected override async Task<ITestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync();
}
