using System.Data.Common;
using System.Net.Sockets;
using Dapper;
using Npgsql;

namespace Banwatch.Data.Dialects;

public sealed class PostgresDialect : Dialect
{
    public override string Name => "postgres";

    public override string MigrationsFolder => "postgres";

    public override DbConnection CreateConnection(string connectionString) => new NpgsqlConnection(connectionString);

    public override void ReleasePool(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        NpgsqlConnection.ClearPool(connection);
    }

    public override Task IndexDocumentAsync(DbConnection connection, DbTransaction tx, long id, string? title, string text) => Task.CompletedTask;

    public override async Task<IReadOnlyList<SearchHit>> SearchAsync(DbConnection connection, string query, int limit, int offset) =>
        [.. await connection.QueryAsync<SearchHit>(
            """
            SELECT d.id, d.name, d.title, d.published,
                   ts_headline('english', d.text, q, @options) AS snippet
            FROM documents d, websearch_to_tsquery('english', @query) q
            WHERE d.search @@ q
            ORDER BY ts_rank(d.search, q) DESC, d.id
            LIMIT @limit OFFSET @offset
            """,
            new { query, limit, offset, options = $"StartSel={BanwatchDb.HighlightStart}, StopSel={BanwatchDb.HighlightEnd}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"" })];

    public override Task<int> SearchCountAsync(DbConnection connection, string query) =>
        connection.ExecuteScalarAsync<int>("SELECT count(*) FROM documents d WHERE d.search @@ websearch_to_tsquery('english', @query)", new { query });

    public override string InList(string column, string parameter) => $"{column} = ANY({parameter})";

    public override bool IsUnreachable(Exception exception) =>
        exception is SocketException or TimeoutException
        || (exception is NpgsqlException { SqlState: null } && exception.InnerException is SocketException or TimeoutException or null)
        || exception is PostgresException { SqlState: "28P01" or "28000" or "3D000" };
}
