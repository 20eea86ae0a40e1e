namespace Banwatch.Core.Intake;

/// <summary>Searches over the pipeline's lists, which are in the text's order (sentences, mentions, tables).</summary>
public static class InTextOrder
{
    /// <summary>The index of the first item whose offset (<paramref name="startOf"/>) is at or after <paramref name="offset"/>, by halving; the count if none is.</summary>
    public static int FirstFrom<T>(IReadOnlyList<T> items, int offset, Func<T, int> startOf)
    {
        int lo = 0, hi = items.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            (lo, hi) = startOf(items[mid]) < offset ? (mid + 1, hi) : (lo, mid);
        }

        return lo;
    }

    /// <summary>The index of the last item whose offset is at or before <paramref name="offset"/>; -1 if none is.</summary>
    public static int LastAtOrBefore<T>(IReadOnlyList<T> items, int offset, Func<T, int> startOf) => FirstFrom(items, offset + 1, startOf) - 1;
}
