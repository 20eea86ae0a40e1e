using System.Buffers.Binary;
using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Banwatch.Core.Failures;
using Banwatch.Data.Dialects;
using Dapper;

namespace Banwatch.Data;

/// <summary>A table the copy moves; <see cref="UserOwned"/> rows are people's work, the others are reloaded from data/.</summary>
public sealed record CopiedTable(string Name, bool UserOwned);

/// <summary>A column as the copy reads and writes it: its declared type, and its place in the primary key (0: not in it).</summary>
public sealed record StoredColumn(string Name, string Type, long KeyPosition);

/// <summary>A table's rows and the SHA-256 of their values, ordered by primary key and written the same way on both databases.</summary>
public sealed record TableDigest(string Table, long Rows, string Hash);

/// <summary>A table as copied: what the source held and what the target holds after the copy.</summary>
public sealed record CopiedDigest(string Table, long SourceRows, string SourceHash, long TargetRows, string TargetHash)
{
    public bool Matches => SourceRows == TargetRows && SourceHash == TargetHash;
}

/// <summary>How far the copy of one table is.</summary>
public sealed record CopyProgress(string Table, long Copied, long Total);

/// <summary>What a copy moved, table by table, and whether it emptied a target holding people's work first.</summary>
public sealed record CopyResult(string Source, string Target, IReadOnlyList<CopiedDigest> Tables, bool Replaced)
{
    public long Rows => Tables.Sum(t => t.TargetRows);
}

/// <summary>The copy's verification failed: nothing was written, and <see cref="Tables"/> shows where the two sides differ.</summary>
public sealed class CopyMismatchException(IReadOnlyList<CopiedDigest> tables)
    : BanwatchException(FailureKind.Unexpected, $"the copy does not match its source in {string.Join(", ", tables.Where(t => !t.Matches).Select(t => t.Table))}; nothing was written")
{
    public IReadOnlyList<CopiedDigest> Tables { get; } = tables;
}

/// <summary>
/// Moving a whole database into another (SQLite or PostgreSQL, either way): every table in one target transaction,
/// verified by row counts and content hashes before it commits.
/// </summary>
public sealed partial class BanwatchDb
{
    /// <summary>
    /// Every table, parents before the tables that refer to them (the order rows are inserted in; emptied in reverse).
    /// A table missing here fails a test and every copy, so a new table is never silently left behind.
    /// </summary>
    public static readonly IReadOnlyList<CopiedTable> CopiedTables =
    [
        new("meta", UserOwned: false),
        new("states", UserOwned: false),
        new("state_aliases", UserOwned: false),
        new("treaty_records", UserOwned: false),
        new("events", UserOwned: false),
        new("event_figures", UserOwned: false),
        new("declarations", UserOwned: false),
        new("participation", UserOwned: false),
        new("obligation_records", UserOwned: false),
        new("article7_reports", UserOwned: false),
        new("category_lists", UserOwned: false),
        new("category_entries", UserOwned: false),
        new("unga_resolutions", UserOwned: false),
        new("unga_votes", UserOwned: false),
        new("documents", UserOwned: true),
        new("document_mentions", UserOwned: true),
        new("document_figures", UserOwned: true),
        new("facts", UserOwned: true),
        new("fact_places", UserOwned: true),
        new("obligation_updates", UserOwned: true),
        new("category_updates", UserOwned: true),
        new("position_entries", UserOwned: true),
        new("campaign_actions", UserOwned: true),
        new("users", UserOwned: true),
        new("api_tokens", UserOwned: true),
        new("audit_log", UserOwned: true),
    ];

    /// <summary>Tables each database keeps for itself: the migrations applied (which must be the same on both sides).</summary>
    public static readonly IReadOnlyList<string> UncopiedTables = ["schema_version"];

    private const int ProgressEvery = 1000;

