using Npgsql;

namespace Banwatch.Testing;

/// <summary>
/// A fresh, empty database per test class, on each provider. PostgreSQL comes from BANWATCH_TEST_POSTGRES
/// (a postgres:// URL to a server where the user may create databases): locally its tests skip without it,
/// but under CI=true a missing server is a failure, never a skip.
/// </summary>
public interface ITestDatabase : IAsyncDisposable
{
    string Provider { get; }

    /// <summary>The --db value for this database.</summary>
    string Url { get; }
}

public sealed class SqliteTestDatabase : ITestDatabase
{
    private readonly string _folder = Directory.CreateTempSubdirectory("banwatch-test-").FullName;

    public SqliteTestDatabase() => Url = Path.Combine(_folder, "banwatch.db");

    public string Provider => "sqlite";

    public string Url { get; }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the test for it is not.
        }

        return ValueTask.CompletedTask;
    }
}

public sealed class PostgresTestDatabase : ITestDatabase
{
    public const string Variable = "BANWATCH_TEST_POSTGRES";

    private readonly string _server;
    private readonly string _name = "banwatch_test_" + Guid.NewGuid().ToString("N")[..12];

    private PostgresTestDatabase(string server)
    {
        _server = server;
        var uri = new Uri(server);
        Url = new UriBuilder(uri) { Path = "/" + _name }.Uri.ToString();
    }

    public string Provider => "postgres";

    public string Url { get; }

    /// <summary>Creates the database, or skips the test (fails under CI=true) when no server is configured.</summary>
    /// <param name="options">What CREATE DATABASE takes after the name (a locale, say); none: the server's defaults.</param>
    public static async Task<PostgresTestDatabase> CreateAsync(string options = "")
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
        {
            var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
            Assert.False(ci, $"CI=true but {Variable} is not set: the PostgreSQL storage tests must run in CI (see .ci/run).");
            Assert.Skip($"PostgreSQL tests skipped: set {Variable}=postgres://user:pass@host:port/postgres to run them.");
        }

        var db = new PostgresTestDatabase(server!);
        await db.ExecuteOnServerAsync($"CREATE DATABASE {db._name} {options}");
        return db;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        var target = Banwatch.Data.DbTarget.Parse(_server);
        await using var connection = new NpgsqlConnection(target.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
