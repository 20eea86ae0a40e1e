using Banwatch.Core.Campaigns;
using Banwatch.Core.Treaty;

namespace Banwatch.Features.Campaigns;

/// <summary>The target lists as CSV rows: one per state and reason, with the reason's sources.</summary>
public sealed record TargetRows(string Group, string Iso3, string Name, TreatyStatus Status, string Condition, string Facts, IReadOnlyList<string> Sources)
{
    public static IEnumerable<TargetRows> Of(TargetLists lists) =>
        lists.Groups.SelectMany(g => g.States.SelectMany(s => s.Reasons.Select(r => new TargetRows(g.Name, s.Iso3, s.Name, s.Status, r.Condition, r.Facts, r.Sources))));
}
