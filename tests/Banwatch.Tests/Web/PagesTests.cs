using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Banwatch.Testing;
using Banwatch.Web;

namespace Banwatch.Tests.Web;

/// <summary>Shared by the page tests: one app over one SQLite database, with the fixture documents stored.</summary>
public sealed class PagesFixture : IAsyncLifetime
{
    public RunningApp App { get; private set; } = null!;

    public IReadOnlyList<long> Documents { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        App = await RunningApp.StartAsync(new SqliteTestDatabase());
        Documents = await App.IngestAsync(("wellington.txt", WebFixtures.Wellington), ("lima.md", WebFixtures.Lima), ("markup.txt", WebFixtures.Markup));
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}

/// <summary>Every page as HTML in the in-memory server: what it shows, its links, its errors, and that it needs no script.</summary>
public sealed partial class PagesTests(PagesFixture fixture) : IClassFixture<PagesFixture>
{
    private HttpClient Client => fixture.App.Client;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> PageAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await Client.GetAsync(url, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(expected == response.StatusCode, $"{url}: {(int)response.StatusCode}\n{html[..Math.Min(html.Length, 2000)]}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return html;
    }

    public static TheoryData<string> Pages => new()
    {
        "/", "/?as_of=2010-08-01", "/states", "/states?status=signatory&sort=-deposited", "/states/NOR", "/states/Lithuania", "/events",
        "/events/wellington-2008", "/obligations", "/obligations?status=overdue", "/documents", "/documents/1", "/review", "/review?review=all",
        "/search", "/search?q=Wellington", "/api", "/positions", "/targets", "/targets?as_of=2007-12-07", "/actions",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_answers_with_the_navigation_the_footer_and_no_inline_script(string url)
    {
        var html = await PageAsync(url);
        Assert.Contains("<nav class=\"site-nav\" aria-label=\"Main\">", html);
        Assert.Contains("UN Treaty Collection as at 3 February 2026", html);
        Assert.Empty(InlineScript().Matches(html));
        Assert.Empty(EventHandlerAttribute().Matches(html));
    }

    [Fact]
    public async Task Dashboard_has_the_map_with_a_link_and_title_per_state_the_chart_and_linked_counts()
    {
        var html = await PageAsync("/?as_of=2026-02-03");
        var links = MapLink().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(197, links.Distinct().Count());
        Assert.Equal(links.Count, links.Distinct().Count());
        Assert.Contains("aria-label=\"Norway: state party\"", html);
        Assert.Contains("<title>Vanuatu: bound, not yet in force</title>", html);
        Assert.Contains("<circle class=\"fill-state_party\"", html);
        Assert.Contains("<a class=\"c-state_party\" href=\"/states?as_of=2026-02-03&amp;status=state_party\"><strong>111</strong>states parties</a>", html);
        Assert.Contains("States parties (111)", html);
        Assert.Contains("href=\"/documents/" + fixture.Documents[0] + "\"", html);
    }

    [Fact]
    public async Task States_are_found_by_alias_filtered_sorted_and_downloaded_as_the_same_rows()
    {
        var laos = await PageAsync("/states?q=Laos");
        Assert.Contains("Lao People&#x27;s Democratic Republic", laos);
        Assert.Contains("<strong>1</strong> state", laos);

        var html = await PageAsync("/states?as_of=2026-02-03&status=signatory&sort=-deposited");
        Assert.Contains("<strong>12</strong> states", html);
        Assert.Contains("aria-sort=\"descending\"", html);
        var csv = (await Client.GetStringAsync(Links.States(new DateOnly(2026, 2, 3), "signatory", sort: "-deposited", format: "csv"), Ct)).TrimEnd().Split('\n');
        Assert.Equal(13, csv.Length);
        Assert.StartsWith("iso3,name,status,signed,deposited,", csv[0], StringComparison.Ordinal);
        Assert.All(csv.Skip(1), row => Assert.Contains(",signatory,", row));
    }

    [Fact]
    public async Task State_page_shows_its_history_with_the_articles_and_the_treaty_source_as_a_link()
    {
        var html = await PageAsync("/states/LTU?as_of=2026-02-03");
        Assert.Contains("deposited its instrument of ratification", html);
        Assert.Contains("(Art. 17)", html);
        Assert.Contains("the depositary received its instrument of withdrawal", html);
        Assert.Contains("<a href=\"https://treaties.un.org/", html);
        var before = await PageAsync("/states/LTU?as_of=2009-01-01");
        Assert.DoesNotContain("deposited its instrument", before);
    }

    [Fact]
    public async Task Document_page_marks_mentions_facts_and_figures_and_shows_markup_as_text()
    {
        var html = await PageAsync(Links.Document(fixture.Documents[0]));
        Assert.Matches("<span class=\"hl hl-fact\" title=\"fact: chaired — New Zealand \\(NZL\\)\">New Zealand</span><span class=\"kind\">chaired · NZL</span>", html);
        Assert.Contains("<span class=\"hl hl-figure\"", html);
        Assert.Contains("<span class=\"hl hl-mention\" title=\"mention: Belgium (BEL)\">Belgium</span>", await PageAsync(Links.Document(fixture.Documents[1])));

        var markup = await PageAsync(Links.Document(fixture.Documents[2]));
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;", markup);
    }

    [Fact]
    public async Task A_link_to_evidence_marks_that_sentence()
    {
        var html = await PageAsync(Links.Document(fixture.Documents[0], 0, 10));
        Assert.Contains("<mark id=\"evidence\" class=\"hl-evidence\">", html);
    }

    [Fact]
    public async Task Search_page_marks_the_words_in_the_snippets_and_lists_states()
    {
        var html = await PageAsync("/search?q=Wellington");
        Assert.Contains("<mark>Wellington</mark>", html);
        var laos = await PageAsync("/search?q=Laos");
        Assert.Contains("href=\"/states/LAO\"", laos);
    }

    [Fact]
    public async Task Review_page_lists_pending_facts_with_their_evidence_and_a_form_with_an_antiforgery_token()
    {
        var html = await PageAsync(Links.Review(fixture.Documents[0]));
        Assert.Contains("<mark>New Zealand</mark> hosted the meeting.", html);
        Assert.Contains("name=\"__RequestVerificationToken\"", html);
        Assert.Contains("name=\"acceptAll\"", html);
    }

    [Fact]
    public async Task Events_page_links_each_event_and_the_event_page_keeps_conflicting_figures_with_their_sources()
    {
        var events = await PageAsync("/events");
        Assert.Contains("href=\"/events/wellington-2008\"", events);
        var wellington = await PageAsync("/events/wellington-2008");
        Assert.Contains("states attending", wellington);
        Assert.Contains("wellington.txt", wellington);
    }

    [Fact]
    public async Task The_api_page_lists_every_endpoint_of_the_openapi_document()
    {
        var html = await PageAsync("/api");
        var doc = JsonDocument.Parse(await Client.GetStringAsync(Links.OpenApi, Ct)).RootElement;
        foreach (var path in doc.GetProperty("paths").EnumerateObject())
        {
            Assert.Contains(WebUtility.HtmlEncode(path.Name), html);
        }
    }

    [Theory]
    [InlineData("/nope", HttpStatusCode.NotFound, "There is no page at /nope.")]
    [InlineData("/?as_of=2026-02-30", HttpStatusCode.BadRequest, "as_of: &#x27;2026-02-30&#x27; is not a date")]
    [InlineData("/documents?limit=0", HttpStatusCode.BadRequest, "limit: &#x27;0&#x27; is not a whole number from 1 to 1000")]
    [InlineData("/states/Atlantis", HttpStatusCode.NotFound, "Atlantis")]
    [InlineData("/states/NOR?as_of=2026-13-01", HttpStatusCode.BadRequest, "as_of: &#x27;2026-13-01&#x27; is not a date")]
    public async Task Errors_are_html_pages_with_the_reason(string url, HttpStatusCode status, string message)
    {
        var html = await PageAsync(url, status);
        Assert.Contains(message, html);
        Assert.Contains("<nav class=\"site-nav\"", html);
    }

    [Theory]
    [InlineData("/?as_of=2026-02-30", "/api/dashboard?as_of=2026-02-30")]
    [InlineData("/states?status=maybe", "/api/states?status=maybe")]
    [InlineData("/documents?offset=-1", "/api/documents?offset=-1")]
    [InlineData("/documents/424242", "/api/documents/424242")]
    [InlineData("/events/nowhere-1999", "/api/events/nowhere-1999")]
    [InlineData("/states/Atlantis", "/api/states/Atlantis")]
    [InlineData("/states/NOR?as_of=2026-13-01", "/api/states/NOR?as_of=2026-13-01")]
    [InlineData("/targets?as_of=yesterday", "/api/targets?as_of=yesterday")]
    [InlineData("/positions?as_of=2026-02-30", "/api/positions?as_of=2026-02-30")]
    public async Task The_same_error_has_the_same_status_on_the_page_and_the_api(string page, string api)
    {
        var html = await Client.GetAsync(page, Ct);
        var json = await Client.GetAsync(api, Ct);
        Assert.Equal(json.StatusCode, html.StatusCode);
        Assert.Equal("application/problem+json", json.Content.Headers.ContentType?.MediaType);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Every_number_on_the_dashboard_links_to_the_list_behind_it_and_every_link_answers()
    {
        var html = await PageAsync("/?as_of=2026-02-03");
        var main = new HtmlParser().ParseDocument(html).QuerySelector("main")!;
        var numbers = 0;
        var links = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in main.Descendants<IText>())
        {
            // Dates and the map, chart, form and captions are not counts; "within 90 days" is the window, not a count.
            if (text.ParentElement!.Closest("svg, form, time, figcaption") is not null)
            {
                continue;
            }

            foreach (Match number in Count().Matches(NotACount().Replace(text.Data, "")))
            {
                numbers++;
                var link = text.ParentElement.Closest("a[href]");
                Assert.True(link is not null, $"'{number.Value}' in \"{text.Data.Trim()}\" (inside <{text.ParentElement.LocalName}>) links nowhere");
                links.Add(link.GetAttribute("href")!);
            }
        }

        Assert.True(numbers >= 9, $"only {numbers} numbers found on the dashboard");
        foreach (var href in links)
        {
            var response = await Client.GetAsync(href, Ct);
            Assert.True(response.IsSuccessStatusCode, $"{href}: {(int)response.StatusCode}");
        }
    }

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Count();

    [GeneratedRegex("[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2} [A-Z][a-z]+ [0-9]{4}|within [0-9]+ days")]
    private static partial Regex NotACount();

    [GeneratedRegex("<script(?![^>]*\\bsrc=)", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("<[^>]+\\son[a-z]+\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();

    [GeneratedRegex("<a href=\"(/states/[A-Z]{3})[^\"]*\" aria-label=")]
    private static partial Regex MapLink();
}
