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

    [Theory]
    [InlineData(@"\G(?: (?:the|their) \s+ (?:last|final) \s+ \w+ )", "the", "the_final_ the_last_ their_final_ their_last_")]
    [InlineData(@"\G(?: in \s+ the \s+ (?:middle|midst) \s+ of \b | in \s+ favou?r )", "in", "in_favor in_favour in_the_middle_of in_the_midst_of")]
    [InlineData(@"\G(?: for \s+ (?:the|its)? \s* (?:[\w-]+\s+){0,4}? support )", "for", "for_")]
    [InlineData(@"\G(?: clearance \s* (?:work|operations)? \s+ is )", "clearance", "clearance_is clearance_operations_is clearance_work_is clearanceoperations_is clearancework_is")]
    [InlineData(@"\G(?: (?<! \b not \s+ ) signed \s+ (?= the \b ) the \s+ treaty )", "signed", "signed_the_treaty")]
    [InlineData(@"\G(?: (?:last|the \s+ last) \s+ stocks )", "the", "the_last_stocks")]
    public void The_starts_of_a_cue_are_read_across_its_white_space_to_the_next_words(string pattern, string anchor, string expected) =>
        Assert.Equal(expected, string.Join(' ', CueAnchors.Cues(pattern).Single(c => c.Anchor == anchor).Starts.Select(s => s.Replace(CueAnchors.Gap, '_')).Order(StringComparer.Ordinal)));

    [Theory]
    [InlineData("the last", "the\0last", true)]
    [InlineData("The  Last one", "the\0last", true)]
    [InlineData("the\nlast", "the\0last", true)]
    [InlineData("the\u00a0\tlast", "the\0last", true)]
    [InlineData("thelast", "the\0last", false)]
    [InlineData("the lost", "the\0last", false)]
    [InlineData("the", "the\0", false)]
    [InlineData("the ", "the\0", true)]
    public void A_gap_in_a_start_is_one_or_more_white_space_characters_and_letters_match_in_either_case(string text, string start, bool expected) =>
        Assert.Equal(expected, CueAnchors.StartsAt(Regex.Unescape(text), 0, Regex.Unescape(start)));

    /// <summary>
    /// The parts are exact only if no alternative left out of an anchor's part could match where the anchor is, and
    /// the starts only if no match starts otherwise: checked with every rule's whole pattern at every place one of its
    /// anchors starts a word in the spec examples, with their spaces as written and as other white space.
    /// </summary>
    [Theory]
    [InlineData(" ")]
    [InlineData("\n")]
    [InlineData("\u00a0\t")]
    public void Where_an_anchor_starts_a_word_its_part_matches_what_the_whole_cue_matches(string space)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Intake", "Specs", "facts.md"))
            .Select(l => l.Replace(" ", Regex.Unescape(space), StringComparison.Ordinal)).ToList();
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
