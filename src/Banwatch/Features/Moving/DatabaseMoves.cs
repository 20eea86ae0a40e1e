using Banwatch.Core.Accounts;
using Banwatch.Core.Failures;
using Banwatch.Data;
using Banwatch.Features.Accounts;

namespace Banwatch.Features.Moving;

/// <summary>What a backup wrote: one SQLite file, its tables with their rows, and its size.</summary>
public sealed record BackupResult(string File, long Bytes, IReadOnlyList<TableDigest> Tables)
{
    public long Rows => Tables.Sum(t => t.Rows);
}

/// <summary>
/// Backups and moving a whole database: a backup is always one SQLite file people can open; restore and copy move
/// everything into another database, all or nothing, verified table by table. Each needs an admin, since it reads
/// everyone's accounts and replaces a database wholesale.
/// </summary>
public static class DatabaseMoves
{
    /// <summary>
    /// Writes <paramref name="file"/> (refused when it exists, unless <paramref name="force"/>): SQLite's own consistent
    /// online copy (VACUUM INTO) of a SQLite database, or a verified copy of a PostgreSQL one into a new SQLite file. It is
    /// written beside the file first and moved into place, so a failure leaves any older backup as it was.
    /// </summary>
    public static async Task<BackupResult> BackupAsync(BanwatchApp source, Caller caller, string file, bool force, IProgress<CopyProgress>? progress, CancellationToken ct = default)
    {
        caller.Require(Access.Needed(managesAccounts: true), "backing up the database");
        var into = DbTarget.Parse(file);
        if (into.Provider != DbProvider.Sqlite)
        {
            throw new BanwatchException(FailureKind.Invalid, $"a backup is a SQLite file path, not '{file}' (to copy into PostgreSQL, use `banwatch copy`)");
        }

        if (File.Exists(into.Display) && !force)
        {
            throw new BanwatchException(FailureKind.Conflict, $"{into.Display} exists: choose another name, or overwrite it with --force");
        }

        var partial = $"{into.Display}.partial-{Guid.NewGuid():N}";
        try
        {
            if (source.Db.Target.Provider == DbProvider.Sqlite)
            {
                await source.Db.BackupSqliteAsync(partial, ct);
            }
            else
            {
                using var backup = await BanwatchDb.OpenAsync(DbTarget.Parse(partial), ct);
                await source.Db.CopyToAsync(backup, replace: false, audit: null, progress, ct);
            }

            IReadOnlyList<TableDigest> tables;
            using (var written = await BanwatchDb.OpenAsync(DbTarget.Parse(partial), ct))
            {
                tables = await written.DigestAsync(ct);
            }

            File.Move(partial, into.Display, overwrite: force);
            return new BackupResult(into.Display, new FileInfo(into.Display).Length, tables);
        }
        finally
        {
            foreach (var leftover in new[] { partial, $"{partial}-wal", $"{partial}-shm" }.Where(File.Exists))
            {
                File.Delete(leftover);
            }
        }
    }

    /// <summary>Puts a backup (a SQLite file) back into <paramref name="target"/>, as <see cref="CopyAsync"/> does.</summary>
    public static Task<CopyResult> RestoreAsync(BanwatchApp backup, BanwatchApp target, Caller caller, bool replace, IProgress<CopyProgress>? progress, CancellationToken ct = default) =>
        MoveAsync(backup, target, caller, replace, progress, "restoring a backup", "database-restored", ct);

    /// <summary>
    /// Copies every table of <paramref name="source"/> into <paramref name="target"/> (SQLite or PostgreSQL, either way),
    /// refusing a target that holds people's work unless <paramref name="replace"/>; the target's audit log gets one
    /// entry saying who copied what, in the copy's transaction.
    /// </summary>
    public static Task<CopyResult> CopyAsync(BanwatchApp source, BanwatchApp target, Caller caller, bool replace, IProgress<CopyProgress>? progress, CancellationToken ct = default) =>
        MoveAsync(source, target, caller, replace, progress, "copying a database", "database-copied", ct);

    private static async Task<CopyResult> MoveAsync(BanwatchApp source, BanwatchApp target, Caller caller, bool replace, IProgress<CopyProgress>? progress, string what, string action, CancellationToken ct)
    {
        caller.Require(Access.Needed(managesAccounts: true), what);
        if (source.Db.Target.Display == target.Db.Target.Display)
        {
            throw new BanwatchException(FailureKind.Invalid, $"{source.Db.Target.Display} is both the source and the target");
        }

        var audit = Accounts.Accounts.Audit(target, caller) with { Action = action, Subject = $"database from {source.Db.Target.Display}" };
        return await source.Db.CopyToAsync(target.Db, replace, audit, progress, ct);
    }
}
