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
    IReadOnlyList<ObligationRow> Obligations)
{
    public static async Task<StateProfile> LoadAsync(BanwatchDb db, Catalog catalog, State state, DateOnly asOf, CancellationToken ct = default)
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
            ObligationsReport.For(catalog, new ObligationQuery(asOf, state.Iso3)).Obligations);
    }
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
