using System.Data.Common;

namespace Banwatch.Data.Dialects;

/// <summary>Only what differs between SQLite and PostgreSQL; all other SQL is shared and in plain view.</summary>
public abstract class Dialect
{
    public abstract string Name { get; }

    /// <summary>Folder of this dialect's numbered migration scripts.</summary>
    public abstract string MigrationsFolder { get; }

    public abstract DbConnection CreateConnection(string connectionString);

    /// <summary>Run once per opened connection (pragmas and the like).</summary>
    public virtual Task PrepareAsync(DbConnection connection) => Task.CompletedTask;

    /// <summary>Whether the error means the server could not be reached, so the message can say so.</summary>
    public abstract bool IsUnreachable(Exception exception);

    public abstract void ReleasePool(string connectionString);

    /// <summary>"column is one of the list parameter": Dapper expands a list for SQLite, Npgsql sends an array.</summary>
    public abstract string InList(string column, string parameter);

    /// <summary>Adds a new document to the full-text index (PostgreSQL's is a generated column: nothing to do).</summary>
    public abstract Task IndexDocumentAsync(DbConnection connection, DbTransaction tx, long id, string? title, string text);

    public abstract Task<IReadOnlyList<SearchHit>> SearchAsync(DbConnection connection, string query, int limit, int offset);

    public abstract Task<int> SearchCountAsync(DbConnection connection, string query);

    public static Dialect For(DbProvider provider) => provider switch
    {
        DbProvider.Sqlite => new SqliteDialect(),
        DbProvider.Postgres => new PostgresDialect(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };
}
