using System.Text.RegularExpressions;
using Banwatch.Testing;
using Banwatch.Tests.Web;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace Banwatch.Tests.Browser;

/// <summary>The app listening on a loopback port over one database of a provider, started by the first test that needs it.</summary>
public abstract class BrowserApp : IAsyncLifetime
{
    private Task<RunningApp>? _app;

    /// <summary>The fixture document the review test works on.</summary>
    public long Wellington { get; private set; }

    public abstract string Provider { get; }

    protected abstract Task<ITestDatabase> CreateDatabaseAsync();

    /// <summary>Inside a test, so that a missing PostgreSQL skips (or under CI fails) the test rather than the class.</summary>
    public Task<RunningApp> StartAsync() => _app ??= StartCoreAsync();

    private async Task<RunningApp> StartCoreAsync()
    {
        var app = await RunningApp.StartAsync(await CreateDatabaseAsync(), listen: true);
        Wellington = (await app.IngestAsync(("wellington.txt", WebFixtures.Wellington), ("lima.md", WebFixtures.Lima)))[0];
        return app;
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_app is { IsCompletedSuccessfully: true })
        {
            await (await _app).DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteBrowserApp : BrowserApp
{
    public override string Provider => "sqlite";

    protected override Task<ITestDatabase> CreateDatabaseAsync() => Task.FromResult<ITestDatabase>(new SqliteTestDatabase());
}

public sealed class PostgresBrowserApp : BrowserApp
{
    public override string Provider => "postgres";

    protected override async Task<ITestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync();
}

/// <summary>
/// The web app in a real browser (Chromium), as a person uses it: what the pages show, upload, review, downloads,
/// the keyboard alone, print, and axe-core accessibility checks on every page. Screenshots of every page are saved
/// beside the test assembly, under screenshots/{provider}/ (in bin/, so never committed), for a person to look at.
/// </summary>
public abstract partial class BrowserTests<TApp>(Chromium chromium, TApp fixture) : IClassFixture<TApp>, IAsyncLifetime
    where TApp : BrowserApp
{
    private IBrowserContext _context = null!;

    private RunningApp App { get; set; } = null!;

    private IPage Page { get; set; } = null!;

    private static string Screenshots(string provider) => Path.Combine(AppContext.BaseDirectory, "screenshots", provider);

    public async ValueTask InitializeAsync()
    {
        var browser = chromium.Browser;
        App = await fixture.StartAsync();
        _context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseUrl,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            AcceptDownloads = true,
            Locale = "en-GB",
        });
        Page = await _context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    private async Task OpenAsync(string url)
    {
        var response = await Page.GotoAsync(url);
        Assert.NotNull(response);
    }

    private async Task ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(Screenshots(fixture.Provider));
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots(fixture.Provider), name + ".png"), FullPage = true });
    }

    private async Task AssertAccessibleAsync(string url)
    {
        var result = await Page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(
            serious.Count == 0,
            $"{url}: " + string.Join("; ", serious.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))}")));
    }

    [Theory]
    [MemberData(nameof(BrowserPages.All), MemberType = typeof(BrowserPages))]
    public async Task Every_page_renders_and_has_no_serious_accessibility_violation(string url, string name)
    {
        await OpenAsync(url);
        await Expect(Page.Locator("nav.site-nav")).ToBeVisibleAsync();
        await ScreenshotAsync(name);
        await AssertAccessibleAsync(url);
    }

    [Fact]
    public async Task The_interactive_api_reference_renders_the_openapi_document()
    {
        await OpenAsync(Banwatch.Web.WebApp.InteractiveApiReference);
        await Expect(Page.GetByText("/api/documents/{id}").First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await ScreenshotAsync("api-interactive");
    }

    [Fact]
    public async Task The_dashboard_shows_the_map_the_chart_and_the_counts()
    {
        await OpenAsync("/");
        var links = Page.Locator("figure.map svg a");
        Assert.Equal(197, await links.CountAsync());
        await Expect(Page.Locator("figure.map svg a[aria-label='Norway: state party'] path")).ToBeVisibleAsync();
        await Expect(Page.Locator("svg[role=img] >> text=States parties")).ToBeVisibleAsync();
        await Expect(Page.Locator(".counts a.c-state_party strong")).ToHaveTextAsync(new Regex("^1[0-9]{2}$"));

        // Norway's box is centred over Sweden, so a pointer click there lands on Sweden: follow the link by keyboard.
        await Page.Locator("figure.map svg a[aria-label='Norway: state party']").FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page).ToHaveURLAsync(new Regex("/states/NOR$"));
    }

    [Fact]
    public async Task A_state_is_found_by_an_alias()
    {
        await OpenAsync("/states");
        await Page.GetByLabel("Name or alias").FillAsync("Ivory Coast");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Côte d'Ivoire" }).ClickAsync();
        await Expect(Page.Locator("h1")).ToContainTextAsync("CIV");
    }

    [Fact]
    public async Task An_uploaded_document_shows_its_mentions_highlighted()
    {
        await OpenAsync("/documents");
        await Page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "vientiane.txt",
            MimeType = "text/plain",
            Buffer = System.Text.Encoding.UTF8.GetBytes("Vientiane, 12 November 2010. The Lao PDR hosted the First Meeting of States Parties. Norway and Ireland attended."),
        });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Upload and extract" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/documents/[0-9]+$"));
        await Expect(Page.Locator(".doc-text .hl-fact, .doc-text .hl-mention").Filter(new() { HasText = "Norway" })).ToBeVisibleAsync();
        await Expect(Page.Locator(".doc-text .kind").First).ToBeVisibleAsync();
        await ScreenshotAsync("document-uploaded");

        await OpenAsync("/documents");
        await Page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "scan.exe", MimeType = "application/octet-stream", Buffer = [0x4D, 0x5A] });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Upload and extract" }).ClickAsync();
        await Expect(Page.Locator(".notice.error")).ToContainTextAsync("unsupported file type '.exe'");
    }

    [Fact]
    public async Task A_fact_accepted_in_review_appears_on_the_state_page_and_in_its_feed()
    {
        await OpenAsync(Banwatch.Web.Links.Review(fixture.Wellington));
        var row = Page.Locator("tbody tr").Filter(new() { HasText = "chaired" }).Filter(new() { HasText = "NZL" });
        await row.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        await Expect(Page.Locator(".notice")).ToContainTextAsync("accepted 1 fact");

        await OpenAsync("/states/NZL");
        await Expect(Page.Locator("section[aria-labelledby=facts-heading]")).ToContainTextAsync("New Zealand hosted the meeting.");

        // The feed a reader subscribes to from the state page's head.
        var feedUrl = await Page.Locator("head link[rel=alternate][type='application/atom+xml']").Last.GetAttributeAsync("href");
        var feed = await Page.APIRequest.GetAsync(feedUrl!);
        Assert.Equal("application/atom+xml", feed.Headers["content-type"].Split(';')[0]);
        var atom = System.Xml.Linq.XDocument.Parse(await feed.TextAsync());
        System.Xml.Linq.XNamespace ns = "http://www.w3.org/2005/Atom";
        Assert.Contains(
            atom.Root!.Elements(ns + "entry"),
            e => e.Elements(ns + "category").Any(c => (string?)c.Attribute("term") == "fact-accepted") && e.Element(ns + "title")!.Value.StartsWith("New Zealand: chaired", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_states_list_downloads_as_csv()
    {
        await OpenAsync("/states?status=signatory");
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Link, new() { Name = "CSV", Exact = true }).ClickAsync());
        Assert.Equal("banwatch-states.csv", download.SuggestedFilename);
        var lines = (await File.ReadAllLinesAsync((await download.PathAsync())!, TestContext.Current.CancellationToken)).ToList();
        Assert.StartsWith("iso3,name,status,", lines[0], StringComparison.Ordinal);
        Assert.All(lines.Skip(1), l => Assert.Contains(",signatory,", l));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/states")]
    [InlineData("/states/LBN")]
    [InlineData("/events")]
    [InlineData("/events/wellington-2008")]
    [InlineData("/obligations")]
    [InlineData("/positions")]
    [InlineData("/targets")]
    [InlineData("/actions")]
    [InlineData("/review")]
    [InlineData("/documents")]
    [InlineData("/search?q=Wellington")]
    public async Task The_keyboard_alone_reaches_every_control(string url)
    {
        await OpenAsync(url);
        var controls = await Page.EvaluateAsync<int>(
            """
            () => {
              // What is inside a closed <details> is reached by opening it from its summary, which counts as a control.
              const folded = e => { const d = e.closest("details:not([open])"); return d && !d.querySelector(":scope > summary")?.contains(e); };
              const all = [...document.querySelectorAll("a[href], button, input:not([type=hidden]), select, textarea, summary")]
                .filter(e => !e.closest("[hidden]") && !e.disabled && !folded(e) && e.getClientRects().length > 0);
              all.forEach((e, i) => e.dataset.control = i);
              return all.length;
            }
            """);
        var reached = new HashSet<string>();
        for (var i = 0; i < controls + 10 && reached.Count < controls; i++)
        {
            await Page.Keyboard.PressAsync("Tab");
            if (await Page.EvaluateAsync<string?>("() => document.activeElement?.dataset?.control ?? null") is { } control)
            {
                reached.Add(control);
            }
        }

        var missed = await Page.EvaluateAsync<string[]>(
            "reached => [...document.querySelectorAll('[data-control]')].filter(e => !reached.includes(e.dataset.control)).map(e => e.outerHTML.slice(0, 160))",
            reached.ToArray());
        Assert.True(missed.Length == 0, $"{url}: not reached by Tab: {string.Join(" | ", missed)}");
    }

    [Fact]
    public async Task A_state_page_prints_without_navigation_on_at_most_two_pages()
    {
        await OpenAsync("/states/LBN");
        await Page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(Page.Locator("header.site-header")).ToBeHiddenAsync();
        await Expect(Page.Locator("h1")).ToBeVisibleAsync();
        var pdf = await Page.PdfAsync(new PagePdfOptions { Format = "A4", Margin = new() { Top = "15mm", Bottom = "15mm", Left = "12mm", Right = "12mm" } });
        Directory.CreateDirectory(Screenshots(fixture.Provider));
        await File.WriteAllBytesAsync(Path.Combine(Screenshots(fixture.Provider), "state-lebanon-print.pdf"), pdf, TestContext.Current.CancellationToken);
        using var document = PdfDocument.Open(pdf);
        Assert.InRange(document.NumberOfPages, 1, 2);
    }

    [Theory]
    [InlineData("LBN")]
    [InlineData("FRA")]
    [InlineData("JPN")]
    [InlineData("USA")]
    public async Task A_briefing_pack_prints_on_at_most_two_pages(string iso3)
    {
        await OpenAsync(Banwatch.Web.Links.Brief(iso3));
        var pdf = await Page.PdfAsync(new PagePdfOptions { Format = "A4", PreferCSSPageSize = true });
        Directory.CreateDirectory(Screenshots(fixture.Provider));
        await File.WriteAllBytesAsync(Path.Combine(Screenshots(fixture.Provider), $"brief-{iso3}.pdf"), pdf, TestContext.Current.CancellationToken);
        using var document = PdfDocument.Open(pdf);
        Assert.InRange(document.NumberOfPages, 1, 2);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static IPageAssertions Expect(IPage page) => Assertions.Expect(page);
}

/// <summary>Every page the browser tests open, with the name of its screenshot.</summary>
public static class BrowserPages
{
    public static TheoryData<string, string> All => new()
    {
        { "/", "dashboard" },
        { "/states", "states" },
        { "/states?q=Laos", "states-found" },
        { "/states/LBN", "state-lebanon" },
        { "/states/LTU?as_of=2026-02-03", "state-lithuania" },
        { "/events", "events" },
        { "/events/wellington-2008", "event-wellington" },
        { "/obligations", "obligations" },
        { "/positions", "positions" },
        { "/targets", "targets" },
        { "/actions", "actions" },
        { "/documents", "documents" },
        { "/documents/1", "document" },
        { "/review", "review" },
        { "/search?q=Wellington", "search" },
        { "/api", "api" },
        { "/login", "login" },
        { "/nowhere", "error-404" },
        { "/?as_of=2026-02-30", "error-400" },
    };
}

public sealed class SqliteBrowserTests(Chromium chromium, SqliteBrowserApp app) : BrowserTests<SqliteBrowserApp>(chromium, app);

public sealed class PostgresBrowserTests(Chromium chromium, PostgresBrowserApp app) : BrowserTests<PostgresBrowserApp>(chromium, app);