    /// <summary>The migrations applied to this database, in order.</summary>
    public Task<IReadOnlyList<int>> SchemaVersionsAsync(CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<int>>(async c => [.. await c.QueryAsync<int>("SELECT version FROM schema_version ORDER BY version")], ct);

    /// <summary>Every copied table's rows and content hash, read in one snapshot.</summary>
    public Task<IReadOnlyList<TableDigest>> DigestAsync(CancellationToken ct = default) =>
        ReadSnapshotAsync<IReadOnlyList<TableDigest>>(
            async (c, tx) =>
            {
                var digests = new List<TableDigest>();
                foreach (var table in CopiedTables)
                {
                    var columns = await CopiedColumnsAsync(c, tx, table.Name);
                    digests.Add(await DigestTableAsync(c, tx, table.Name, columns, ct));
                }

                return digests;
            },
            ct);

    /// <summary>A consistent copy of this SQLite database into a new file, taken while others read and write it.</summary>
    public Task BackupSqliteAsync(string path, CancellationToken ct = default) =>
        Target.Provider == DbProvider.Sqlite
            ? ReadAsync(c => c.ExecuteAsync(new CommandDefinition("VACUUM INTO @path", new { path }, cancellationToken: ct)), ct)
            : throw new InvalidOperationException("VACUUM INTO is SQLite's");

    /// <summary>
    /// Copies every table of this database into <paramref name="target"/> in one of its transactions, from one snapshot of
    /// this one, then compares row counts and content hashes table by table; any difference rolls it all back. The
    /// target must be at the same schema version, and hold none of people's work unless <paramref name="replace"/>.
    /// <paramref name="audit"/> (if given) is appended to the target's log in the same transaction, with the counts.
    /// </summary>
    public async Task<CopyResult> CopyToAsync(BanwatchDb target, bool replace, Audit? audit, IProgress<CopyProgress>? progress, CancellationToken ct = default)
    {
        var (from, to) = (await SchemaVersionsAsync(ct), await target.SchemaVersionsAsync(ct));
        if (!from.SequenceEqual(to))
        {
            var (last, targetLast) = (from.Count > 0 ? from[^1] : 0, to.Count > 0 ? to[^1] : 0);
            throw new BanwatchException(
                FailureKind.Conflict,
                $"the source {Target.Display} is at schema version {last} and the target {target.Target.Display} at {targetLast}{(last == targetLast ? $" with other migrations applied ({string.Join(",", from)} and {string.Join(",", to)})" : "")}: both must be at the same version");
        }

        return await ReadSnapshotAsync(
            (source, snapshot) => target.WriteAsync(
                async (c, tx) =>
                {
                    await CheckTablesAsync(source, snapshot);
                    await target.CheckTablesAsync(c, tx);
                    var held = await UserOwnedRowsAsync(c, tx);
                    if (held.Count > 0 && !replace)
                    {
                        throw new BanwatchException(
                            FailureKind.Conflict,
                            $"the target {target.Target.Display} already holds people's work ({string.Join(", ", held.Select(h => $"{h.Table}: {h.Rows} rows"))}); copy into an empty database, or replace what it holds with --replace");
                    }

                    foreach (var table in CopiedTables.Reverse())
                    {
                        await target.Dialect.EmptyTableAsync(c, tx, table.Name);
                    }

                    var copied = new List<(string Table, IReadOnlyList<StoredColumn> Columns, TableDigest Source)>();
                    foreach (var table in CopiedTables)
                    {
                        var columns = await CopiedColumnsAsync(source, snapshot, table.Name);
                        var targetColumns = await target.CopiedColumnsAsync(c, tx, table.Name);
                        if (!columns.Select(k => k.Name).Order().SequenceEqual(targetColumns.Select(k => k.Name).Order()))
                        {
                            throw new BanwatchException(
                                FailureKind.Conflict,
                                $"table {table.Name} has the columns {string.Join(", ", columns.Select(k => k.Name))} in the source and {string.Join(", ", targetColumns.Select(k => k.Name))} in the target");
                        }

                        // The target's types (to convert to), in the source's order (the order both hashes read the values in).
                        IReadOnlyList<StoredColumn> aligned = [.. columns.Select(k => targetColumns.Single(t => t.Name == k.Name))];
                        copied.Add((table.Name, aligned, await CopyTableAsync(source, snapshot, columns, target, c, tx, aligned, table.Name, progress, ct)));
                    }

                    var digests = new List<CopiedDigest>();
                    foreach (var (table, columns, digest) in copied)
                    {
                        var written = await target.DigestTableAsync(c, tx, table, columns, ct);
                        digests.Add(new CopiedDigest(table, digest.Rows, digest.Hash, written.Rows, written.Hash));
                    }

                    if (digests.Any(d => !d.Matches))
                    {
                        throw new CopyMismatchException(digests);
                    }

                    await target.Dialect.AfterCopyAsync(c, tx);
                    var result = new CopyResult(Target.Display, target.Target.Display, digests, held.Count > 0);
                    if (audit is not null)
                    {
                        await AppendAsync(c, tx, audit with { After = $"{result.Rows} rows in {digests.Count} tables ({string.Join(", ", digests.Where(d => d.TargetRows > 0).Select(d => $"{d.Table} {d.TargetRows}"))})" });
                    }

                    return result;
                },
                ct),
            ct);
    }

    /// <summary>A read in one transaction that sees one state of the database throughout, without blocking its writers.</summary>
    private async Task<T> ReadSnapshotAsync<T>(Func<DbConnection, DbTransaction, Task<T>> read, CancellationToken ct)
    {
        try
        {
            await using var connection = await ConnectAsync(ct);
            await using var tx = await Dialect.BeginSnapshotAsync(connection, ct);
            return await read(connection, tx);
        }
        catch (Exception e) when (Dialect.WhyUnavailable(e) is { } why)
        {
            throw Unavailable(why, e);
        }
    }

    /// <summary>Refuses a database whose tables are not exactly the copied and uncopied ones: a table nobody listed would be lost.</summary>
    private async Task CheckTablesAsync(DbConnection c, DbTransaction tx)
    {
        var tables = await Dialect.TablesAsync(c, tx);
        var unlisted = tables.Except(CopiedTables.Select(t => t.Name)).Except(UncopiedTables).ToList();
        var missing = CopiedTables.Select(t => t.Name).Except(tables).ToList();
        if (unlisted.Count > 0 || missing.Count > 0)
        {
            throw new BanwatchException(
                FailureKind.Unexpected,
                $"{Target.Display}: the copy's table list does not fit the schema (not listed: {string.Join(", ", unlisted)}; missing: {string.Join(", ", missing)})");
        }
    }

    private static async Task<IReadOnlyList<(string Table, long Rows)>> UserOwnedRowsAsync(DbConnection c, DbTransaction tx)
    {
        var held = new List<(string, long)>();
        foreach (var table in CopiedTables.Where(t => t.UserOwned))
        {
            var rows = await c.ExecuteScalarAsync<long>($"SELECT count(*) FROM {Quote(table.Name)}", transaction: tx);
            if (rows > 0)
            {
                held.Add((table.Name, rows));
            }
        }

        return held;
    }

    /// <summary>The columns a copy writes (a generated column is computed by the target), refusing a table without a primary key to order it by.</summary>
    private async Task<IReadOnlyList<StoredColumn>> CopiedColumnsAsync(DbConnection c, DbTransaction tx, string table)
    {
        var columns = await Dialect.ColumnsAsync(c, tx, table);
        return columns.Any(k => k.KeyPosition > 0)
            ? columns
            : throw new BanwatchException(FailureKind.Unexpected, $"table {table} has no primary key, so its rows have no order to copy and compare them in");
    }

    private string SelectOrdered(string table, IReadOnlyList<StoredColumn> columns) =>
        $"SELECT {string.Join(", ", columns.Select(k => Quote(k.Name)))} FROM {Quote(table)} ORDER BY " +
        string.Join(", ", columns.Where(k => k.KeyPosition > 0).OrderBy(k => k.KeyPosition).Select(k => Dialect.BinaryOrder(Quote(k.Name), k.Type)));

    private async Task<TableDigest> CopyTableAsync(
        DbConnection source,
        DbTransaction snapshot,
        IReadOnlyList<StoredColumn> sourceColumns,
        BanwatchDb target,
        DbConnection c,
        DbTransaction tx,
        IReadOnlyList<StoredColumn> columns,
        string table,
        IProgress<CopyProgress>? progress,
        CancellationToken ct)
    {
        var total = await source.ExecuteScalarAsync<long>($"SELECT count(*) FROM {Quote(table)}", transaction: snapshot);
        progress?.Report(new CopyProgress(table, 0, total));
        using var hash = new RowHash();
        await using var select = source.CreateCommand();
        select.Transaction = snapshot;
        select.CommandText = SelectOrdered(table, sourceColumns);
        await using var reader = await select.ExecuteReaderAsync(ct);
        await using var inserter = new RowInserter(target.Dialect, c, tx, table, columns);
        var batch = new List<object>(inserter.BatchSize);
        long rows = 0;
        while (await reader.ReadAsync(ct))
        {
            rows++;
            for (var i = 0; i < columns.Count; i++)
            {
                var value = RowHash.Portable(reader.GetValue(i));
                hash.Add(value);
                try
                {
                    batch.Add(target.Dialect.ToStored(value, columns[i].Type) ?? DBNull.Value);
                }
                catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
                {
                    throw new BanwatchException(FailureKind.Conflict, $"table {table}, row {rows}: {columns[i].Name} '{value}' does not fit the target's {columns[i].Type} column", e);
                }
            }

            if (batch.Count == inserter.BatchSize)
            {
                await inserter.InsertAsync(batch, rows, ct);
            }

            if (rows % ProgressEvery == 0)
            {
                progress?.Report(new CopyProgress(table, rows, total));
            }
        }

        await inserter.InsertAsync(batch, rows, ct);
        progress?.Report(new CopyProgress(table, rows, total));
        return new TableDigest(table, rows, hash.Finish());
    }

    private async Task<TableDigest> DigestTableAsync(DbConnection c, DbTransaction tx, string table, IReadOnlyList<StoredColumn> columns, CancellationToken ct)
    {
        using var hash = new RowHash();
        await using var select = c.CreateCommand();
        select.Transaction = tx;
        select.CommandText = SelectOrdered(table, columns);
        await using var reader = await select.ExecuteReaderAsync(ct);
        long rows = 0;
        while (await reader.ReadAsync(ct))
        {
            rows++;
            for (var i = 0; i < columns.Count; i++)
            {
                hash.Add(RowHash.Portable(reader.GetValue(i)));
            }
        }

        return new TableDigest(table, rows, hash.Finish());
    }

    // Both databases accept double-quoted identifiers; the table list and the schema only hold lower-case names.
    private static string Quote(string name) => $"\"{name}\"";

    /// <summary>
    /// Inserts a table's rows <see cref="Dialect.RowsPerInsert"/> at a time, with one command for every full batch
    /// (prepared once by SQLite, parsed once per batch by PostgreSQL) and its own for the last.
    /// </summary>
    private sealed class RowInserter(Dialect dialect, DbConnection c, DbTransaction tx, string table, IReadOnlyList<StoredColumn> columns) : IAsyncDisposable
    {
        private DbCommand? _full;

        /// <summary>Values in a full batch.</summary>
        public int BatchSize => dialect.RowsPerInsert * columns.Count;

        /// <summary>Inserts the rows whose values <paramref name="batch"/> holds, row after row, and empties it.</summary>
        public async Task InsertAsync(List<object> batch, long lastRow, CancellationToken ct)
        {
            var rows = batch.Count / columns.Count;
            if (rows == 0)
            {
                return;
            }

            var insert = rows == dialect.RowsPerInsert ? _full ??= Command(rows) : Command(rows);
            try
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    insert.Parameters[i].Value = batch[i];
                }

                await insert.ExecuteNonQueryAsync(ct);
            }
            catch (DbException e) when (dialect.WhyUnavailable(e) is null)
            {
                var first = lastRow - rows + 1;
                throw new BanwatchException(
                    FailureKind.Conflict, $"table {table}, row {(rows == 1 ? $"{lastRow}" : $"{first} to {lastRow}")}: the target refused it ({e.Message.Split('\n')[0].Trim()})", e);
            }
            finally
            {
                if (insert != _full)
                {
                    await insert.DisposeAsync();
                }
            }

            batch.Clear();
        }

