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

    /// <summary>
    /// Why the database cannot be reached, read or written, when <paramref name="exception"/> means that (server down,
    /// read-only file, disk full), in words for the person running Banwatch; null for any other failure.
    /// </summary>
    public abstract string? WhyUnavailable(Exception exception);

    public abstract void ReleasePool(string connectionString);

    /// <summary>How long a process waits for another's migration or reference load before giving up.</summary>
    public static readonly TimeSpan ExclusiveWait = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Begins a transaction that is the only one of its kind until it ends, across processes, waiting up to
    /// <see cref="ExclusiveWait"/> for the one under way: migrations and reference loads, so that two processes
    /// opening a new database do not both create the same table.
    /// </summary>
    public abstract Task<DbTransaction> BeginExclusiveAsync(DbConnection connection, CancellationToken ct);

    /// <summary>The names of the ordinary tables in the database (no views, virtual or internal tables).</summary>
    public abstract Task<IReadOnlyList<string>> TablesAsync(DbConnection connection, DbTransaction? tx = null);

    /// <summary>A table's columns in their order, without generated ones (which the database computes itself).</summary>
    public abstract Task<IReadOnlyList<StoredColumn>> ColumnsAsync(DbConnection connection, DbTransaction tx, string table);

    /// <summary>
    /// A read-only transaction seeing one state of the database throughout, that does not keep writers waiting (a
    /// backup or copy of a database a server is using).
    /// </summary>
    public abstract Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken ct);

    /// <summary>An ORDER BY term comparing <paramref name="column"/> byte by byte, so that both databases sort text alike.</summary>
    public virtual string BinaryOrder(string column, string type) => column;

    /// <summary>Rows a copy inserts per statement: one in process (SQLite runs a prepared statement fastest), more to a server.</summary>
    public virtual int RowsPerInsert => 1;

    /// <summary>An INSERT of rows of given values (parameter names) into every listed column, primary keys included.</summary>
    public virtual string InsertSql(string table, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows) =>
        $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES {Values(rows)}";

    protected static string Values(IReadOnlyList<IReadOnlyList<string>> rows) => string.Join(", ", rows.Select(r => $"({string.Join(", ", r)})"));

    /// <summary>A value the copy carries (null, long, string, DateOnly, double) as a column of <paramref name="type"/> here stores it.</summary>
    public virtual object? ToStored(object? value, string type) => value;

    /// <summary>Deletes every row of a table, inside the copy's transaction, append-only tables included.</summary>
    public abstract Task EmptyTableAsync(DbConnection connection, DbTransaction tx, string table);

    /// <summary>What a database needs after rows were inserted with their keys given (indexes, identity counters).</summary>
    public abstract Task AfterCopyAsync(DbConnection connection, DbTransaction tx);

    /// <summary>"column is one of the list parameter": Dapper expands a list for SQLite, Npgsql sends an array.</summary>
    public abstract string InList(string column, string parameter);

    /// <summary>Adds a new document to the full-text index (PostgreSQL's is a generated column: nothing to do).</summary>
    public abstract Task IndexDocumentAsync(DbConnection connection, DbTransaction tx, long id, string? title, string text);

    public abstract Task<IReadOnlyList<SearchHit>> SearchAsync(DbConnection connection, string query, int limit, int offset);

    public abstract Task<int> SearchCountAsync(DbConnection connection, string query);

    /// <summary>Tells other processes, in the write's own transaction, that the database changed (see <see cref="Changes"/>).</summary>
    public virtual Task AnnounceChangeAsync(DbConnection connection, DbTransaction tx) => Task.CompletedTask;

    /// <summary>Starts noticing other processes' writes, calling <paramref name="changed"/> for each (or when unsure).</summary>
    public abstract ChangeWatcher WatchChanges(string connectionString, Action changed);

    public static Dialect For(DbProvider provider) => provider switch
    {
        DbProvider.Sqlite => new SqliteDialect(),
        DbProvider.Postgres => new PostgresDialect(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };
}
