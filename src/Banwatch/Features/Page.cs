using System.Globalization;
using Banwatch.Core.Failures;

namespace Banwatch.Features;

/// <summary>
/// A window on a long list: at most <see cref="Limit"/> items, skipping the first <see cref="Offset"/>. Checked once
/// here, so `limit=0`, `-1` or `abc` is refused with the same reason on the command line, the API and the pages.
/// </summary>
public readonly record struct Page
{
    public const int MaxLimit = 1000;

    private Page(int limit, int offset) => (Limit, Offset) = (limit, offset);

    /// <summary>1 to <see cref="MaxLimit"/>.</summary>
    public int Limit { get; }

    /// <summary>0 or more.</summary>
    public int Offset { get; }

    private static readonly Field LimitField = new("limit");
    private static readonly Field OffsetField = new("offset");

    public static Page Of(int limit, int offset = 0) =>
        limit is < 1 or > MaxLimit
            ? throw new BanwatchException(FailureKind.Invalid, $"{LimitField}: '{limit}' is not a whole number from 1 to {MaxLimit}")
            : offset < 0
                ? throw new BanwatchException(FailureKind.Invalid, $"{OffsetField}: '{offset}' is not a whole number from 0 up")
                : new Page(limit, offset);

    /// <summary>A page from query-string text; an absent value takes its default.</summary>
    public static Page Parse(string? limit, string? offset, int defaultLimit) =>
        Of(Number(limit, LimitField, MaxLimit) ?? defaultLimit, Number(offset, OffsetField, null) ?? 0);

    private static int? Number(string? text, Field name, int? max) =>
        text is null ? null
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
        : throw new BanwatchException(FailureKind.Invalid, $"{name}: '{text}' is not a whole number from {(max is { } m ? $"1 to {m}" : "0 up")}");
}

/// <summary>Where a page sits in the whole list, so every answer says how many there are and where the rest is.</summary>
/// <param name="Total">Items in the whole list.</param>
public sealed record Paging(int Total, int Limit, int Offset)
{
    public Paging(int total, Page page)
        : this(total, page.Limit, page.Offset)
    {
    }

    /// <summary>The offset of the next page, or null on the last one.</summary>
    public int? NextOffset => Offset + Limit < Total ? Offset + Limit : null;

    /// <summary>The offset of the page before, or null on the first one.</summary>
    public int? PreviousOffset => Offset > 0 ? Math.Max(0, Offset - Limit) : null;

    /// <summary>1-based numbers of the first and last item shown ("21–40 of 75"); (0, 0) when none.</summary>
    public (int First, int Last) Shown(int count) => count == 0 ? (0, 0) : (Offset + 1, Offset + count);
}
