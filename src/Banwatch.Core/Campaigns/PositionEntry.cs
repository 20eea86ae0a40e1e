using Banwatch.Core.Provenance;
using Banwatch.Core.States;

namespace Banwatch.Core.Campaigns;

/// <summary>A stance a person entered, with its date and source URL.</summary>
public sealed record PositionEntry(long Id, Iso3 Iso3, TreatyIssue Issue, PositionStance Stance, DateOnly Said, Source Source, string? Note, DateOnly Added);
