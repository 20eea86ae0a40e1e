using System.Data.Common;
using Banwatch.Core.Failures;
using Banwatch.Data.Dialects;
using Dapper;

namespace Banwatch.Data;

/// <summary>
/// The one storage layer: opened from --db, it reads with plain SQL through Dapper and writes only
/// through <see cref="WriteAsync"/>, one transaction per unit of work, so a failure leaves nothing half-written.
/// </summary>
public sealed partial class BanwatchDb : IDisposable
{
    // SQLite allows one writer: serialising writes here turns "database is locked" into waiting.
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    static BanwatchDb()
    {
        DefaultTypeMap.MatchNamesWithUnderscores = true;

        // Dapper's own DateOnly mapping would hand SQLite's text to the constructor as is: the handler reads both.
        SqlMapper.RemoveTypeMap(typeof(DateOnly));
        SqlMapper.RemoveTypeMap(typeof(DateOnly?));
        SqlMapper.AddTypeHandler(new DateOnlyHandler());
    }

    private BanwatchDb(DbTarget target)
    {
        Target = target;
        Dialect = Dialect.For(target.Provider);
        Records = new RecordCache(Changes);
    }

    public DbTarget Target { get; }

    /// <summary>Whether opening created the database (its schema did not exist), so the CLI can say so.</summary>
    public bool Created { get; private set; }

    public Dialect Dialect { get; }

    /// <summary>Moves on every write; see <see cref="Data.Changes"/>.</summary>
    public Changes Changes { get; } = new();

    /// <summary>What is computed from the database, kept until it changes.</summary>
    public RecordCache Records { get; }

    /// <summary>
    /// Also notices other processes' writes (a `banwatch ingest` beside `serve`, another server on the same
    /// PostgreSQL database), so nothing kept in <see cref="Records"/> outlives them. A long-running server turns this on.
    /// </summary>
    public void WatchOtherProcesses() => Changes.Watch(Dialect.WatchChanges(Target.ConnectionString, Changes.Changed));

    /// <summary>Opens the database and brings its schema up to date. Fails with a clear message if unreachable.</summary>
    public static async Task<BanwatchDb> OpenAsync(DbTarget target, CancellationToken ct = default)
    {
        var db = new BanwatchDb(target);
        try
        {
            db.Created = await new Migrator(db).MigrateAsync(ct);
        }
        catch (Exception e) when (db.Dialect.WhyUnavailable(e) is not null || e is DbException)
        {
            throw new BanwatchException(FailureKind.Unavailable, $"cannot open database {target.Display}: {db.Dialect.WhyUnavailable(e) ?? e.Message}", e);
        }

        return db;
    }

    /// <summary>Releases pooled connections, so a SQLite file can be moved or deleted afterwards.</summary>
    public void Dispose()
    {
        Changes.Dispose();
        Dialect.ReleasePool(Target.ConnectionString);
        _writeLock.Dispose();
    }

    public async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read, CancellationToken ct = default)
    {
        try
        {
            await using var connection = await ConnectAsync(ct);
            return await read(connection);
        }
        catch (Exception e) when (Dialect.WhyUnavailable(e) is { } why)
        {
            throw Unavailable(why, e);
        }
    }

    /// <summary>The only write path: one transaction, committed when <paramref name="write"/> returns, rolled back if it throws.</summary>
    public Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken ct = default) =>
        WriteAsync(write, exclusive: false, ct);

    /// <summary>
    /// A write that must not interleave with the same write from another process (a migration step, a reference
    /// load): it first takes the writers' lock (<see cref="Dialect.BeginExclusiveAsync"/>), waiting as long as the
    /// process holding it takes, so that twenty processes opening a new database do the work once, one after another.
    /// </summary>
    internal Task<T> WriteExclusivelyAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken ct = default) =>
        WriteAsync(write, exclusive: true, ct);

    private async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write, bool exclusive, CancellationToken ct)
    {
        await _writeLock.WaitAsync(ct);
        try
        {
            await using var connection = await ConnectAsync(ct);
            await using var tx = exclusive ? await Dialect.BeginExclusiveAsync(connection, ct) : await connection.BeginTransactionAsync(ct);
            var result = await write(connection, tx);
            await Dialect.AnnounceChangeAsync(connection, tx);
            await tx.CommitAsync(ct);
            Changes.Changed();
            return result;
        }
        catch (Exception e) when (Dialect.WhyUnavailable(e) is { } why)
        {
            throw Unavailable(why, e);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>The database failed under a read or write (a read-only file, a full disk, a server gone): one line naming it; a write's transaction is rolled back.</summary>
    private BanwatchException Unavailable(string why, Exception e) => new(FailureKind.Unavailable, $"database {Target.Display}: {why}", e);

    internal async Task<DbConnection> ConnectAsync(CancellationToken ct)
    {
        var connection = Dialect.CreateConnection(Target.ConnectionString);
        try
        {
            await connection.OpenAsync(ct);
            await Dialect.PrepareAsync(connection);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Dates are DATE on PostgreSQL and ISO text on SQLite; both come back as <see cref="DateOnly"/>.</summary>
    private sealed class DateOnlyHandler : SqlMapper.TypeHandler<DateOnly>
    {
        public override void SetValue(System.Data.IDbDataParameter parameter, DateOnly value) => parameter.Value = value;

        public override DateOnly Parse(object value) => value switch
        {
            DateOnly d => d,
            DateTime dt => DateOnly.FromDateTime(dt),
            string s => DateOnly.ParseExact(s, "yyyy-MM-dd"),
            _ => throw new BanwatchException(FailureKind.Unexpected, $"cannot read a date from {value.GetType().Name} '{value}'"),
        };
    }
}
