using Banwatch.Core.States;
using Banwatch.Core.Treaty;

namespace Banwatch.Core.Campaigns;

/// <summary>
/// A target group: the states for which <paramref name="When"/> holds on the rule's date, leaving out those already in
/// the groups named in <paramref name="Except"/> (which must come earlier in the file).
/// </summary>
public sealed record TargetGroup(string Name, string Title, string? Action, Condition When, IReadOnlyList<string> Except, int Line);

/// <summary>A rules file, parsed and checked: the groups in the order written.</summary>
public sealed record TargetRules(string File, IReadOnlyList<TargetGroup> Groups)
{
    /// <summary>Evaluates every group on the day: each state with the reasons it is there.</summary>
    public TargetLists Evaluate(CampaignRecord record, DateOnly asOf)
    {
        var facts = record.On(asOf);
        var placed = new Dictionary<string, HashSet<Iso3>>(StringComparer.Ordinal);
        var groups = new List<TargetList>();
        foreach (var group in Groups)
        {
            var states = new List<TargetState>();
            foreach (var f in facts)
            {
                if (group.Except.FirstOrDefault(e => placed[e].Contains(f.State.Iso3)) is not null)
                {
                    continue;
                }

                var match = group.When.Evaluate(f);
                if (match.Holds)
                {
                    states.Add(new TargetState(f.State.Iso3.Value, f.State.Name, f.Status.Status, match.Reasons));
                }
            }

            placed[group.Name] = [.. states.Select(s => Iso3.Parse(s.Iso3))];
            groups.Add(new TargetList(group.Name, group.Title, group.Action, group.When.Describe(), group.Except, states));
        }

        return new TargetLists(asOf, File, groups);
    }
}

/// <summary>The target lists on a day, from one rules file.</summary>
public sealed record TargetLists(DateOnly AsOf, string Rules, IReadOnlyList<TargetList> Groups)
{
    public TargetList? Group(string name) => Groups.FirstOrDefault(g => string.Equals(g.Name, name, StringComparison.OrdinalIgnoreCase));
}

/// <param name="Condition">The group's condition as a person reads it.</param>
/// <param name="Except">Groups whose states were left out of this one.</param>
public sealed record TargetList(string Name, string Title, string? Action, string Condition, IReadOnlyList<string> Except, IReadOnlyList<TargetState> States);

/// <summary>A state in a group, with every reason: the condition that matched, on which facts, with their sources.</summary>
public sealed record TargetState(string Iso3, string Name, TreatyStatus Status, IReadOnlyList<Reason> Reasons);
