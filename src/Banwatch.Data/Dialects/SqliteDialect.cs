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
