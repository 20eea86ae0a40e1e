using YamlDotNet.RepresentationModel;

namespace Banwatch.Core.Campaigns;

/// <summary>A short brief on one treaty issue: what states claim, and the counter-arguments campaigners give.</summary>
public sealed record IssueBrief(TreatyIssue Issue, string Title, string Claim, IReadOnlyList<string> CounterArguments);

/// <summary>The editable issue briefs file (YAML, in the data folder), checked with line and column like the rules file.</summary>
public static class IssueBriefs
{
    public static IReadOnlyDictionary<TreatyIssue, IssueBrief> Parse(string text, string file)
    {
        var yaml = new YamlFile(file);
        var briefs = new Dictionary<TreatyIssue, IssueBrief>();
        if (yaml.Root(text) is { } root)
        {
            var top = yaml.Entries(root, ["briefs"], "the briefs file");
            if (top.GetValueOrDefault("briefs") is not YamlSequenceNode seq)
            {
                yaml.Error(top.GetValueOrDefault("briefs") ?? root, "'briefs' must be a list, one entry per issue");
                throw new RulesFileException(yaml.Errors);
            }

            foreach (var node in seq.Children)
            {
                if (node is not YamlMappingNode map)
                {
                    yaml.Error(node, "each brief is a mapping with issue, title, claim and counter_arguments");
                    continue;
                }

                var e = yaml.Entries(map, ["issue", "title", "claim", "counter_arguments"], "a brief");
                var issues = e.TryGetValue("issue", out var i) ? yaml.Enums<TreatyIssue>(i, "issue") : [];
                var title = yaml.Required(map, e, "title", "brief");
                var claim = yaml.Required(map, e, "claim", "brief");
                var counters = e.TryGetValue("counter_arguments", out var c) ? yaml.Scalars(c, "counter_arguments").Select(s => s.Value ?? "").Where(s => s.Length > 0).ToList() : [];
                if (counters.Count == 0)
                {
                    yaml.Error(map, $"brief '{title}': counter_arguments must list at least one argument");
                }

                if (issues is [var issue] && counters.Count > 0 && !briefs.TryAdd(issue, new IssueBrief(issue, title, claim, counters)))
                {
                    yaml.Error(i!, $"a second brief for {WireName.Of(issue)}");
                }
                else if (!e.ContainsKey("issue"))
                {
                    yaml.Error(map, "brief: 'issue' is required");
                }
            }
        }

        return yaml.Errors.Count > 0 ? throw new RulesFileException(yaml.Errors) : briefs;
    }
}
