using System.Globalization;
using Banwatch.Core;
using Banwatch.Core.States;
using Banwatch.Data;
using Banwatch.Features.Obligations;
using Banwatch.Features.Status;
using Banwatch.Web;

namespace Banwatch.Features.Feed;

/// <param name="Id">Stable across requests and servers, so a feed reader shows each change once.</param>
/// <param name="Iso3">The state the change concerns; null for a document.</param>
public sealed record Change(string Id, DateTimeOffset When, string Kind, string? Iso3, string Title, string Link);

/// <summary>
/// What changed in the record, newest first: status changes from the depositary record (signature, ratification
/// or accession, entry into force under Art. 17, withdrawal under Art. 20), deadlines that passed, documents added
/// and facts accepted, up to a date, for every state or one. The record behind the Atom feeds.
/// </summary>
public sealed record ChangesFeed(DateOnly AsOf, string? Iso3, string Title, IReadOnlyList<Change> Changes)
{
    public const int MaxEntries = 100;

    /// <summary>The feed on <paramref name="asOf"/>, kept in <see cref="BanwatchDb.Records"/> until the database changes.</summary>
    public static async Task<ChangesFeed> LoadAsync(BanwatchDb db, DateOnly asOf, State? only, CancellationToken ct = default)
    {
        var catalog = await Catalog.LoadAsync(db, ct);
        return await db.Records.GetAsync((nameof(ChangesFeed), asOf, only?.Iso3), () => ReadAsync(db, catalog, asOf, only), ct);
    }

    private static async Task<ChangesFeed> ReadAsync(BanwatchDb db, Catalog catalog, DateOnly asOf, State? only)
    {
        var changes = new List<Change>();
        changes.AddRange(StatusChanges(catalog, only).Where(c => c.When < Day(asOf.AddDays(1))));
        changes.AddRange(ObligationsReport.For(catalog, new ObligationQuery(asOf, only?.Iso3)).Obligations
            .Where(o => o.Status is Core.Obligations.ObligationStatus.Overdue)
            .Select(o => new Change(
                $"deadline/{o.Iso3}/{WireName.Of(o.Kind)}/{o.YearCovered}/{o.Deadline:yyyy-MM-dd}",
                Day(o.Deadline),
                "deadline-passed",
                o.Iso3,
                $"{o.Name}: {o.Label()} deadline {o.Deadline:yyyy-MM-dd} passed without completion reported",
                Links.State(o.Iso3))));
        var facts = await db.FactsAsync(Review.Accepted, iso3: only?.Iso3.Value, ct: CancellationToken.None);
        changes.AddRange(facts.Where(f => f.ReviewedAt is not null).Select(f => new Change(
            $"fact/{f.Id}",
            Instant(f.ReviewedAt!),
            "fact-accepted",
            f.Iso3,
            $"{catalog.Names[Core.States.Iso3.Parse(f.Iso3)].Name}: {f.Kind.Replace('-', ' ')}{(f.Issue is null ? "" : $" ({f.Issue} {f.Stance})")}, from {f.DocumentTitle ?? f.DocumentName}",
            Links.Document(f.DocumentId, f.EvidenceStart, f.EvidenceEnd))));
        if (only is null)
        {
            changes.AddRange((await db.DocumentsAsync(MaxEntries, 0, CancellationToken.None)).Select(d => new Change(
                $"document/{d.Id}", Instant(d.IngestedAt), "document-added", null, $"Document added: {d.Title ?? d.Name}", Links.Document(d.Id))));
        }

        // Documents and facts carry the moment they were stored or accepted, and are listed as they happened.
        return new ChangesFeed(
            asOf,
            only?.Iso3.Value,
            only is null ? "Banwatch: changes in the record" : $"Banwatch: {only.Name}",
            [.. changes.OrderByDescending(c => c.When).ThenBy(c => c.Id, StringComparer.Ordinal).Take(MaxEntries)]);
    }

    private static IEnumerable<Change> StatusChanges(Catalog catalog, State? only)
    {
        foreach (var (iso3, entry) in catalog.Treaty.Where(t => only is null || t.Key == only.Iso3))
        {
            var name = catalog.Names[iso3].Name;
            var r = entry.Record;
            var link = Links.State(iso3.Value);
            IEnumerable<(DateOnly? Day, string Kind, string Title)> events =
            [
                (r.Signed, "signature", $"{name} signed the Convention"),
                (r.Deposited, "deposit", $"{name} deposited its instrument of {(r.Instrument is { } i ? WireName.Of(i) : "ratification")}"),
                (catalog.Timeline.EntryIntoForceFor(iso3), "entry-into-force", $"The Convention entered into force for {name} (Art. 17)"),
                (r.Withdrawal?.Received, "withdrawal-received", $"The depositary received {name}'s withdrawal (Art. 20)"),
                (r.Withdrawal?.TakesEffect, "withdrawal-effective", $"{name}'s withdrawal took effect (Art. 20(3)); status: {StatusText.Label(Core.Treaty.TreatyStatus.Withdrawn)}"),
            ];
            foreach (var (day, kind, title) in events)
            {
                if (day is { } d)
                {
                    yield return new Change($"status/{iso3}/{kind}/{d:yyyy-MM-dd}", Day(d), kind, iso3.Value, title, link);
                }
            }
        }
    }

    private static DateTimeOffset Day(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static DateTimeOffset Instant(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
