using Banwatch.Core.Provenance;
using Banwatch.Core.States;

namespace Banwatch.Core.Campaigns;

/// <summary>How a state voted on the annual UN General Assembly resolution on the Convention's implementation. Absent is not a vote against.</summary>
public enum Vote
{
    Yes,
    No,
    Abstain,
    Absent,
}

/// <summary>
/// One year's resolution: its symbol where known, the plenary date and totals, with the source. Years with
/// totals but no per-state list found have no symbol or date.
/// </summary>
public sealed record UngaResolution(string? Symbol, int Year, DateOnly? AdoptedOn, int? Yes, int? No, int? Abstain, Source Source, string? Note);

public sealed record UngaVote(string Resolution, Iso3 Iso3, Vote Vote, Source Source);

/// <summary>A state's vote on one resolution, with the resolution's year and date.</summary>
public sealed record CastVote(string Resolution, int Year, DateOnly AdoptedOn, Vote Vote, string Source);

/// <summary>Per-state votes by resolution; a vote counts on a day on or after its plenary date.</summary>
public sealed class VotingRecord
{
    private readonly ILookup<Iso3, CastVote> _votes;

    public VotingRecord(IReadOnlyList<UngaResolution> resolutions, IEnumerable<UngaVote> votes)
    {
        Resolutions = resolutions;
        var bySymbol = resolutions.Where(r => r.Symbol is not null && r.AdoptedOn is not null).ToDictionary(r => r.Symbol!, StringComparer.Ordinal);
        _votes = votes
            .Where(v => bySymbol.ContainsKey(v.Resolution))
            .Select(v => (v.Iso3, Cast: new CastVote(v.Resolution, bySymbol[v.Resolution].Year, bySymbol[v.Resolution].AdoptedOn!.Value, v.Vote, v.Source.Citation)))
            .ToLookup(x => x.Iso3, x => x.Cast);
    }

    public IReadOnlyList<UngaResolution> Resolutions { get; }

    /// <summary>The state's votes adopted on or before the day, oldest first.</summary>
    public IReadOnlyList<CastVote> Of(Iso3 iso3, DateOnly asOf) =>
        [.. _votes[iso3].Where(v => v.AdoptedOn <= asOf).OrderBy(v => v.AdoptedOn)];
}
