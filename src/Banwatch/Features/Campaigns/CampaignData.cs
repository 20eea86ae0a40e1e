using System.Globalization;
using Banwatch.Core;
using Banwatch.Core.Campaigns;
using Banwatch.Core.States;
using Banwatch.Data;

namespace Banwatch.Features.Campaigns;

/// <summary>The campaign record read once for a command or a request: positions, categories, votes, participation, on top of the catalog.</summary>
public sealed record CampaignData(Catalog Catalog, CampaignRecord Record, IReadOnlyList<Position> Positions, CategoryLedger Categories, VotingRecord Votes)
{
    /// <summary>The campaign record, kept in <see cref="BanwatchDb.Records"/> until the database changes.</summary>
    public static Task<CampaignData> LoadAsync(BanwatchDb db, Catalog catalog, CancellationToken ct = default) =>
        db.Records.GetAsync(nameof(CampaignData), () => ReadAsync(db, catalog, CancellationToken.None), ct);

    private static async Task<CampaignData> ReadAsync(BanwatchDb db, Catalog catalog, CancellationToken ct)
    {
        var positions = await PositionsAsync(db, ct);
        var categories = new CategoryLedger(await db.CategoryListsAsync(ct), await db.CategoryEntriesAsync(ct), await db.CategoryUpdatesAsync(ct));
        var votes = new VotingRecord(await db.UngaResolutionsAsync(ct), await db.UngaVotesAsync(ct));
        var record = new CampaignRecord(
            catalog.Names,
            catalog.Timeline,
            iso3 => catalog.Treaty.TryGetValue(iso3, out var t) ? t.Record.Source.Citation : null,
            await db.EventsAsync(ct),
            await db.DeclarationsAsync(ct),
            await db.ParticipationAsync(ct),
            positions,
            categories,
            votes,
            catalog.Obligations);
        return new CampaignData(catalog, record, positions, categories, votes);
    }

    /// <summary>
    /// Positions from accepted document facts (dated by the document's publication date where it has one) and from
    /// people's entries. A fact whose issue or stance this version does not know is left out rather than guessed.
    /// </summary>
    public static async Task<IReadOnlyList<Position>> PositionsAsync(BanwatchDb db, CancellationToken ct = default)
    {
        var positions = new List<Position>();
        foreach (var f in await db.AcceptedPositionFactsAsync(ct))
        {
            if (WireName.TryParse<TreatyIssue>(f.Issue, out var issue) && WireName.TryParse<PositionStance>(f.Stance, out var stance))
            {
                positions.Add(new Position(
                    Iso3.Parse(f.Iso3), issue, stance, f.Published, Day(f.ReviewedAt),
                    new PositionEvidence(EvidenceKind.Document, f.Id, f.Document, f.SourceUrl, f.Evidence, f.DocumentId, f.EvidenceStart, f.EvidenceEnd, null)));
            }
        }

        foreach (var e in await db.PositionEntriesAsync(ct))
        {
            positions.Add(new Position(
                e.Iso3, e.Issue, e.Stance, e.Said, e.Added,
                new PositionEvidence(EvidenceKind.Manual, e.Id, e.Source.Citation, e.Source.Citations.Count > 0 ? e.Source.Citations[0] : null, null, null, null, null, e.Note)));
        }

        return positions;
    }

    private static DateOnly Day(string timestamp) =>
        DateOnly.FromDateTime(DateTime.Parse(timestamp, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind).ToUniversalTime());
}
