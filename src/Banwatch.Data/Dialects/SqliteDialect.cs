using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Banwatch.Data.Dialects;

public sealed class SqliteDialect : Dialect
{
    public override string Name => "sqlite";

    public override string MigrationsFolder => "sqlite";

    public override DbConnection CreateConnection(string connectionString) => new SqliteConnection(connectionString);

    // WAL lets the web app read while a write (an ingest, a reload) is under way.
    public override Task PrepareAsync(DbConnection connection) =>
        connection.ExecuteAsync("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;");

    public override void ReleasePool(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }

    // Microsoft.Data.Sqlite begins every transaction with BEGIN IMMEDIATE, which takes the database's one write lock:
    // waiting longer for it is all there is to do.
    public override async Task<DbTransaction> BeginExclusiveAsync(DbConnection connection, CancellationToken ct)
    {
        ((SqliteConnection)connection).DefaultTimeout = (int)ExclusiveWait.TotalSeconds;
        return await connection.BeginTransactionAsync(ct);
    }

    // pragma_table_list tells ordinary tables from virtual ones (documents_fts) and their shadow tables.
    public override async Task<IReadOnlyList<string>> TablesAsync(DbConnection connection, DbTransaction? tx = null) =>
        [.. await connection.QueryAsync<string>(
            "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name", transaction: tx)];

    // pragma_table_xinfo also lists generated columns (hidden 2 or 3), which are computed, not copied.
    public override async Task<IReadOnlyList<StoredColumn>> ColumnsAsync(DbConnection connection, DbTransaction tx, string table) =>
        [.. await connection.QueryAsync<StoredColumn>(
            "SELECT name, type, pk AS KeyPosition FROM pragma_table_xinfo(@table) WHERE hidden NOT IN (2, 3) ORDER BY cid", new { table }, tx)];

    // A deferred transaction takes no lock until it reads, and then, in WAL mode, a snapshot that writers do not disturb.
    public override Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken ct) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: true));

    public override async Task EmptyTableAsync(DbConnection connection, DbTransaction tx, string table)
    {
        // The audit log's triggers refuse every DELETE (0090_accounts.sql). A replace is the one deliberate exception:
        // the person asked to replace the whole database, and the source's log is copied in. The triggers are dropped and
        // made again from their own stored SQL in this same transaction, so no other connection ever sees the table
        // without them, and a failure restores them with everything else.
        var triggers = (await connection.QueryAsync<(string Name, string Sql)>(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = @table", new { table }, tx)).ToList();
        foreach (var (name, _) in triggers)
        {
            await connection.ExecuteAsync($"DROP TRIGGER \"{name}\"", transaction: tx);
        }

        await connection.ExecuteAsync($"DELETE FROM \"{table}\"", transaction: tx);
        foreach (var (_, sql) in triggers)
        {
            await connection.ExecuteAsync(sql, transaction: tx);
        }
    }

    // The full-text index follows documents by rowid (0002_documents.sql): rebuilt from the copied rows.
    public override Task AfterCopyAsync(DbConnection connection, DbTransaction tx) =>
        connection.ExecuteAsync("INSERT INTO documents_fts (documents_fts) VALUES ('rebuild')", transaction: tx);

    public override Task IndexDocumentAsync(DbConnection connection, DbTransaction tx, long id, string? title, string text) =>
        connection.ExecuteAsync("INSERT INTO documents_fts (rowid, title, text) VALUES (@id, @title, @text)", new { id, title, text }, tx);

    public override async Task<IReadOnlyList<SearchHit>> SearchAsync(DbConnection connection, string query, int limit, int offset) =>
        [.. await connection.QueryAsync<SearchHit>(
            $"""
            SELECT d.id, d.name, d.title, d.published,
                   snippet(documents_fts, 1, char({(int)BanwatchDb.HighlightStart}), char({(int)BanwatchDb.HighlightEnd}), '…', 16) AS snippet
            FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
            WHERE documents_fts MATCH @match
            ORDER BY bm25(documents_fts, 5.0, 1.0), d.id
            LIMIT @limit OFFSET @offset
            """,
            new { match = FtsQuery.ForFts5(query), limit, offset })];

    public override Task<int> SearchCountAsync(DbConnection connection, string query) =>
        connection.ExecuteScalarAsync<int>("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH @match", new { match = FtsQuery.ForFts5(query) });

    public override string InList(string column, string parameter) => $"{column} IN {parameter}";

    public override ChangeWatcher WatchChanges(string connectionString, Action changed) => new DataVersionWatcher(connectionString, changed);

    // Primary result codes (https://sqlite.org/rescode.html); the extended ones carry them in their low byte.
    public override string? WhyUnavailable(Exception exception) =>
        (exception as SqliteException)?.SqliteErrorCode switch
        {
            8 => "the file is read-only (SQLITE_READONLY): check the permissions of the file and of its folder",
            10 => "reading or writing the file failed (SQLITE_IOERR)",
            13 => "the disk is full (SQLITE_FULL)",
            14 => "the file cannot be opened (SQLITE_CANTOPEN)",
            26 => "the file is not a SQLite database (SQLITE_NOTADB)",
            _ => null,
        };
}

/// <summary>
/// <c>PRAGMA data_version</c> on a connection of its own: it moves when any other connection, in this process or
/// another, commits a change to the file. Asking costs a few microseconds, so it is asked on every read of the number.
/// </summary>
internal sealed class DataVersionWatcher(string connectionString, Action changed) : ChangeWatcher
{
    private readonly Lock _lock = new();
    private SqliteConnection? _connection;
    private SqliteCommand? _command;
    private long _seen = -1;

    public override ValueTask PollAsync(CancellationToken ct)
    {
        lock (_lock)
        {
            if (_command is null)
            {
                _connection = new SqliteConnection(connectionString);
                _connection.Open();
                _command = _connection.CreateCommand();
                _command.CommandText = "PRAGMA data_version";
            }

            var version = (long)_command.ExecuteScalar()!;
            if (version != _seen)
            {
                _seen = version;
                changed();
            }
        }

        return ValueTask.CompletedTask;
    }

    public override void Dispose()
    {
        lock (_lock)
        {
            _command?.Dispose();
            _connection?.Dispose();
            _command = null;
        }
    }
}
