using Banwatch.Core.Obligations;
using Banwatch.Core.Process;
using Banwatch.Core.States;
using Banwatch.Core.Treaty;

namespace Banwatch.Core.Campaigns;

/// <summary>Everything target rules read about one state on one day; each item carries its source.</summary>
public sealed record StateFacts(
    State State,
    DateOnly AsOf,
    StateStatus Status,
    string? StatusSource,
    IReadOnlyList<ProcessFact> Process,
    IReadOnlyList<PositionCell> Positions,
    IReadOnlyList<CategoryStanding> Categories,
    IReadOnlyList<CastVote> Votes,
    IReadOnlyList<Obligation> Obligations);

/// <summary>
/// A state and a meeting or declaration of the process, dated by the meeting's first day or the declaration's adoption.
/// <paramref name="Inferred"/>: the source implies it rather than states it.
/// </summary>
public sealed record ProcessFact(
    string Subject,
    string SubjectName,
    EventKind? EventKind,
    DateOnly? Date,
    ParticipationRelation Relation,
    string Source,
    string? Note)
{
    public bool Inferred => Note?.StartsWith("inferred", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>Hosting or presiding a meeting is attending it.</summary>
    public bool IsAttendance => Relation is ParticipationRelation.Attended or ParticipationRelation.Hosted or ParticipationRelation.Presided;

    /// <summary>The participation row with its subject's name, kind and date (a declaration's adoption, else its meeting's last day).</summary>
    public static ProcessFact From(Participation p, IReadOnlyDictionary<string, TreatyEvent> events, IReadOnlyDictionary<string, Declaration> declarations)
    {
        if (declarations.TryGetValue(p.Subject, out var d))
        {
            var at = d.EventId is { } id && events.TryGetValue(id, out var de) ? de : null;
            return new ProcessFact(p.Subject, d.Name, null, d.AdoptedOn ?? at?.End ?? at?.Start, p.Relation, p.Source.Citation, p.Note);
        }

        var e = events[p.Subject];
        return new ProcessFact(p.Subject, e.Name, e.Kind, e.Start, p.Relation, p.Source.Citation, p.Note);
    }
}

/// <summary>
/// The record target rules are evaluated on: builds each state's <see cref="StateFacts"/> as of a day, seeing only
/// what had happened (or been listed, or said) by then.
/// </summary>
public sealed class CampaignRecord(
    StateNames names,
    StatusTimeline timeline,
    Func<Iso3, string?> statusSource,
    IReadOnlyList<TreatyEvent> events,
    IReadOnlyList<Declaration> declarations,
    IEnumerable<Participation> participation,
    IEnumerable<Position> positions,
    CategoryLedger categories,
    VotingRecord votes,
    ObligationLedger obligations)
{
    private readonly ILookup<Iso3, Participation> _participation = participation.ToLookup(p => p.Iso3);
    private readonly IReadOnlyList<Position> _positions = [.. positions];
    private readonly Dictionary<string, TreatyEvent> _events = events.ToDictionary(e => e.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, Declaration> _declarations = declarations.ToDictionary(d => d.Id, StringComparer.Ordinal);

    public StateNames Names => names;

    public IReadOnlyList<TreatyEvent> Events => events;

    public IReadOnlyList<Declaration> Declarations => declarations;

    /// <summary>Every state's facts on the day, in ISO3 order.</summary>
    public IReadOnlyList<StateFacts> On(DateOnly asOf)
    {
        var matrix = new PositionMatrix(_positions, asOf);
        var owed = obligations.On(asOf).ToLookup(o => o.Iso3);
        return [.. names.States.OrderBy(s => s.Iso3.Value, StringComparer.Ordinal).Select(s => Facts(s, asOf, matrix, owed[s.Iso3]))];
    }

    public StateFacts For(Iso3 iso3, DateOnly asOf) =>
        Facts(names[iso3], asOf, new PositionMatrix(_positions.Where(p => p.Iso3 == iso3), asOf), obligations.On(asOf, iso3));

    private StateFacts Facts(State state, DateOnly asOf, PositionMatrix matrix, IEnumerable<Obligation> owed) => new(
        state,
        asOf,
        timeline.StatusOf(state.Iso3, asOf),
        statusSource(state.Iso3),
        [.. _participation[state.Iso3].Select(p => ProcessFact.From(p, _events, _declarations)).Where(p => p.Date is { } d && d <= asOf)],
        [.. matrix.Of(state.Iso3)],
        categories.On(state.Iso3, asOf),
        votes.Of(state.Iso3, asOf),
        [.. owed]);
}
