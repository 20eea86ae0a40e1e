using Banwatch.Core.Provenance;

namespace Banwatch.Core.Tests.Provenance;

public class SourceTests
{
    [Theory]
    [InlineData("https://example.org/a | CCM/MSP/2019/9")]
    [InlineData("Banwatch editorial: alias seen in reports")]
    [InlineData("datasets/country-codes@caa72d1 data/country-codes.csv (ODC-PDDL-1.0)")]
    [InlineData("https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-6 (status as at 2026-02-03)")]
    public void Accepts_urls_and_document_references(string citation) => Assert.Equal(citation, Source.Parse(citation).Citation);

    [Theory]
    [InlineData("https://example.org/a | javascript:alert(1)", "javascript")]
    [InlineData(" JaVaScRiPt:alert(1)", "javascript")]
    [InlineData("CCM/MSP/2019/9 | data:text/html,x", "data")]
    public void Refuses_a_citation_with_any_scheme_but_http_and_https(string citation, string scheme) =>
        Assert.Contains($"its scheme is '{scheme}:'", Assert.Throws<FormatException>(() => Source.Parse(citation)).Message);

    [Fact]
    public void Takes_what_the_store_holds_as_is() => Assert.Equal("javascript:alert(1)", Source.FromStore("javascript:alert(1)").Citation);
}
