using Banwatch.Core.Campaigns;
using Banwatch.Core.Failures;
using Banwatch.Core.Process;
using Banwatch.Data;

namespace Banwatch.Features.Campaigns;

/// <summary>
/// Who endorsed or refused each declaration, from the shipped participation and endorser lists merged: one row per
/// declaration and state, every source kept; where sources disagree both sides are shown and the row is a conflict.
/// </summary>
public sealed record DeclarationsReport(IReadOnlyList<DeclarationRow> Declarations, IReadOnlyList<EndorsementRow> Rows)
{
    public static async Task<DeclarationsReport> LoadAsync(BanwatchDb db, Catalog catalog, string? declaration, string? state, CancellationToken ct = default)
    {
        var declarations = await db.DeclarationsAsync(ct);
        if (declaration is not null && !declarations.Any(d => d.Id == declaration))
        {
            throw new BanwatchException(FailureKind.Invalid, $"{new Field("declaration")}: unknown declaration '{declaration}' (known: {string.Join(", ", declarations.Select(d => d.Id))})");
        }

        var only = state is null ? (Core.States.Iso3?)null : catalog.Resolve(state).Iso3;
        var events = (await db.EventsAsync(ct)).ToDictionary(e => e.Id, StringComparer.Ordinal);
        var byId = declarations.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var facts = (await db.ParticipationAsync(ct))
            .Where(p => p.Relation is ParticipationRelation.Endorsed or ParticipationRelation.DidNotEndorse)
            .Where(p => (declaration is null || p.Subject == declaration) && (only is null || p.Iso3 == only))
            .ToList();
        var order = declarations.Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var rows = facts
            .GroupBy(p => (p.Subject, p.Iso3))
            .Select(g => EndorsementRow.From(catalog, g.Key.Subject, g.Key.Iso3, [.. g.Select(p => ProcessFact.From(p, events, byId))]))
            .OrderBy(r => order.GetValueOrDefault(r.Declaration, int.MaxValue)).ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
        return new DeclarationsReport(
            [.. declarations.Where(d => declaration is null || d.Id == declaration).Select(d => new DeclarationRow(
                d.Id, d.Name, d.AdoptedOn, d.Source.Citation, rows.Count(r => r.Declaration == d.Id && r.Endorsed), rows.Count(r => r.Declaration == d.Id && r.Refused)))],
            rows);
    }
}

/// <param name="Endorsers">States named as endorsing (a partial count: the full lists were not found for every declaration).</param>
public sealed record DeclarationRow(string Id, string Name, DateOnly? AdoptedOn, string Source, int Endorsers, int Refusers);

/// <summary>
/// A state and a declaration. <paramref name="Conflict"/>: one source says it endorsed, another that it did not.
/// <paramref name="Inferred"/>: every source behind the row implies rather than states it.
/// </summary>
public sealed record EndorsementRow(
    string Declaration, string DeclarationName, string Iso3, string Name, bool Endorsed, bool Refused, bool Conflict, bool Inferred,
    IReadOnlyList<string> EndorsedSources, IReadOnlyList<string> RefusedSources, IReadOnlyList<string> Notes)
{
    public static EndorsementRow From(Catalog catalog, string declaration, Core.States.Iso3 iso3, IReadOnlyList<ProcessFact> facts)
    {
        var yes = facts.Where(p => p.Relation == ParticipationRelation.Endorsed).ToList();
        var no = facts.Where(p => p.Relation == ParticipationRelation.DidNotEndorse).ToList();
        return new EndorsementRow(
            declaration, facts[0].SubjectName, iso3.Value, catalog.Names[iso3].Name, yes.Count > 0, no.Count > 0, yes.Count > 0 && no.Count > 0,
            facts.All(p => p.Inferred), [.. yes.Select(p => p.Source)], [.. no.Select(p => p.Source)],
            [.. facts.Select(p => p.Note).OfType<string>().Distinct()]);
    }
}
