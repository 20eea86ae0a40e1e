using Banwatch.Core;
using Banwatch.Core.Campaigns;
using Banwatch.Core.Failures;
using Banwatch.Core.States;
using Banwatch.Data;
using Banwatch.Web;

namespace Banwatch.Features.Campaigns;

/// <summary>What to show in the positions matrix: the latest stance on a date (every date when null), some issues, some states.</summary>
public sealed record PositionsQuery(DateOnly? AsOf, IReadOnlyList<TreatyIssue> Issues, Iso3? State)
{
    public static TreatyIssue ParseIssue(string text, Field what) =>
        WireName.TryParse<TreatyIssue>(text, out var issue)
            ? issue
            : throw new BanwatchException(FailureKind.Invalid, $"{what}: '{text}' is not one of {string.Join(", ", WireName.All<TreatyIssue>())}");

    public static PositionStance ParseStance(string text, Field what) =>
        WireName.TryParse<PositionStance>(text, out var stance)
            ? stance
            : throw new BanwatchException(FailureKind.Invalid, $"{what}: '{text}' is not one of {string.Join(", ", WireName.All<PositionStance>())}");
}

/// <summary>
/// The positions matrix: states (rows) × issues (columns), each cell the latest stance with its evidence; and the
/// same positions as flat rows (the CSV), each with the link to its evidence.
/// </summary>
public sealed record PositionsReport(DateOnly? AsOf, IReadOnlyList<TreatyIssue> Issues, IReadOnlyList<PositionsRow> States, IReadOnlyList<PositionLine> Positions)
{
    public static async Task<PositionsReport> LoadAsync(BanwatchDb db, Catalog catalog, PositionsQuery query, CancellationToken ct = default) =>
        For(catalog, await CampaignData.PositionsAsync(db, ct), query);

    public static PositionsReport For(Catalog catalog, IEnumerable<Position> positions, PositionsQuery query)
    {
        var matrix = new PositionMatrix(positions.Where(p => query.State is not { } s || p.Iso3 == s), query.AsOf);
        var cells = matrix.Cells.Where(c => query.Issues.Count == 0 || query.Issues.Contains(c.Issue)).ToList();
        var issues = query.Issues.Count > 0 ? query.Issues : [.. cells.Select(c => c.Issue).Distinct().Order()];
        var rows = cells
            .GroupBy(c => c.Iso3)
            .OrderBy(g => catalog.Names[g.Key].Name, StringComparer.Ordinal)
            .Select(g => new PositionsRow(g.Key.Value, catalog.Names[g.Key].Name, [.. g.OrderBy(c => c.Issue).Select(PositionsCell.From)]))
            .ToList();
        return new PositionsReport(
            query.AsOf,
            issues,
            rows,
            [.. rows.SelectMany(r => r.Cells.SelectMany(c => c.Evidence.Select(e => new PositionLine(r.Iso3, r.Name, c.Issue, e.Stance, c.Date, e.Said, c.Conflicting, e.Kind, e.Citation, e.Link, e.Sentence))))]);
    }
}

public sealed record PositionsRow(string Iso3, string Name, IReadOnlyList<PositionsCell> Cells)
{
    public PositionsCell? Cell(TreatyIssue issue) => Cells.FirstOrDefault(c => c.Issue == issue);
}

/// <param name="Conflicting">Sources of the same date disagree; every one is listed.</param>
public sealed record PositionsCell(TreatyIssue Issue, IReadOnlyList<PositionStance> Stances, DateOnly Date, bool Conflicting, IReadOnlyList<EvidenceRow> Evidence)
{
    public static PositionsCell From(PositionCell c) =>
        new(c.Issue, c.Stances, c.Date, c.Conflicting, [.. c.Latest.Select(EvidenceRow.From)]);
}

/// <summary>
/// The evidence behind one stance. <paramref name="Link"/> opens it: the document at the sentence's offsets, or the
/// source URL of a person's entry. <paramref name="Said"/> is null when the source gives no date (the position then
/// counts from the day it was recorded).
/// </summary>
public sealed record EvidenceRow(PositionStance Stance, DateOnly? Said, DateOnly Recorded, EvidenceKind Kind, long Id, string Citation, string? Link, string? Sentence, long? DocumentId, int? Start, int? End, string? Note)
{
    public static EvidenceRow From(Position p) => new(
        p.Stance, p.Said, p.Recorded, p.Evidence.Kind, p.Evidence.Id, p.Evidence.Citation,
        p.Evidence is { Kind: EvidenceKind.Document, DocumentId: { } d } ? Links.Document(d, p.Evidence.Start, p.Evidence.End) : p.Evidence.Url,
        p.Evidence.Sentence, p.Evidence.DocumentId, p.Evidence.Start, p.Evidence.End, p.Evidence.Note);
}

/// <summary>One stance as a CSV row: the state, the issue, the stance, its date and its evidence.</summary>
public sealed record PositionLine(string Iso3, string Name, TreatyIssue Issue, PositionStance Stance, DateOnly Date, DateOnly? Said, bool Conflicting, EvidenceKind Evidence, string Source, string? Link, string? Sentence);
