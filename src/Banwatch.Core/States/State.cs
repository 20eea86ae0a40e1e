using Banwatch.Core.Provenance;

namespace Banwatch.Core.States;

/// <summary>A state Banwatch tracks: the 193 UN members, the two observer states, Cook Islands and Niue.</summary>
public sealed record State(
    Iso3 Iso3,
    string Iso2,
    string M49,
    string Name,
    string FormalName,
    UnStatus UnStatus,
    string? UnRegionalGroup,
    string Region,
    string? SubRegion,
    Source Source);

public enum UnStatus
{
    Member,
    Observer,
    NonMember,
}

/// <summary>How an alias names a state. Abbreviations are matched case-sensitively ("US" is not "us").</summary>
public enum AliasKind
{
    Name,
    Formal,
    Alias,
    Abbreviation,
    Former,
    Demonym,
}

public sealed record StateAlias(Iso3 Iso3, string Alias, AliasKind Kind, Source Source);
