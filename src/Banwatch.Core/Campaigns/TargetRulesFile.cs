using Banwatch.Core.Obligations;
using Banwatch.Core.Process;
using Banwatch.Core.Treaty;
using YamlDotNet.RepresentationModel;

namespace Banwatch.Core.Campaigns;

/// <summary>What a rules file may name, taken from the record, so a misspelt meeting or region is refused with its line.</summary>
public sealed record RuleVocabulary(
    IReadOnlyCollection<string> Events,
    IReadOnlyCollection<string> Declarations,
    IReadOnlyCollection<string> Regions,
    IReadOnlyCollection<string> SubRegions,
    IReadOnlyCollection<string> UnGroups,
    IReadOnlyCollection<string> States)
{
    public static RuleVocabulary Of(CampaignRecord record)
    {
        var states = record.Names.States;
        return new RuleVocabulary(
            [.. record.Events.Select(e => e.Id)],
            [.. record.Declarations.Select(d => d.Id)],
            [.. states.Select(s => s.Region).Distinct().Order()],
            [.. states.Select(s => s.SubRegion).OfType<string>().Distinct().Order()],
            [.. states.Select(s => s.UnRegionalGroup).OfType<string>().Distinct().Order()],
            [.. states.Select(s => s.Iso3.Value).Order()]);
    }
}

/// <summary>
/// Reads a target rules file (YAML; the language is described in data/README.md). Every problem is reported with
/// file, line, column and reason, and nothing is returned while any remains.
/// </summary>
public static class TargetRulesFile
{
    private static readonly string[] GroupKeys = ["name", "title", "action", "except", "when"];

    private static readonly string[] ConditionKeys =
        ["all", "any", "not", "status", "attended", "endorsed", "did_not_endorse", "stance", "category", "vote", "obligation", "region", "sub_region", "un_group", "state"];

    public static TargetRules Parse(string text, string file, RuleVocabulary vocabulary)
    {
        var yaml = new YamlFile(file);
        var groups = new List<TargetGroup>();
        if (yaml.Root(text) is { } root)
        {
            var top = yaml.Entries(root, ["groups"], "the rules file");
            if (!top.TryGetValue("groups", out var list) || list is not YamlSequenceNode { Children.Count: > 0 } seq)
            {
                yaml.Error(top.GetValueOrDefault("groups") ?? root, "'groups' must be a list of groups, each with name, title and when");
            }
            else
            {
                foreach (var node in seq.Children)
                {
                    if (Group(yaml, node, groups, vocabulary) is { } group)
                    {
                        groups.Add(group);
                    }
                }
            }
        }

        if (yaml.Errors.Count > 0)
        {
            throw new RulesFileException(yaml.Errors);
        }

        return new TargetRules(file, groups);
    }

