using Banwatch.Core.Intake;
using Banwatch.Core.States;

namespace Banwatch.Core.Tests.Intake;

public class AliasMatcherTests
{
    private static readonly Iso3 Ner = Iso3.Parse("NER");
    private static readonly Iso3 Nga = Iso3.Parse("NGA");
    private static readonly Iso3 Usa = Iso3.Parse("USA");
    private static readonly Iso3 Gnb = Iso3.Parse("GNB");
    private static readonly Iso3 Gin = Iso3.Parse("GIN");

    private static readonly AliasMatcher Matcher = new(
    [
        new AliasEntry("Niger", [Ner], AliasKind.Name, false),
        new AliasEntry("Nigeria", [Nga], AliasKind.Name, false),
        new AliasEntry("US", [Usa], AliasKind.Abbreviation, true),
        new AliasEntry("Guinea", [Gin], AliasKind.Name, false),
        new AliasEntry("Guinea-Bissau", [Gnb], AliasKind.Name, false),
        new AliasEntry("Gulf of Guinea", [], AliasKind.Alias, false),
    ]);

    private static List<string> Found(string text) =>
        [.. Matcher.Scan(text).Select(m => $"{string.Join('+', Matcher.Entries[m.Entry].States)}:{text[m.Start..m.End]}")];

    [Fact]
    public void The_longest_name_wins_and_a_name_never_matches_inside_a_word() =>
        Assert.Equal(["NGA:Nigeria", "NER:Niger"], Found("Nigeria and Niger, not Nigerien."));

    [Fact]
    public void Abbreviations_match_only_as_written_and_not_before_a_currency_sign() =>
        Assert.Equal(["USA:US"], Found("The US told us it would give US$ 5 million."));

    [Fact]
    public void Hyphens_and_line_breaks_inside_names_are_separators() =>
        Assert.Equal(["GNB:Guinea-\nBissau", "GNB:Guinea Bissau"], Found("Guinea-\nBissau and Guinea Bissau"));

    [Fact]
    public void A_blocked_phrase_consumes_the_name_inside_it() =>
        Assert.Equal([":Gulf of Guinea", "GIN:Guinea"], Found("In the Gulf of Guinea, Guinea spoke."));

    [Fact]
    public void Lower_case_words_are_not_names() => Assert.Empty(Found("guinea pigs and niger seed"));

    [Fact]
    public void Two_aliases_folding_to_the_same_text_are_refused() =>
        Assert.Throws<ArgumentException>(() => new AliasMatcher([new AliasEntry("Niger", [Ner], AliasKind.Name, false), new AliasEntry("NIGER", [Nga], AliasKind.Name, false)]));
}
