using Banwatch.Core.Process;
using Banwatch.Core.States;
using Banwatch.Data;
using Banwatch.Features.Obligations;
using Banwatch.Features.Status;

namespace Banwatch.Features.States;

/// <summary>One state: its status on a date, its depositary record, its obligations and everything known of its part in the process, each with a source.</summary>
public sealed record StateProfile(
    string Iso3,
    string Name,
    string FormalName,
    string Region,
    string? UnRegionalGroup,
    DateOnly AsOf,
    StatusRow Status,
    string? TreatyNote,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<ParticipationRow> Participation,
    IReadOnlyList<ObligationRow> Obligations,
    IReadOnlyList<RecordedFact> Facts)
{
    /// <summary>The profile, kept in <see cref="BanwatchDb.Records"/> until the database changes.</summary>
    public static Task<StateProfile> LoadAsync(BanwatchDb db, Catalog catalog, State state, DateOnly asOf, CancellationToken ct = default) =>
        db.Records.GetAsync((nameof(StateProfile), state.Iso3, asOf), () => ReadAsync(db, catalog, state, asOf, CancellationToken.None), ct);

    private static async Task<StateProfile> ReadAsync(BanwatchDb db, Catalog catalog, State state, DateOnly asOf, CancellationToken ct)
    {
        var events = (await db.EventsAsync(ct)).ToDictionary(e => e.Id);
        var declarations = (await db.DeclarationsAsync(ct)).ToDictionary(d => d.Id);
        var participation = await db.ParticipationOfAsync(state.Iso3, ct);
        var aliases = (await db.AliasesAsync(ct)).Where(a => a.Iso3 == state.Iso3).Select(a => a.Alias).Order().ToList();
        catalog.Treaty.TryGetValue(state.Iso3, out var treaty);
        return new StateProfile(
            state.Iso3.Value,
            state.Name,
            state.FormalName,
            state.Region,
            state.UnRegionalGroup,
            asOf,
            StatusRow.From(catalog, catalog.Timeline.StatusOf(state.Iso3, asOf)),
            treaty?.Note,
            aliases,
            [.. participation.Select(p => ParticipationRow.From(p, events, declarations))],
            ObligationsReport.For(catalog, new ObligationQuery(asOf, state.Iso3)).Obligations,
            [.. (await db.FactsAsync(Review.Accepted, iso3: state.Iso3.Value, ct: ct)).Select(RecordedFact.From)]);
    }
}

/// <summary>A fact a person accepted from a document: what, the evidence sentence, and where it stands in the document.</summary>
public sealed record RecordedFact(long Id, string Kind, string? Issue, string? Stance, long DocumentId, string Document, string? SourceUrl, string Evidence, int EvidenceStart, int EvidenceEnd, string Link)
{
    public static RecordedFact From(StoredFact f) => new(
        f.Id, f.Kind, f.Issue, f.Stance, f.DocumentId, f.DocumentTitle ?? f.DocumentName, f.SourceUrl, f.Evidence, f.EvidenceStart, f.EvidenceEnd,
        Web.Links.Document(f.DocumentId, f.EvidenceStart, f.EvidenceEnd));
}

/// <param name="Date">The event's first day, or the declaration's adoption date.</param>
public sealed record ParticipationRow(string Subject, string SubjectName, DateOnly? Date, ParticipationRelation Relation, string Source, string? Note)
{
    public static ParticipationRow From(
        Participation p,
        IReadOnlyDictionary<string, TreatyEvent> events,
        IReadOnlyDictionary<string, Declaration> declarations)
    {
        if (declarations.TryGetValue(p.Subject, out var d))
        {
            var date = d.AdoptedOn ?? (d.EventId is { } id && events.TryGetValue(id, out var de) ? de.End : null);
            return new(p.Subject, d.Name, date, p.Relation, p.Source.Citation, p.Note);
        }

        var e = events[p.Subject];
        return new(p.Subject, e.Name, e.Start, p.Relation, p.Source.Citation, p.Note);
    }
}
