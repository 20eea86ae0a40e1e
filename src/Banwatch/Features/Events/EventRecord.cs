using Banwatch.Core.Failures;
using Banwatch.Core.Process;
using Banwatch.Data;
using Banwatch.Features.Search;

namespace Banwatch.Features.Events;

/// <summary>
/// One meeting or milestone: its figures side by side with their sources, the declarations adopted there, what is
/// known of each state's part, and the stored documents that name its place. The record behind /events/{id} and
/// /api/events/{id}.
/// </summary>
/// <param name="Documents">Stored documents that name the event's city (or, without one, its name), best matches first.</param>
public sealed record EventRecord(EventRow Event, IReadOnlyList<EventParticipant> Participants, string? DocumentsQuery, IReadOnlyList<DocumentHit> Documents)
{
    public const int DocumentLimit = 10;

    /// <summary>The event, or null when no event has this id.</summary>
    public static async Task<EventRecord?> LoadAsync(BanwatchDb db, Catalog catalog, string id, CancellationToken ct = default)
    {
        if ((await EventsReport.LoadAsync(db, ct)).Events.FirstOrDefault(e => e.Id == id) is not { } row)
        {
            return null;
        }

        var declarations = (await db.DeclarationsAsync(ct)).ToDictionary(d => d.Id, d => d.Name, StringComparer.Ordinal);
        var participants = (await db.ParticipationInAsync(id, ct))
            .Select(p => new EventParticipant(
                p.Iso3.Value,
                catalog.Names[p.Iso3].Name,
                p.Relation,
                p.Subject == id ? null : declarations.GetValueOrDefault(p.Subject, p.Subject),
                p.Source.Citation,
                p.Note))
            .ToList();
        var query = row.City ?? row.Name;
        var hits = await db.SearchAsync($"\"{query}\"", DocumentLimit, ct: ct);
        return new EventRecord(row, participants, query, [.. hits.Select(DocumentHit.From)]);
    }

    /// <summary>The one-line refusal for an id that names no event.</summary>
    public static BanwatchException Missing(string id) => new(FailureKind.NotFound, $"no event '{id}' (see /events or `banwatch events`)");
}

/// <param name="Declaration">The declaration this is about, when it is one adopted at the event rather than the event itself.</param>
public sealed record EventParticipant(string Iso3, string Name, ParticipationRelation Relation, string? Declaration, string Source, string? Note);
