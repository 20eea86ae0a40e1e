using Banwatch.Core.Obligations;
using Banwatch.Data;
using Banwatch.Features.Campaigns;
using Banwatch.Features.Obligations;
using Banwatch.Features.Status;

namespace Banwatch.Features.Dashboard;

/// <summary>
/// The front page on a date: the counts by status, every state's status (for the map), the obligations overdue and
/// due soon, the latest documents, the facts waiting for review and the campaign's overdue follow-ups. The record
/// behind / and /api/dashboard.
/// </summary>
/// <param name="DueSoonDays">"Due soon" means a deadline within this many days of <see cref="AsOf"/>, both days included.</param>
/// <param name="Overdue">The first <see cref="ListLength"/> overdue obligations, latest deadline first; <see cref="Obligations"/> counts them all.</param>
/// <param name="DueSoon">The first <see cref="ListLength"/> due soon, nearest deadline first; <see cref="DueSoonCount"/> counts them all.</param>
/// <param name="OverdueFollowUps">Action-log follow-ups due before <see cref="Today"/> and not done, oldest first (the first <see cref="ListLength"/>; <see cref="OverdueFollowUpCount"/> counts them all).</param>
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
    int FactsAwaitingReview,
    DateOnly Today,
    int OverdueFollowUpCount,
    IReadOnlyList<ActionRow> OverdueFollowUps)
{
    public const int DefaultDueSoonDays = 90;
    public const int ListLength = 8;

    /// <summary>The dashboard on <paramref name="asOf"/>, kept in <see cref="BanwatchDb.Records"/> until the database changes.</summary>
    public static Task<DashboardReport> LoadAsync(BanwatchDb db, Catalog catalog, DateOnly asOf, DateOnly today, CancellationToken ct = default) =>
        db.Records.GetAsync((nameof(DashboardReport), asOf, today), () => ReadAsync(db, catalog, asOf, today, CancellationToken.None), ct);

    private static async Task<DashboardReport> ReadAsync(BanwatchDb db, Catalog catalog, DateOnly asOf, DateOnly today, CancellationToken ct)
    {
        var status = StatusReport.For(catalog, asOf);
        var obligations = ObligationsReport.For(catalog, new ObligationQuery(asOf));
        var dueSoon = ObligationsReport.For(catalog, new ObligationQuery(asOf, DueWithinDays: DefaultDueSoonDays)).Obligations;
        var followUps = (await db.ActionsAsync(null, ct))
            .Select(a => ActionRow.From(a, catalog.Names[a.Iso3].Name, today))
            .Where(a => a.Overdue)
            .OrderBy(a => a.FollowUp)
            .ThenBy(a => a.Name, StringComparer.Ordinal)
            .ToList();
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
            await db.FactCountAsync(Review.Pending, ct: ct),
            today,
            followUps.Count,
            [.. followUps.Take(ListLength)]);
    }
}
