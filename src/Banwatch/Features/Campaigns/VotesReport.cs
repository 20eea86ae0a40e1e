using Banwatch.Core.Campaigns;
using Banwatch.Core.Failures;
using Banwatch.Data;

namespace Banwatch.Features.Campaigns;

/// <summary>The annual UN General Assembly resolution on the Convention: each year's totals, and per-state votes where a list was found.</summary>
public sealed record VotesReport(IReadOnlyList<ResolutionRow> Resolutions, IReadOnlyList<StateVoteRow> Votes)
{
    public static async Task<VotesReport> LoadAsync(BanwatchDb db, Catalog catalog, string? state, int? year, CancellationToken ct = default)
    {
        var only = state is null ? (Core.States.Iso3?)null : catalog.Resolve(state).Iso3;
        var resolutions = await db.UngaResolutionsAsync(ct);
        if (year is { } y && !resolutions.Any(r => r.Year == y))
        {
            throw new BanwatchException(FailureKind.Invalid, $"{new Field("year")}: no resolution recorded for {y} (years: {string.Join(", ", resolutions.Select(r => r.Year))})");
        }

        var bySymbol = resolutions.Where(r => r.Symbol is not null).ToDictionary(r => r.Symbol!, StringComparer.Ordinal);
        var votes = (await db.UngaVotesAsync(ct))
            .Where(v => (only is null || v.Iso3 == only) && (year is null || bySymbol[v.Resolution].Year == year))
            .Select(v => new StateVoteRow(v.Iso3.Value, catalog.Names[v.Iso3].Name, bySymbol[v.Resolution].Year, v.Resolution, v.Vote, v.Source.Citation))
            .OrderBy(v => v.Year).ThenBy(v => v.Name, StringComparer.Ordinal)
            .ToList();
        return new VotesReport(
            [.. resolutions.Where(r => year is null || r.Year == year).Select(r => new ResolutionRow(r.Year, r.Symbol, r.AdoptedOn, r.Yes, r.No, r.Abstain, r.Source.Citation, r.Note))],
            votes);
    }
}

public sealed record ResolutionRow(int Year, string? Resolution, DateOnly? AdoptedOn, int? Yes, int? No, int? Abstain, string Source, string? Note);

public sealed record StateVoteRow(string Iso3, string Name, int Year, string Resolution, Vote Vote, string Source);
