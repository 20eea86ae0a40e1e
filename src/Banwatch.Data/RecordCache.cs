using System.Collections.Concurrent;

namespace Banwatch.Data;

/// <summary>
/// What is computed from the database (the catalogue, a state's profile, the status on a date), kept in memory
/// until <see cref="Changes"/> moves: a write through any feature, in this process or (when watched) another,
/// makes the next read compute afresh. Each value is computed once per change even when many requests ask at once.
/// </summary>
public sealed class RecordCache(Changes changes)
{
    /// <summary>Past this many values (say, many different dates asked for), more are computed but not kept.</summary>
    public const int MaxEntries = 4096;

    private Generation _current = new(-1);

    /// <summary>
    /// The value under <paramref name="key"/> (a tuple naming the record and its inputs), computed by
    /// <paramref name="compute"/> if the database changed since it was kept. A failure is not kept.
    /// </summary>
    public async Task<T> GetAsync<T>(object key, Func<Task<T>> compute, CancellationToken ct = default)
        where T : notnull
    {
        // The number is read before computing: a write during the computation moves it, so the value is not reused.
        var version = await changes.CurrentAsync(ct);
        var generation = Volatile.Read(ref _current);
        if (generation.Version != version)
        {
            generation = new Generation(version);
            Volatile.Write(ref _current, generation);
        }

        if (!generation.Values.TryGetValue(key, out var value))
        {
            if (generation.Values.Count >= MaxEntries)
            {
                return await compute();
            }

            value = generation.Values.GetOrAdd(key, _ => new Lazy<Task<object>>(async () => await compute()));
        }

        try
        {
            // The computation is shared, so one request giving up does not cancel it for the others.
            return (T)await value.Value.WaitAsync(ct);
        }
        catch when (value.Value.IsFaulted || value.Value.IsCanceled)
        {
            generation.Values.TryRemove(new KeyValuePair<object, Lazy<Task<object>>>(key, value));
            throw;
        }
    }

    private sealed record Generation(long Version)
    {
        public ConcurrentDictionary<object, Lazy<Task<object>>> Values { get; } = new();
    }
}
