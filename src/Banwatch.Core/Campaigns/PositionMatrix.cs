using Banwatch.Core.States;

namespace Banwatch.Core.Campaigns;

/// <summary>
/// The latest stance of each state on each issue as of a date. A cell holds every position of the latest effective
/// date (sources that agree, or conflict, are kept side by side); older positions remain in the history.
/// </summary>
public sealed class PositionMatrix
{
    private readonly Dictionary<(Iso3, TreatyIssue), PositionCell> _cells;

    public PositionMatrix(IEnumerable<Position> positions, DateOnly? asOf)
    {
        _cells = positions
            .Where(p => asOf is not { } d || p.Effective <= d)
            .GroupBy(p => (p.Iso3, p.Issue))
            .ToDictionary(
                g => g.Key,
                g =>
                {
                    var latest = g.Max(p => p.Effective);
                    return new PositionCell(g.Key.Iso3, g.Key.Issue, latest, [.. g.Where(p => p.Effective == latest).OrderBy(p => p.Evidence.Kind).ThenBy(p => p.Evidence.Id)]);
                });
    }

    public IEnumerable<PositionCell> Cells => _cells.Values;

    public PositionCell? Cell(Iso3 iso3, TreatyIssue issue) => _cells.GetValueOrDefault((iso3, issue));

    public IEnumerable<PositionCell> Of(Iso3 iso3) => _cells.Values.Where(c => c.Iso3 == iso3).OrderBy(c => c.Issue);
}

/// <param name="Date">The effective date of the latest positions.</param>
/// <param name="Latest">Every position of that date, documents first.</param>
public sealed record PositionCell(Iso3 Iso3, TreatyIssue Issue, DateOnly Date, IReadOnlyList<Position> Latest)
{
    public IReadOnlyList<PositionStance> Stances => [.. Latest.Select(p => p.Stance).Distinct().Order()];

    /// <summary>Sources of the same date disagree.</summary>
    public bool Conflicting => Stances.Count > 1;
}
