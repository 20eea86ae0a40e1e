using System.Text.RegularExpressions;
using Banwatch.Core.Intake.FactRules;

namespace Banwatch.Core.Tests.Intake.FactRules;

public class CueAnchorsTests
{
    [Theory]
    [InlineData(@"\G(?: signed \b )", "signed")]
    [InlineData(@"\G(?: co-?chair (?:ed|s)? \b )", "co-chair cochair")]
    [InlineData(@"\G(?: host (?:ed|s|ing)? \b | chair )", "chair host")]
    [InlineData(@"\G(?: (?:will|would|intends?\s+to) \s+ ratify )", "intend will would")]
    [InlineData(@"\G(?: (?:the\s+)? Convention )", "convention the")]
    [InlineData(@"\G(?: (?<= \b in \s+ ) favou?r \s+ of )", "favor favour")]
    [InlineData(@"\G(?: ratifie[ds] | accede[ds] )", "accede ratifie")]
    [InlineData(@"\G(?: US\$ \s? [\d,.]+ )", "us$")]
    [InlineData("\\G(?:\n  signed   # a comment with | bars and (parentheses\n | endorsed \\b # another\n)", "endorsed signed")]
    [InlineData(@"\G(?: destroyed (?! \s+ its ) \s+ \d+ )", "destroyed")]
    public void Anchors_are_the_literal_words_each_reading_starts_with(string pattern, string expected) =>
        Assert.Equal(expected, string.Join(' ', CueAnchors.Of(pattern).Order(StringComparer.Ordinal)));

    [Theory]
    [InlineData(@"\G(?: signed | (?:a|is) \s+ party )")]
    [InlineData(@"\G(?: \s+ signed )")]
    [InlineData(@"\G(?: [A-Z]\w+ \s+ signed )")]
    [InlineData(@"\G(?: (?:the\s+)* Convention )")]
    public void A_reading_without_a_literal_word_at_its_start_is_refused(string pattern) =>
        Assert.Throws<ArgumentException>(() => CueAnchors.Of(pattern));

    [Theory]
    [InlineData(@"\G(?: (?<! cleared [^.]{0,100} ) destroyed \s+ \d+ | is \s+ being \s+ destroyed | island \s+ stocks )",
        "destroyed=\\G(?:(?<!cleared[^.]{0,100})destroyed\\s+\\d+) is=\\G(?:is\\s+being\\s+destroyed|island\\s+stocks)")]
    [InlineData(@"\G(?<= \b in \s+ )(?: favou?r | support )", "favor=\\G(?<=\\bin\\s+)(?:favou?r) favour=\\G(?<=\\bin\\s+)(?:favou?r) support=\\G(?<=\\bin\\s+)(?:support)")]
    [InlineData(@"\G signed | ratified", "ratified=\\Gsigned|ratified signed=\\Gsigned|ratified")]
    public void Each_anchor_tries_only_the_alternatives_that_can_start_where_it_does(string pattern, string expected) =>
        Assert.Equal(expected, string.Join(' ', CueAnchors.ByAnchor(pattern).OrderBy(b => b.Anchor, StringComparer.Ordinal).Select(b => $"{b.Anchor}={b.Pattern}")));

    /// <summary>
    /// The parts are exact only if no alternative left out of an anchor's part could match where the anchor is: checked
    /// with every rule's whole pattern at every place one of its anchors starts a word in the spec examples.
    /// </summary>
    [Fact]
    public void Where_an_anchor_starts_a_word_its_part_matches_what_the_whole_cue_matches()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Intake", "Specs", "facts.md"));
        var tried = 0;
        foreach (var rule in Rules.All)
        {
            var whole = new Regex(rule.Pattern, FactRule.Options);
            foreach (var line in lines)
            {
                for (var at = 0; at < line.Length; at++)
                {
                    if (at > 0 && char.IsLetterOrDigit(line[at - 1]))
                    {
                        continue;
                    }

                    var anchor = rule.Anchors.ToList().FindIndex(a => line.AsSpan(at).StartsWith(a, StringComparison.OrdinalIgnoreCase));
                    if (anchor >= 0)
                    {
                        var expected = whole.Match(line, at) is { Success: true } m && m.Index == at ? m.Length : 0;
                        Assert.True(expected == rule.MatchAt(line, at, anchor), $"{rule.Kind} at {at} of: {line}");
                        tried++;
                    }
                }
            }
        }

        Assert.True(tried > 10_000, $"only {tried} places tried");
    }

    [Fact]
    public void Every_rule_has_anchors_and_no_anchor_is_a_prefix_of_another_in_the_same_rule()
    {
        Assert.Equal(Enum.GetValues<Core.Intake.FactKind>().Length, Rules.All.Select(r => r.Kind).Distinct().Count());
        foreach (var rule in Rules.All)
        {
            Assert.NotEmpty(rule.Anchors);
            Assert.All(rule.Anchors, a => Assert.DoesNotContain(rule.Anchors, b => b != a && a.StartsWith(b, StringComparison.Ordinal)));
        }
    }
}
