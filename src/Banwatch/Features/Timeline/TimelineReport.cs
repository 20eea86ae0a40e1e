using Banwatch.Core.Failures;
using Banwatch.Core.Treaty;

namespace Banwatch.Features.Timeline;

/// <summary>States parties and signatories month by month: the record behind `banwatch timeline` and /api/timeline.</summary>
public sealed record TimelineReport(DateOnly From, DateOnly To, IReadOnlyList<TimelinePoint> Months)
{
    /// <summary>The Convention opened for signature on 3 December 2008 (Art. 15); earlier months are all zero.</summary>
    public static readonly DateOnly OpenedForSignature = new(2008, 12, 3);

    /// <summary>The longest span answered at once: a century, so one request cannot ask for thousands of snapshots.</summary>
    public const int MaxMonths = 1200;

    public static TimelineReport For(Catalog catalog, DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new BanwatchException(FailureKind.Invalid, $"{new Field("to")}: {to:yyyy-MM-dd} is before {new Field("from")} ({from:yyyy-MM-dd})");
        }

        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month + 1;
        if (months > MaxMonths)
        {
            throw new BanwatchException(
                FailureKind.Invalid,
                $"{new Field("from")}/{new Field("to")}: {from:yyyy-MM-dd} to {to:yyyy-MM-dd} is {months} months; at most {MaxMonths} (100 years) are answered at once");
        }

        var points = catalog.Timeline.Monthly(from, to)
            .Select(s => new TimelinePoint(
                s.AsOf.ToString("yyyy-MM"),
                s.AsOf,
                s.Count(TreatyStatus.StateParty),
                s.Count(TreatyStatus.BoundNotInForce),
                s.Count(TreatyStatus.Signatory),
                s.Count(TreatyStatus.Withdrawn)))
            .ToList();
        return new TimelineReport(from, to, points);
    }
}

/// <param name="AsOf">The day counted: the month's last day, or the report's end date in its last month.</param>
public sealed record TimelinePoint(string Month, DateOnly AsOf, int StateParty, int BoundNotInForce, int Signatory, int Withdrawn);
