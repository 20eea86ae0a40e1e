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

    // Any fixed key will do, as long as every Banwatch process uses the same one: "BANWATCH" in ASCII.
    private const long WritersLockKey = 0x42414E5741544348;

    // A transaction-level advisory lock: released at commit or rollback, or when a crashed process's session ends.
    public override async Task<DbTransaction> BeginExclusiveAsync(DbConnection connection, CancellationToken ct)
    {
        var tx = await connection.BeginTransactionAsync(ct);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "SELECT pg_advisory_xact_lock(@WritersLockKey)", new { WritersLockKey }, tx, (int)ExclusiveWait.TotalSeconds, cancellationToken: ct));
            return tx;
        }
        catch
        {
            await tx.DisposeAsync();
            throw;
        }
    }

    public override async Task<IReadOnlyList<string>> TablesAsync(DbConnection connection, DbTransaction? tx = null) =>
        [.. await connection.QueryAsync<string>(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name",
            transaction: tx)];

    public override async Task<IReadOnlyList<StoredColumn>> ColumnsAsync(DbConnection connection, DbTransaction tx, string table) =>
        [.. await connection.QueryAsync<StoredColumn>(
            """
            SELECT c.column_name AS Name, c.data_type AS Type, coalesce(k.ordinal_position, 0)::bigint AS KeyPosition
            FROM information_schema.columns c
            LEFT JOIN information_schema.table_constraints t
              ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.constraint_type = 'PRIMARY KEY'
            LEFT JOIN information_schema.key_column_usage k
              ON k.constraint_schema = t.constraint_schema AND k.constraint_name = t.constraint_name AND k.column_name = c.column_name
            WHERE c.table_schema = current_schema() AND c.table_name = @table AND c.is_generated = 'NEVER'
            ORDER BY c.ordinal_position
            """,
            new { table },
            tx)];

    public override async Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken ct)
    {
        var tx = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        await connection.ExecuteAsync("SET TRANSACTION READ ONLY", transaction: tx);
        return tx;
    }

    // SQLite compares text byte by byte; "C" does too, where the database's own collation would follow a language.
    public override string BinaryOrder(string column, string type) =>
        type is "text" or "character" or "character varying" ? $"{column} COLLATE \"C\"" : column;

    // A round trip per row would be most of a copy's time; 100 rows of the widest table stay far below the 65,535 parameters allowed.
    public override int RowsPerInsert => 100;

    // Identity columns are GENERATED ALWAYS: the copy keeps every row's key, so it overrides them (and resets them after).
    public override string InsertSql(string table, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows) =>
        $"INSERT INTO {table} ({string.Join(", ", columns)}) OVERRIDING SYSTEM VALUE VALUES {Values(rows)}";

    public override object? ToStored(object? value, string type) => (value, type) switch
    {
        (string s, "date") => DateOnly.ParseExact(s, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        (long l, "boolean") => l != 0,
        (long l, "integer") => checked((int)l),
        (long l, "smallint") => checked((short)l),
        _ => value,
    };

    public override async Task EmptyTableAsync(DbConnection connection, DbTransaction tx, string table)
    {
        // The audit log's trigger refuses every DELETE (0090_accounts.sql). A replace is the one deliberate exception: the
        // person asked to replace the whole database, and the source's log is copied in. The table's own triggers are
        // disabled and enabled again in this same transaction (ALTER TABLE is transactional and locks the table until
        // commit), so no other session ever writes to it unguarded, and a failure restores them with everything else.
        var guarded = await connection.ExecuteScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = to_regclass(@table) AND NOT tgisinternal)", new { table }, tx);
        if (guarded)
        {
            await connection.ExecuteAsync($"ALTER TABLE \"{table}\" DISABLE TRIGGER USER", transaction: tx);
        }

        await connection.ExecuteAsync($"DELETE FROM \"{table}\"", transaction: tx);
        if (guarded)
        {
            await connection.ExecuteAsync($"ALTER TABLE \"{table}\" ENABLE TRIGGER USER", transaction: tx);
        }
    }

    // Rows came with their keys: each identity continues after the largest copied, so the next insert does not collide.
    public override async Task AfterCopyAsync(DbConnection connection, DbTransaction tx)
    {
        var identities = await connection.QueryAsync<(string Table, string Column)>(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND is_identity = 'YES'", transaction: tx);
        foreach (var (table, column) in identities)
        {
            await connection.ExecuteAsync(
                $"SELECT setval(pg_get_serial_sequence(@quoted, @column), coalesce(max(\"{column}\"), 0) + 1, false) FROM \"{table}\"",
                new { quoted = $"\"{table}\"", column },
                tx);
        }
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

    /// <summary>The channel every Banwatch write notifies, and every watching server listens on.</summary>
    public const string ChangesChannel = "banwatch_changes";

    public override Task AnnounceChangeAsync(DbConnection connection, DbTransaction tx) =>
        connection.ExecuteAsync($"SELECT pg_notify('{ChangesChannel}', '')", transaction: tx);

    public override ChangeWatcher WatchChanges(string connectionString, Action changed) => new NotificationWatcher(connectionString, changed);

    // SQLSTATE codes: https://www.postgresql.org/docs/current/errcodes-appendix.html
    public override string? WhyUnavailable(Exception exception) => exception switch
    {
        PostgresException { SqlState: "28P01" or "28000" } => "the server refused the user name or password",
        PostgresException { SqlState: "3D000" } => "the server has no such database",
        PostgresException { SqlState: "53100" } => "the server's disk is full",
        PostgresException { SqlState: "25006" } => "the server accepts only reads",
        PostgresException { SqlState: "57P01" or "57P02" or "57P03" } => "the server is shutting down or starting up",
        PostgresException => null,
        NpgsqlException or SocketException or TimeoutException or IOException =>
            $"the server cannot be reached ({exception.Message.Split('\n')[0].Trim()})",
        _ => null,
    };
}

/// <summary>
/// LISTENs on <see cref="PostgresDialect.ChangesChannel"/> on a connection of its own; PostgreSQL delivers each
/// write's NOTIFY when it commits. While not listening (starting, or reconnecting after the connection dropped),
/// every poll counts as a change, so nothing kept is trusted until notifications flow again.
/// </summary>
internal sealed class NotificationWatcher : ChangeWatcher
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Action _changed;
    private readonly string _connectionString;
    private readonly Task _listening;
    private readonly TaskCompletionSource _firstAttempt = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _listens;

    // How long a starting server waits for its first LISTEN, so that what it keeps is trusted from its first request.
    private static readonly TimeSpan FirstListenWait = TimeSpan.FromSeconds(10);

    public NotificationWatcher(string connectionString, Action changed)
    {
        // Keepalives find a connection that died without a word; its own, unpooled, so that it is never handed out.
        _connectionString = new NpgsqlConnectionStringBuilder(connectionString) { KeepAlive = 15, Pooling = false }.ConnectionString;
        _changed = changed;
        _listening = Task.Run(() => ListenAsync(_stop.Token));
        _firstAttempt.Task.Wait(FirstListenWait);
    }

    public override ValueTask PollAsync(CancellationToken ct)
    {
        if (!_listens)
        {
            _changed();
        }

        return ValueTask.CompletedTask;
    }

    public override void Dispose()
    {
        _stop.Cancel();
        try
        {
            _listening.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // Stopping: how the loop ended does not matter any more.
        }

        _stop.Dispose();
    }

    private async Task ListenAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(_connectionString);
                connection.Notification += (_, _) => _changed();
                await connection.OpenAsync(ct);
                await connection.ExecuteAsync($"LISTEN {PostgresDialect.ChangesChannel}");
                _listens = true;
                _changed(); // writes made before LISTEN took effect were not announced to us
                _firstAttempt.TrySetResult();
                while (true)
                {
                    await connection.WaitAsync(ct);
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or IOException or TimeoutException or InvalidOperationException)
            {
                _listens = false;
                _changed();
                _firstAttempt.TrySetResult();
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), ct);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
