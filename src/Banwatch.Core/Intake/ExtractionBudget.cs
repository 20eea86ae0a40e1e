namespace Banwatch.Core.Intake;

/// <summary>
/// What extracting one document may use: time, through a token that fires when it is up, and memory, as the bytes the
/// extracting thread may allocate from the start (what it holds is never more than that). Steps call
/// <see cref="Check"/> between steps and as they go through a long document, so a file that breaks a linear bound
/// is stopped instead of taking the process with it.
/// </summary>
public sealed class ExtractionBudget
{
    private readonly long _allocatedAtStart;

    /// <summary>Starts counting on the calling thread, which must be the one that runs the extraction.</summary>
    public ExtractionBudget(long bytes, CancellationToken time)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bytes);
        Time = time;
        Bytes = bytes;
        _allocatedAtStart = GC.GetAllocatedBytesForCurrentThread();
    }

    /// <summary>No limit but the caller's token.</summary>
    public static ExtractionBudget Unlimited(CancellationToken ct = default) => new(long.MaxValue, ct);

    public CancellationToken Time { get; }

    /// <summary>The bytes the extraction may allocate.</summary>
    public long Bytes { get; }

    /// <summary>Throws <see cref="OperationCanceledException"/> when the time is up, <see cref="OverMemoryBudgetException"/> when the memory is.</summary>
    public void Check()
    {
        Time.ThrowIfCancellationRequested();
        if (GC.GetAllocatedBytesForCurrentThread() - _allocatedAtStart > Bytes)
        {
            throw new OverMemoryBudgetException(Bytes);
        }
    }
}

/// <summary>An extraction allocated more than its <see cref="ExtractionBudget"/> allows.</summary>
public sealed class OverMemoryBudgetException(long bytes) : Exception($"allocated more than its memory budget of {bytes / (1024 * 1024)} MB")
{
    public long Bytes { get; } = bytes;
}
