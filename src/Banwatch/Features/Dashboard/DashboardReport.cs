using Banwatch.Core.Obligations;
using Banwatch.Data;
using Banwatch.Features.Obligations;
using Banwatch.Features.Status;

namespace Banwatch.Features.Dashboard;

/// <summary>
/// The front page on a date: the counts by status, every state's status (for the map), the obligations overdue and
/// due soon, the latest documents and the facts waiting for review. The record behind / and /api/dashboard.
/// </summary>
/// <param name="DueSoonDays">"Due soon" means a deadline within this many days of <see cref="AsOf"/>, both days included.</param>
/// <param name="Overdue">The first <see cref="ListLength"/> overdue obligations, latest deadline first; <see cref="Obligations"/> counts them all.</param>
/// <param name="DueSoon">The first <see cref="ListLength"/> due soon, nearest deadline first; <see cref="DueSoonCount"/> counts them all.</param>
public sealed record DashboardReport(
    DateOnly AsOf,
    StatusCounts Counts,
    IReadOnlyList<StatusRow> States,
    ObligationCounts Obligations,
    int DueSoonDays,
    int DueSoonCount,
    IReadOnlyList<ObligationRow> Overdue,
    IReadOnlyList<ObligationRow> DueSoon,
    int DocumentCount,
    IReadOnlyList<DocumentSummary> LatestDocuments,
    int FactsAwaitingReview)
{
    public const int DefaultDueSoonDays = 90;
    public const int ListLength = 8;

    public static async Task<DashboardReport> LoadAsync(BanwatchDb db, Catalog catalog, DateOnly asOf, CancellationToken ct = default)
    {
        var status = StatusReport.For(catalog, asOf);
        var obligations = ObligationsReport.For(catalog, new ObligationQuery(asOf));
        var dueSoon = ObligationsReport.For(catalog, new ObligationQuery(asOf, DueWithinDays: DefaultDueSoonDays)).Obligations;
        return new DashboardReport(
            asOf,
            status.Counts,
            status.States,
            obligations.Counts,
            DefaultDueSoonDays,
            dueSoon.Count,
            [.. obligations.Obligations.Where(o => o.Status == ObligationStatus.Overdue).OrderByDescending(o => o.Deadline).ThenBy(o => o.Name, StringComparer.Ordinal).Take(ListLength)],
            [.. dueSoon.OrderBy(o => o.Deadline).ThenBy(o => o.Name, StringComparer.Ordinal).Take(ListLength)],
            await db.DocumentCountAsync(ct),
            await db.DocumentsAsync(5, 0, ct),
            await db.FactCountAsync(Review.Pending, ct: ct));
    }
}
