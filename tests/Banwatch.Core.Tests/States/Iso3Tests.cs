using Banwatch.Core.States;

namespace Banwatch.Core.Tests.States;

public class Iso3Tests
{
    [Theory]
    [InlineData("LAO", "LAO")]
    [InlineData(" gbr ", "GBR")]
    public void Parses_three_letters_to_upper_case(string text, string expected) => Assert.Equal(expected, Iso3.Parse(text).Value);

    [Theory]
    [InlineData("")]
    [InlineData("LA")]
    [InlineData("LAOS")]
    [InlineData("L4O")]
    [InlineData("ÄBC")]
    public void Refuses_anything_else_and_names_the_value(string text) =>
        Assert.Contains($"'{text}'", Assert.Throws<FormatException>(() => Iso3.Parse(text)).Message);

    [Fact]
    public void Orders_alphabetically() => Assert.True(Iso3.Parse("AFG") < Iso3.Parse("ZWE"));
}