        public async ValueTask DisposeAsync()
        {
            if (_full is not null)
            {
                await _full.DisposeAsync();
            }
        }

        private DbCommand Command(int rows)
        {
            var insert = c.CreateCommand();
            insert.Transaction = tx;
            insert.CommandText = dialect.InsertSql(
                Quote(table),
                [.. columns.Select(k => Quote(k.Name))],
                [.. Enumerable.Range(0, rows).Select(r => (IReadOnlyList<string>)[.. columns.Select((_, i) => $"@p{(r * columns.Count) + i}")])]);
            foreach (var i in Enumerable.Range(0, rows * columns.Count))
            {
                var parameter = insert.CreateParameter();
                parameter.ParameterName = $"p{i}";
                insert.Parameters.Add(parameter);
            }

            return insert;
        }
    }

    /// <summary>
    /// SHA-256 over values in a form both databases give alike: integers (booleans as 0 and 1) as 64-bit numbers,
    /// text and dates (text on SQLite, DATE on PostgreSQL) as UTF-8, each tagged and length-prefixed so that no two
    /// different rows write the same bytes.
    /// </summary>
    private sealed class RowHash : IDisposable
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        /// <summary>A value as the copy carries it: null, long, string, DateOnly or double.</summary>
        public static object? Portable(object value) => value switch
        {
            DBNull => null,
            long or string or DateOnly or double => value,
            int i => (long)i,
            short s => (long)s,
            bool b => b ? 1L : 0L,
            // Npgsql reads DATE as DateTime; the schema has no timestamp columns (times are ISO text on both).
            DateTime d when d.TimeOfDay == TimeSpan.Zero => DateOnly.FromDateTime(d),
            _ => throw new BanwatchException(FailureKind.Unexpected, $"the copy does not know how to carry a {value.GetType().Name} ('{value}')"),
        };

        public void Add(object? value)
        {
            switch (value)
            {
                case null:
                    _hash.AppendData("n"u8);
                    break;
                case long l:
                    _hash.AppendData("i"u8);
                    _hash.AppendData(LittleEndian(l));
                    break;
                case double d:
                    _hash.AppendData("r"u8);
                    _hash.AppendData(LittleEndian(BitConverter.DoubleToInt64Bits(d)));
                    break;
                default:
                    var text = Encoding.UTF8.GetBytes(value is DateOnly date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : (string)value);
                    _hash.AppendData("t"u8);
                    _hash.AppendData(LittleEndian(text.Length));
                    _hash.AppendData(text);
                    break;
            }
        }

        // The same bytes on every machine, so that a hash printed here can be compared with one printed elsewhere.
        private static byte[] LittleEndian(long value)
        {
            var bytes = new byte[sizeof(long)];
            BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
            return bytes;
        }

        public string Finish() => Convert.ToHexStringLower(_hash.GetHashAndReset());

        public void Dispose() => _hash.Dispose();
    }
}
