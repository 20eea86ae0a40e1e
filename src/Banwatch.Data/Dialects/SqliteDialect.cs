using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Banwatch.Data.Dialects;

public sealed class SqliteDialect : Dialect
{
    public override string Name => "sqlite";

    public override string MigrationsFolder => "sqlite";

    public override DbConnection CreateConnection(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (Path.GetDirectoryName(builder.DataSource) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        return new SqliteConnection(connectionString);
    }

    // WAL lets the web app read while a write (an ingest, a reload) is under way.
    public override Task PrepareAsync(DbConnection connection) =>
        connection.ExecuteAsync("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;");

    public override void ReleasePool(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }

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

    public override bool IsUnreachable(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: 14 }; // SQLITE_CANTOPEN
}
