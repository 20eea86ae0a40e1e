using Dapper;

namespace Banwatch.Data;

/// <summary>Whether the database answers, for /healthz.</summary>
public sealed partial class BanwatchDb
{
    /// <summary>The schema version the database is at: a query that fails when the server or the file cannot be read.</summary>
    public Task<int> SchemaVersionAsync(CancellationToken ct = default) =>
        ReadAsync(c => c.ExecuteScalarAsync<int>("SELECT coalesce(max(version), 0) FROM schema_version"), ct);
}
