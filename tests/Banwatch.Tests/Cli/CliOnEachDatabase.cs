using Banwatch.Testing;

namespace Banwatch.Tests.Cli;

/// <summary>
/// CLI tests written once and bound to each provider by a one-line class (Dapper's habit): each test class gets a
/// fresh database of its provider and a <see cref="CliRunner"/> on it.
/// </summary>
public abstract class CliOnEachDatabase : IAsyncLifetime
{
    private ITestDatabase? _database;

    protected CliRunner Cli { get; private set; } = null!;

    protected abstract Task<ITestDatabase> CreateDatabaseAsync();

    public async ValueTask InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        Cli = new CliRunner(_database.Url);
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
