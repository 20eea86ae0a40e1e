using Banwatch.Core.Provenance;

namespace Banwatch.Core.Tests.Provenance;

public class SourceUrlTests
{
    /// <summary>Spellings a browser runs as script or opens as something other than a web page.</summary>
    public static TheoryData<string> Hostile =>
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "   javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "\u0001javascript:alert(1)",
        " \t JAVASCRIPT:alert(document.cookie)",
        "vbscript:msgbox(1)",
        "data:text/html,<script>alert(1)</script>",
        "file:///etc/passwd",
    ];

    [Theory]
    [InlineData("https://www.clusterconvention.org/states-parties/", "https://www.clusterconvention.org/states-parties/")]
    [InlineData("http://example.org", "http://example.org")]
    [InlineData("  HTTPS://Example.org/a?b=c#d  ", "HTTPS://Example.org/a?b=c#d")]
    public void Accepts_absolute_http_and_https_urls_without_surrounding_space(string text, string expected) =>
        Assert.Equal(expected, SourceUrl.Parse(text).Value);

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Refuses_other_schemes_however_spelled_and_names_the_scheme(string text)
    {
        var message = Assert.Throws<FormatException>(() => SourceUrl.Parse(text)).Message;
        Assert.Contains("is not an http(s) URL (its scheme is '", message);
        Assert.False(SourceUrl.TryParse(text, out _));
    }

    [Theory]
    [InlineData("", "a URL is required")]
    [InlineData("example.org/report", "is not an absolute http(s) URL")]
    [InlineData("//example.org/report", "is not an absolute http(s) URL")]
    [InlineData("/documents/1", "is not an absolute http(s) URL")]
    [InlineData("https:example.org", "is not a valid http(s) URL")]
    [InlineData("https:/example.org", "is not a valid http(s) URL")]
    [InlineData("https://", "is not a valid http(s) URL")]
    [InlineData("https://exa mple.org", "has white space or a control character inside")]
    [InlineData("https://example.org/\ta", "has white space or a control character inside")]
    public void Refuses_what_is_not_an_absolute_url_with_the_reason(string text, string reason) =>
        Assert.Contains(reason, Assert.Throws<FormatException>(() => SourceUrl.Parse(text)).Message);

    [Fact]
    public void Refuses_urls_longer_than_the_limit() =>
        Assert.Contains("longer than 2048", Assert.Throws<FormatException>(() => SourceUrl.Parse("https://example.org/" + new string('a', 2048))).Message);

    [Theory]
    [InlineData(" JaVa\tScRiPt:x", "javascript")]
    [InlineData("https://example.org", "https")]
    [InlineData("doi:10.1000/182", "doi")]
    [InlineData("CCM/MSP/2019/9", null)]
    [InlineData("Banwatch editorial: alias seen in reports", null)]
    [InlineData("Monitor 2024, p. 12", null)]
    [InlineData("1: a reference", null)]
    public void Reads_the_scheme_as_a_browser_would(string text, string? scheme) => Assert.Equal(scheme, SourceUrl.SchemeOf(text));

    [Theory]
    [InlineData("https://treaties.un.org/x (status as at 2026-02-03)", "https://treaties.un.org/x", " (status as at 2026-02-03)")]
    [InlineData(" https://example.org ", "https://example.org", "")]
    public void Reads_a_citation_as_a_url_and_a_note(string citation, string url, string note)
    {
        Assert.True(SourceUrl.TryParseCitation(citation, out var parsed, out var rest));
        Assert.Equal((url, note), (parsed.Value, rest));
    }

    [Theory]
    [InlineData("java\tscript:alert(1) https://example.org")]
    [InlineData("CCM/MSP/2019/9")]
    public void A_citation_that_does_not_start_with_an_http_url_is_not_one(string citation) =>
        Assert.False(SourceUrl.TryParseCitation(citation, out _, out _));
}