    private static TargetGroup? Group(YamlFile yaml, YamlNode node, List<TargetGroup> earlier, RuleVocabulary vocabulary)
    {
        if (node is not YamlMappingNode map)
        {
            yaml.Error(node, "each group is a mapping with name, title and when");
            return null;
        }

        var errors = yaml.Errors.Count;
        var e = yaml.Entries(map, GroupKeys, "a group");
        var name = yaml.Required(map, e, "name", "group");
        var title = yaml.Required(map, e, "title", $"group '{name}'");
        if (name.Length > 0 && earlier.Any(g => string.Equals(g.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            yaml.Error(e["name"], $"group '{name}' is defined twice");
        }

        var except = e.TryGetValue("except", out var ex) ? yaml.Known(ex, [.. earlier.Select(g => g.Name)], $"group '{name}' except (a group defined above)") : [];
        Condition? when = null;
        if (!e.TryGetValue("when", out var w))
        {
            yaml.Error(map, $"group '{name}': 'when' is required");
        }
        else
        {
            when = Condition(yaml, w, vocabulary);
        }

        return yaml.Errors.Count > errors || when is null
            ? null
            : new TargetGroup(name, title, yaml.Text(e.GetValueOrDefault("action"), "action"), when, except, YamlFile.Line(map));
    }

    private static Condition? Condition(YamlFile yaml, YamlNode node, RuleVocabulary v)
    {
        if (node is not YamlMappingNode map || map.Children.Count == 0)
        {
            yaml.Error(node, $"expected a condition: a mapping with one of {string.Join(", ", ConditionKeys)}");
            return null;
        }

        var parts = new List<Condition>();
        foreach (var (key, value) in yaml.Entries(map, ConditionKeys, "a condition"))
        {
            if (Leaf(yaml, key, value, v) is { } c)
            {
                parts.Add(c);
            }
        }

        // Several keys in one mapping must all hold.
        return parts.Count switch
        {
            0 => null,
            1 => parts[0],
            _ => new AllOf(parts, YamlFile.Line(map)),
        };
    }

    private static Condition? Leaf(YamlFile yaml, string key, YamlNode value, RuleVocabulary v)
    {
        var line = YamlFile.Line(value);
        switch (key)
        {
            case "all" or "any":
                if (value is not YamlSequenceNode { Children.Count: > 0 } seq)
                {
                    yaml.Error(value, $"{key}: expected a list of conditions");
                    return null;
                }

                var parts = seq.Children.Select(c => Condition(yaml, c, v)).ToList();
                return parts.Any(p => p is null) ? null
                    : key == "all" ? new AllOf([.. parts.OfType<Condition>()], line) : new AnyOf([.. parts.OfType<Condition>()], line);
            case "not":
                return Condition(yaml, value, v) is { } inner ? new Negation(inner, line) : null;
            case "status":
                return new StatusIs(yaml.Enums<TreatyStatus>(value, "status"), line);
            case "attended":
                return Attended(yaml, value, v, line);
            case "endorsed" or "did_not_endorse":
                var any = value is YamlScalarNode { Value: "any" };
                return new Endorsed(any ? [] : yaml.Known(value, v.Declarations, $"{key} (a declaration id or any)"), key == "did_not_endorse", line);
            case "stance":
                return Stance(yaml, value, line);
            case "category":
                return new CategoryIs(yaml.Enums<Category>(value, "category"), line);
            case "vote":
                return VoteOf(yaml, value, line);
            case "obligation":
                return Obligation(yaml, value, line);
            case "region":
                return new InPlace(Geography.Region, yaml.Known(value, v.Regions, "region"), line);
            case "sub_region":
                return new InPlace(Geography.SubRegion, yaml.Known(value, v.SubRegions, "sub_region"), line);
            case "un_group":
                return new InPlace(Geography.UnGroup, yaml.Known(value, v.UnGroups, "un_group"), line);
            default:
                return new InPlace(Geography.State, yaml.Known(value, v.States, "state (an ISO3 code)"), line);
        }
    }

    /// <summary>attended: N (any meeting) | an event id | {at_least, at_most, events, kind}.</summary>
    private static Attended? Attended(YamlFile yaml, YamlNode value, RuleVocabulary v, int line)
    {
        if (value is YamlScalarNode s)
        {
            return int.TryParse(s.Value, out var n) ? new Attended([], [], n, null, line) : new Attended(yaml.Known(s, v.Events, "attended (an event id)"), [], 1, null, line);
        }

        if (value is not YamlMappingNode map)
        {
            yaml.Error(value, "attended: expected a number, an event id or a mapping with at_least, at_most, events, kind");
            return null;
        }

        var e = yaml.Entries(map, ["at_least", "at_most", "events", "kind"], "attended");
        var atLeast = e.TryGetValue("at_least", out var l) ? yaml.Int(l, "attended at_least") ?? 0 : e.ContainsKey("at_most") ? 0 : 1;
        int? atMost = e.TryGetValue("at_most", out var m) ? yaml.Int(m, "attended at_most") : null;
        if (atMost is { } most && most < atLeast)
        {
            yaml.Error(m!, $"attended: at_most {most} is less than at_least {atLeast}");
        }

        return new Attended(
            e.TryGetValue("events", out var ev) ? yaml.Known(ev, v.Events, "attended events (event ids)") : [],
            e.TryGetValue("kind", out var k) ? yaml.Enums<EventKind>(k, "attended kind") : [],
            atLeast,
            atMost,
            line);
    }

    /// <summary>stance: weaken | [weaken, oppose] | {is, issue}.</summary>
    private static StanceIs Stance(YamlFile yaml, YamlNode value, int line)
    {
        if (value is not YamlMappingNode map)
        {
            return new StanceIs(yaml.Enums<PositionStance>(value, "stance"), [], line);
        }

        var e = yaml.Entries(map, ["is", "issue"], "stance");
        return new StanceIs(
            e.TryGetValue("is", out var s) ? yaml.Enums<PositionStance>(s, "stance is") : [.. Enum.GetValues<PositionStance>()],
            e.TryGetValue("issue", out var i) && i is not YamlScalarNode { Value: "any" } ? yaml.Enums<TreatyIssue>(i, "stance issue") : [],
            line);
    }

    /// <summary>vote: yes | [yes, abstain] | {is, year, ever}.</summary>
    private static VoteIs VoteOf(YamlFile yaml, YamlNode value, int line)
    {
        if (value is not YamlMappingNode map)
        {
            return new VoteIs(yaml.Enums<Vote>(value, "vote"), null, false, line);
        }

        var e = yaml.Entries(map, ["is", "year", "ever"], "vote");
        if (!e.TryGetValue("is", out var s))
        {
            yaml.Error(map, "vote: 'is' is required (yes, no, abstain, absent)");
        }

        return new VoteIs(
            s is null ? [] : yaml.Enums<Vote>(s, "vote is"),
            e.TryGetValue("year", out var y) ? yaml.Int(y, "vote year") : null,
            e.TryGetValue("ever", out var ever) && yaml.Bool(ever, "vote ever"),
            line);
    }

    /// <summary>obligation: overdue | {status, kind}.</summary>
    private static ObligationIs Obligation(YamlFile yaml, YamlNode value, int line)
    {
        if (value is not YamlMappingNode map)
        {
            return new ObligationIs(yaml.Enums<ObligationStatus>(value, "obligation"), [], line);
        }

        var e = yaml.Entries(map, ["status", "kind"], "obligation");
        return new ObligationIs(
            e.TryGetValue("status", out var s) ? yaml.Enums<ObligationStatus>(s, "obligation status") : [.. Enum.GetValues<ObligationStatus>()],
            e.TryGetValue("kind", out var k) ? yaml.Enums<ObligationKind>(k, "obligation kind") : [],
            line);
    }
}
