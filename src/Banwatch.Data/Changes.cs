using Banwatch.Data.Dialects;

namespace Banwatch.Data;

/// <summary>
/// A number that moves whenever what the database holds may have changed: after every write this process commits
/// (<see cref="BanwatchDb.WriteAsync{T}"/> is the only write path, so every feature's writes count, later ones
/// included) and, once <see cref="BanwatchDb.WatchOtherProcesses"/> is on, after other processes' writes too
/// (SQLite: <c>PRAGMA data_version</c>, asked on each read of the number; PostgreSQL: LISTEN/NOTIFY, which every
/// write announces in its transaction). <see cref="RecordCache"/> keeps what is computed under this number.
/// </summary>
public sealed class Changes : IDisposable
{
    private ChangeWatcher? _watcher;
    private long _version;

    /// <summary>The current number; with a watcher on SQLite, first asks the database whether another connection wrote.</summary>
    public async ValueTask<long> CurrentAsync(CancellationToken ct = default)
    {
        if (_watcher is { } watcher)
        {
            await watcher.PollAsync(ct);
        }

        return Interlocked.Read(ref _version);
    }

    public void Dispose() => _watcher?.Dispose();

    /// <summary>Something was written, or may have been while nobody was listening.</summary>
    internal void Changed() => Interlocked.Increment(ref _version);

    internal void Watch(ChangeWatcher watcher)
    {
        if (Interlocked.CompareExchange(ref _watcher, watcher, null) is not null)
        {
            watcher.Dispose();
        }
    }
}

/// <summary>How a dialect learns of other processes' writes; it calls back <see cref="Changes.Changed"/>.</summary>
public abstract class ChangeWatcher : IDisposable
{
    public abstract ValueTask PollAsync(CancellationToken ct);

    public abstract void Dispose();
}
