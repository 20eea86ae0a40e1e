using Banwatch.Core.Obligations;
using Banwatch.Core.Treaty;

namespace Banwatch.Core.Tests;

public class WireNameTests
{
    [Fact]
    public void Enum_values_go_out_in_snake_case() => Assert.Equal("bound_not_in_force", WireName.Of(TreatyStatus.BoundNotInForce));

    [Theory]
    [InlineData("state_party")]
    [InlineData("state-party")]
    [InlineData("STATE_PARTY")]
    public void Snake_and_kebab_case_are_read(string text) => Assert.Equal(TreatyStatus.StateParty, WireName.Parse<TreatyStatus>(text));

    [Fact]
    public void An_unknown_value_lists_the_accepted_ones() =>
        Assert.Contains("not_signed", Assert.Throws<FormatException>(() => WireName.Parse<TreatyStatus>("party")).Message);

    [Fact]
    public void A_spelling_of_its_own_wins_over_the_rule() =>
        Assert.Equal("stockpile-destruction", WireName.Of(ObligationKind.StockpileDestruction));

    [Theory]
    [InlineData("stockpile-destruction")]
    [InlineData("stockpile_destruction")]
    public void Own_spellings_are_read_in_either_case(string text) =>
        Assert.Equal(ObligationKind.StockpileDestruction, WireName.Parse<ObligationKind>(text));
}
