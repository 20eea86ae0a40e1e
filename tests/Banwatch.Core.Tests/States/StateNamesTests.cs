using Banwatch.Core.Provenance;
using Banwatch.Core.States;

namespace Banwatch.Core.Tests.States;

public class StateNamesTests
{
    private static readonly Source Src = Source.Parse("fixture");

    private static State S(string iso3, string iso2, string name, string formal) =>
        new(Iso3.Parse(iso3), iso2, "000", name, formal, UnStatus.Member, null, "Region", null, Src);

    private static StateAlias A(string iso3, string alias, AliasKind kind = AliasKind.Alias) => new(Iso3.Parse(iso3), alias, kind, Src);

    private static readonly StateNames Names = new(
        [
            S("LAO", "LA", "Lao People's Democratic Republic", "Lao People's Democratic Republic"),
            S("GBR", "GB", "United Kingdom of Great Britain and Northern Ireland", "United Kingdom of Great Britain and Northern Ireland"),
            S("COG", "CG", "Congo", "Republic of the Congo"),
            S("COD", "CD", "Democratic Republic of the Congo", "Democratic Republic of the Congo"),
            S("CIV", "CI", "Côte d'Ivoire", "Republic of Côte d'Ivoire"),
            S("NER", "NE", "Niger", "Republic of the Niger"),
            S("NGA", "NG", "Nigeria", "Federal Republic of Nigeria"),
            S("BIH", "BA", "Bosnia and Herzegovina", "Bosnia and Herzegovina"),
        ],
        [
            A("LAO", "Laos", AliasKind.Name), A("LAO", "Lao PDR"), A("GBR", "UK", AliasKind.Abbreviation), A("GBR", "Britain"),
            A("COD", "Congo"), A("CIV", "Ivory Coast"), A("BIH", "Bosnia-Herzegovina"), A("BIH", "Bosnia & Herzegovina"),
        ]);

    [Theory]
    [InlineData("Laos", "LAO")]
    [InlineData("lao pdr", "LAO")]
    [InlineData("LAO", "LAO")]
    [InlineData("la", "LAO")]
    [InlineData("the UK", "GBR")]
    [InlineData("Britain", "GBR")]
    [InlineData("Cote d'Ivoire", "CIV")]
    [InlineData("Côte d’Ivoire", "CIV")]
    [InlineData("Ivory  Coast", "CIV")]
    [InlineData("Bosnia-Herzegovina", "BIH")]
    [InlineData("Bosnia & Herzegovina", "BIH")]
    [InlineData("bosnia and herzegovina", "BIH")]
    [InlineData("Niger", "NER")]
    [InlineData("Nigeria", "NGA")]
    public void Resolves_names_aliases_and_codes(string text, string iso3)
    {
        var found = Assert.IsType<NameResolution.Found>(Names.Resolve(text));
        Assert.Equal(iso3, found.State.Iso3.Value);
    }

    [Fact]
    public void An_alias_shared_by_two_states_is_ambiguous_and_names_both()
    {
        var ambiguous = Assert.IsType<NameResolution.Ambiguous>(Names.Resolve("Congo"));
        Assert.Equal(["COD", "COG"], ambiguous.Candidates.Select(c => c.Iso3.Value));
    }

    [Fact]
    public void An_unknown_name_suggests_the_closest_states()
    {
        var unknown = Assert.IsType<NameResolution.Unknown>(Names.Resolve("Nigera"));
        Assert.Equal(["NER", "NGA"], unknown.Suggestions.Select(s => s.Iso3.Value).Order());
    }

    [Fact]
    public void Nothing_like_a_state_gets_no_suggestions() =>
        Assert.Empty(Assert.IsType<NameResolution.Unknown>(Names.Resolve("Atlantis Federation")).Suggestions);

    [Fact]
    public void Find_lists_each_state_once_exact_names_first_with_the_name_that_matched()
    {
        var found = Names.Find("congo");
        Assert.Equal([("COG", "Congo"), ("COD", "Congo")], found.Take(2).Select(m => (m.State.Iso3.Value, m.MatchedName)));
        Assert.Equal(2, found.Count);
    }

    [Fact]
    public void Find_compares_as_keys_and_matches_inside_names()
    {
        Assert.Equal(["CIV"], Names.Find("cote d").Select(m => m.State.Iso3.Value));
        Assert.Equal(("NER", "Niger"), Names.Find("niger").Select(m => (m.State.Iso3.Value, m.MatchedName)).First());
        Assert.Equal(["NER", "NGA"], Names.Find("niger").Select(m => m.State.Iso3.Value));
        Assert.Equal(("LAO", "Lao PDR"), Names.Find("pdr").Select(m => (m.State.Iso3.Value, m.MatchedName)).Single());
        Assert.Empty(Names.Find("  "));
        Assert.Empty(Names.Find("Atlantis"));
    }
}
