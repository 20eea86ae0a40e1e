using System.Net;
using System.Net.Sockets;
using Banwatch.Cli;
using Banwatch.Core.Failures;
using Banwatch.Data;
using Banwatch.Testing;
using Dapper;
using Microsoft.Extensions.Time.Testing;

namespace Banwatch.Tests.Errors;

/// <summary>Failures of what Banwatch runs on (the database, the network) leave as one line with the exit code of their kind.</summary>
public sealed class StorageFailureTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task A_write_to_a_read_only_database_file_is_one_unavailable_line()
    {
        (await new CliRunner(_database.Url).RunAsync("status", "--format", "csv")).Succeeded();
        // Root may write to any file whatever its mode, so the read-only file is opened the way SQLite sees one.
        using var db = await BanwatchDb.OpenAsync(new DbTarget(DbProvider.Sqlite, $"Data Source={_database.Url};Mode=ReadOnly", _database.Url), Ct);
        using var stderr = new StringWriter();

        var code = await BanwatchCli.Guard(
            new CliContext(TextWriter.Null, stderr, TimeProvider.System, null),
            () => db.WriteAsync((c, tx) => c.ExecuteAsync("DELETE FROM state_aliases", transaction: tx), Ct));

        Assert.Equal(6, code); // unavailable
        Assert.Equal($"error: database {_database.Url}: the file is read-only (SQLITE_READONLY): check the permissions of the file and of its folder", stderr.ToString().Trim());
    }

    [Fact]
    public async Task An_unreachable_postgresql_server_is_one_unavailable_line()
    {
        var result = await new CliRunner($"postgres://postgres@127.0.0.1:{ClosedPort()}/banwatch").RunAsync("status");

        Assert.Equal(6, result.ExitCode);
        var line = Assert.Single(result.Error.Trim().Split('\n'));
        Assert.StartsWith("error: database postgres://postgres@127.0.0.1:", line, StringComparison.Ordinal);
        Assert.Contains("the server cannot be reached", line);
    }

    [Fact]
    public async Task A_postgresql_server_that_drops_the_connection_mid_command_is_one_unavailable_line()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        using var db = await BanwatchDb.OpenAsync(DbTarget.Parse(database.Url), Ct);
        await db.ReadAsync(c => c.ExecuteScalarAsync<int>("SELECT 1"), Ct); // leaves a connection in the pool
        // What a server restart does to a session: pg_terminate_backend, from another connection, to every session on the database.
        await using (var admin = new Npgsql.NpgsqlConnection(DbTarget.Parse(Environment.GetEnvironmentVariable(PostgresTestDatabase.Variable)!).ConnectionString))
        {
            await admin.OpenAsync(Ct);
            await admin.ExecuteAsync("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = @name AND pid <> pg_backend_pid()", new { name = db.Target.Display[(db.Target.Display.LastIndexOf('/') + 1)..] });
        }

        var failure = await Assert.ThrowsAsync<BanwatchException>(() => db.ReadAsync(c => c.ExecuteScalarAsync<int>("SELECT count(*) FROM states"), Ct));

        Assert.Equal(FailureKind.Unavailable, failure.Kind);
        Assert.StartsWith($"database {db.Target.Display}: the server ", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure.Message);
    }

    [Theory]
    [InlineData("?foo=bar", "--db: 'foo=bar' in the URL is not a PostgreSQL connection option")]
    [InlineData("?Timeout=soon", "--db: 'Timeout=soon' in the URL is not a PostgreSQL connection option")]
    public async Task A_bad_option_in_a_postgresql_url_is_one_invalid_line(string query, string message)
    {
        var result = await new CliRunner($"postgres://postgres@127.0.0.1:{ClosedPort()}/banwatch{query}").RunAsync("status");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: " + message, Assert.Single(result.Error.Trim().Split('\n')), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_on_a_port_in_use_is_one_conflict_line()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)holder.LocalEndpoint).Port}";

        var result = await new CliRunner(_database.Url).RunAsync("serve", "--urls", url);

        Assert.Equal(7, result.ExitCode); // conflict
        Assert.Equal($"error: --urls: {url} is already in use by another program; choose another port", result.Error.Trim().Split('\n')[^1]);
        Assert.DoesNotContain("   at ", result.Error + result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("notaurl")]
    [InlineData("ftp://127.0.0.1:5400")]
    [InlineData("http://127.0.0.1:5400;nope")]
    public async Task Serve_on_something_that_is_not_an_address_is_one_invalid_line(string urls)
    {
        var result = await new CliRunner(_database.Url).RunAsync("serve", "--urls", urls);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: --urls: '", Assert.Single(result.Error.Trim().Split('\n')), StringComparison.Ordinal);
        Assert.False(File.Exists(_database.Url), "nothing is opened before the address is checked");
    }

    [Theory]
    [InlineData("timeline", "--svg", "no/such/folder/chart.svg")]
    [InlineData("eval", "--gold", "no-such-gold.json", ".")]
    public async Task A_missing_file_or_folder_is_one_missing_file_line(params string[] args)
    {
        var result = await new CliRunner(_database.Url).RunAsync(args);

        Assert.Equal(5, result.ExitCode);
        Assert.StartsWith("error: ", result.Error.Trim().Split('\n')[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    /// <summary>A loopback port nothing listens on: taken from the system, then released.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
