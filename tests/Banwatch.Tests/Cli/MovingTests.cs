using Banwatch.Data;
using Banwatch.Testing;
using Banwatch.Tests.Web;
using Microsoft.Data.Sqlite;

namespace Banwatch.Tests.Cli;

/// <summary>`banwatch backup`, `restore` and `copy` as a person runs them (the copy's own cases: Banwatch.Data.Tests' CopyTests).</summary>
public sealed class MovingTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _source = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("banwatch-moving-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        await _source.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private static async Task<IReadOnlyList<TableDigest>> DigestAsync(string path)
    {
        using var db = await BanwatchDb.OpenAsync(DbTarget.Parse(path), Ct);
        return await db.DigestAsync(Ct);
    }

    [Fact]
    public async Task A_backup_taken_while_a_server_holds_the_database_open_restores_with_the_same_hashes()
    {
        var cli = new CliRunner(_source.Url);
        await UsedDatabase.FillAsync(cli);
        var before = await DigestAsync(_source.Url);

        // A server's connection in the middle of a read, and another process's write lock waiting to be taken.
        await using (var server = new SqliteConnection($"Data Source={_source.Url}"))
        {
            await server.OpenAsync(Ct);
            await using var reading = server.BeginTransaction(deferred: true);
            await using (var read = server.CreateCommand())
            {
                read.Transaction = reading;
                read.CommandText = "SELECT count(*) FROM documents";
                Assert.Equal(2L, await read.ExecuteScalarAsync(Ct));
            }

            var backup = Path.Combine(_folder, "backup.db");
            var written = (await cli.RunAsync("backup", backup)).Succeeded();
            Assert.Matches($@"^wrote .*backup\.db \([\d,]+ bytes\): [\d,]+ rows in {Banwatch.Data.BanwatchDb.CopiedTables.Count} tables", written.Out);
            Assert.Contains("audit_log", written.Out, StringComparison.Ordinal);
            Assert.Equal(before, await DigestAsync(backup));

            var again = await cli.RunAsync("backup", backup);
            Assert.Equal(7, again.ExitCode);
            Assert.Contains("exists: choose another name, or overwrite it with --force", again.Error, StringComparison.Ordinal);
            (await cli.RunAsync("backup", backup, "--force")).Succeeded();
        }

        var restoredPath = Path.Combine(_folder, "restored.db");
        var restored = await new CliRunner(restoredPath).RunAsync("restore", Path.Combine(_folder, "backup.db"));
        Assert.Contains("counts and hashes match", restored.Succeeded().Out, StringComparison.Ordinal);
        var after = await DigestAsync(restoredPath);
        Assert.Equal(before.Where(t => t.Table != "audit_log"), after.Where(t => t.Table != "audit_log"));
        Assert.Equal(before.Single(t => t.Table == "audit_log").Rows + 1, after.Single(t => t.Table == "audit_log").Rows);
        var log = (await new CliRunner(restoredPath).RunAsync("audit", "--limit", "1", "--format", "csv")).Succeeded().Out;
        Assert.Contains($"local:{Environment.UserName},database-restored,database from {Path.Combine(_folder, "backup.db")}", log, StringComparison.Ordinal);
        Assert.Contains($"rows in {Banwatch.Data.BanwatchDb.CopiedTables.Count} tables (meta 1, states 197", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_PostgreSQL_database_is_backed_up_into_one_SQLite_file_with_the_same_hashes()
    {
        await using var postgres = await PostgresTestDatabase.CreateAsync();
        var cli = new CliRunner(_source.Url);
        await UsedDatabase.FillAsync(cli);
        (await cli.RunAsync("copy", "--from", _source.Url, "--to", postgres.Url)).Succeeded();

        var backup = Path.Combine(_folder, "from-postgres.db");
        (await new CliRunner(postgres.Url).RunAsync("backup", backup)).Succeeded();

        Assert.Equal(await DigestAsync(postgres.Url), await DigestAsync(backup));
        Assert.Empty(Directory.GetFiles(_folder, "*.partial-*"));
    }

    [Fact]
    public async Task Restore_refuses_a_database_holding_work_unless_told_to_replace_it()
    {
        var cli = new CliRunner(_source.Url);
        await UsedDatabase.FillAsync(cli);
        var backup = Path.Combine(_folder, "backup.db");
        (await cli.RunAsync("backup", backup)).Succeeded();
        var other = new CliRunner(Path.Combine(_folder, "other.db"));
        (await other.RunAsync("users", "add", "bea")).Succeeded();

        var refused = await other.RunAsync("restore", backup);
        Assert.Equal(7, refused.ExitCode);
        Assert.Contains("already holds people's work (users: 1 rows, audit_log: 1 rows); copy into an empty database, or replace what it holds with --replace", refused.Error, StringComparison.Ordinal);
        Assert.Contains("bea", (await other.RunAsync("users", "list")).Out, StringComparison.Ordinal);

        Assert.Contains("replacing what it held", (await other.RunAsync("restore", backup, "--replace")).Succeeded().Out, StringComparison.Ordinal);
        Assert.DoesNotContain("bea", (await other.RunAsync("users", "list")).Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moving_a_database_needs_an_admin_when_acting_as_someone()
    {
        var cli = new CliRunner(_source.Url);
        await UsedDatabase.FillAsync(cli);
        var target = Path.Combine(_folder, "target.db");

        foreach (var (runner, args) in new[] { (cli, new[] { "backup", Path.Combine(_folder, "b.db") }), (cli, ["copy", "--from", _source.Url, "--to", target]), (new CliRunner(target), ["restore", _source.Url]) })
        {
            var refused = await runner.RunAsync([.. args, "--as", "ed"]);
            Assert.Equal(8, refused.ExitCode);
            Assert.Contains("ed is editor:", refused.Error, StringComparison.Ordinal);
            Assert.Contains("needs the admin role", refused.Error, StringComparison.Ordinal);
        }

        (await cli.RunAsync("copy", "--from", _source.Url, "--to", target, "--as", "ana")).Succeeded();
        Assert.Contains("ana,database-copied", (await new CliRunner(target).RunAsync("audit", "--limit", "1", "--format", "csv")).Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_source_that_does_not_exist_is_refused_without_creating_it()
    {
        var missing = Path.Combine(_folder, "missing.db");
        var refused = await new CliRunner(Path.Combine(_folder, "t.db")).RunAsync("copy", "--from", missing, "--to", Path.Combine(_folder, "t.db"));
        Assert.Equal(5, refused.ExitCode);
        Assert.Contains($"--from: no database at {missing}", refused.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }
}
