using Banwatch.Core.Provenance;
using Banwatch.Core.States;

namespace Banwatch.Core.Process;

/// <summary>A meeting or milestone of the Oslo Process and the Convention's life. Dates are inclusive.</summary>
public sealed record TreatyEvent(
    string Id,
    string Name,
    EventKind Kind,
    DateOnly? Start,
    DateOnly? End,
    string? City,
    Iso3? Country,
    string? Outcome,
    Source Source);

public enum EventKind
{
    Precursor,
    OsloProcessConference,
    RegionalMeeting,
    DiplomaticConference,
    SigningConference,
    Milestone,
    MeetingOfStatesParties,
    ReviewConference,
}

/// <summary>
/// A count reported for an event. Sources disagree (Wellington: 122 or 103 states attending), so each
/// figure is kept with its own source rather than reconciled.
/// </summary>
public sealed record EventFigure(string EventId, FigureKind Figure, int Value, Qualifier Qualifier, Source Source, string? Note);

public enum FigureKind
{
    StatesAttending,
    StatesEndorsing,
    StatesAdopting,
    StatesSigning,
    InstrumentsDeposited,
    StatesParties,
    Signatories,
    ObserverStates,
    StatesJoinedProcess,
    StatesSupportingBan,
    NgosAttending,
    Delegates,
    InternationalOrganizations,
}

/// <summary>How the source states the number: "49", "almost 50", "more than 100".</summary>
public enum Qualifier
{
    Exact,
    Approximately,
    MoreThan,
    AtMost,
}

/// <summary>A political declaration adopted at an event (Oslo, Wellington, Vientiane ...).</summary>
public sealed record Declaration(string Id, string Name, string? EventId, DateOnly? AdoptedOn, Source Source);

/// <summary>What is known of one state and one event or declaration, with its source.</summary>
public sealed record Participation(Iso3 Iso3, string Subject, ParticipationRelation Relation, Source Source, string? Note);

public enum ParticipationRelation
{
    Attended,
    DidNotAttend,
    Endorsed,
    DidNotEndorse,
    JoinedProcess,
    Hosted,
    Presided,
    AnnouncedMoratorium,
}
