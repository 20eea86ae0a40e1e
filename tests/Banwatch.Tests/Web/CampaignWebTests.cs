using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Banwatch.Testing;
using Banwatch.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Time.Testing;

namespace Banwatch.Tests.Web;

/// <summary>The campaign pages and API in-process, the same records as the CLI. Written once, run on SQLite and on PostgreSQL.</summary>
public abstract partial class CampaignWebTests : IAsyncLifetime
{
    private ITestDatabase? _database;
    private BanwatchApp? _app;
    private WebApplication? _web;
    private HttpClient _client = null!;

    protected abstract Task<ITestDatabase> CreateDatabaseAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        _app = await BanwatchApp.OpenAsync(_database.Url, new FakeTimeProvider(CliRunner.Today), ct: Ct);
        _web = WebApp.Build(_app, "http://127.0.0.1:0", b => b.WebHost.UseTestServer());
        await _web.StartAsync(Ct);
        _client = _web.GetTestClient();
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        if (_web is not null)
        {
            await _web.DisposeAsync();
        }

        _app?.Dispose();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Targets_api_and_page_give_the_cli_groups_with_reasons()
    {
        var api = await _client.GetStringAsync(Links.TargetsApi(new DateOnly(2007, 12, 7)), Ct);
        var cli = (await new CliRunner(_database!.Url).RunAsync("targets", "--as-of", "2007-12-07", "--format", "json")).Succeeded().Out;
        Assert.Equal(JsonDocument.Parse(cli).RootElement.ToString(), JsonDocument.Parse(api).RootElement.ToString());

        var html = await _client.GetStringAsync(Links.Targets(new DateOnly(2007, 12, 7)), Ct);
        Assert.Contains("id=\"counter\"", html, StringComparison.Ordinal);
        Assert.Contains("did not endorse any declaration", html, StringComparison.Ordinal);
        Assert.Contains("Japan", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)", html); // scripts only from files (CSP without inline scripts)
    }

    [Fact]
    public async Task A_position_posted_to_the_api_shows_in_the_matrix_linking_to_its_source()
    {
        var created = await _client.PostAsJsonAsync(
            "/api/positions", new { state = "France", issue = "transition", stance = "weaken", date = "2007-12-07", source = "https://example.org/vienna" }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var bad = await _client.PostAsJsonAsync("/api/positions", new { state = "France", issue = "transition", stance = "weaken", date = "2007-12-07", source = "javascript:alert(1)" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        var matrix = JsonDocument.Parse(await _client.GetStringAsync(Links.PositionsApi(), Ct)).RootElement;
        Assert.Equal("FRA", Assert.Single(matrix.GetProperty("states").EnumerateArray()).GetProperty("iso3").GetString());
        var html = await _client.GetStringAsync(Links.Positions(), Ct);
        Assert.Contains("href=\"https://example.org/vienna\"", html, StringComparison.Ordinal);
        var csv = await _client.GetStringAsync(Links.PositionsApi(format: "csv"), Ct);
        Assert.Contains("FRA,France,transition,weaken,2007-12-07", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_action_form_needs_its_anti_forgery_token_and_overdue_follow_ups_reach_the_dashboard()
    {
        var fields = new Dictionary<string, string>
        {
            ["Form.State"] = "Norway",
            ["Form.Kind"] = "letter",
            ["Form.Date"] = "2026-10-01",
            ["Form.Organisation"] = "CMC",
            ["Form.Summary"] = "Letter on the review conference",
            ["Form.FollowUp"] = "2026-11-01",
        };
        var forged = await _client.PostAsync(Links.Actions(), new FormUrlEncodedContent(fields), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        var page = await _client.GetAsync(Links.Actions(), Ct);
        var token = TokenField().Match(await page.Content.ReadAsStringAsync(Ct)).Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, Links.Actions()) { Content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))) };
        post.Headers.Add("Cookie", string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
        var posted = await _client.SendAsync(post, Ct);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);

        var home = await _client.GetStringAsync(Links.Home(), Ct);
        Assert.Contains("Overdue follow-ups <span class=\"muted\">(<a href=\"/actions\">all 1 in the action log</a>)</span>", home, StringComparison.Ordinal);
        Assert.Contains("Letter on the review conference", home, StringComparison.Ordinal);
        var dashboard = JsonDocument.Parse(await _client.GetStringAsync(Links.Dashboard(), Ct)).RootElement;
        Assert.Equal(1, dashboard.GetProperty("overdue_follow_up_count").GetInt32());
        Assert.Equal("Letter on the review conference", dashboard.GetProperty("overdue_follow_ups")[0].GetProperty("summary").GetString());
        var export = await _client.GetStringAsync(Links.ActionsApi("csv"), Ct);
        Assert.StartsWith("id,state,kind,date,organisation", export, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Actions_import_from_a_csv_body_on_the_api_all_or_none()
    {
        using var good = new StringContent("state,kind,date,organisation,summary\nNorway,letter,2026-11-01,CMC,Letter on stockpiles\n", System.Text.Encoding.UTF8, "text/csv");
        var imported = await _client.PostAsync("/api/actions/import", good, Ct);
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        Assert.Equal("NOR", JsonDocument.Parse(await imported.Content.ReadAsStringAsync(Ct)).RootElement[0].GetProperty("iso3").GetString());

        using var bad = new StringContent("state,kind,date,organisation,summary\nNorway,letter,2026-11-01,CMC,Fine\nAtlantis,letter,2026-11-01,CMC,Bad\n", System.Text.Encoding.UTF8, "text/csv");
        var refused = await _client.PostAsync("/api/actions/import", bad, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("request body:3", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Single(JsonDocument.Parse(await _client.GetStringAsync("/api/actions", Ct)).RootElement.GetProperty("actions").EnumerateArray());
    }

    [Fact]
    public async Task The_state_page_shows_categories_votes_and_the_brief_prints()
    {
        var html = await _client.GetStringAsync(Links.State("BGR", new DateOnly(2025, 1, 1)), Ct);
        Assert.Contains("former stockpiler", html, StringComparison.Ordinal);
        Assert.Contains("superseded by former stockpiler", html, StringComparison.Ordinal);
        Assert.Contains("A/RES/74/62", html, StringComparison.Ordinal);

        var brief = await _client.GetAsync(Links.Brief("BGR"), Ct);
        Assert.Equal("text/html", brief.Content.Headers.ContentType?.MediaType);
        var text = await brief.Content.ReadAsStringAsync(Ct);
        Assert.Contains("@page", text, StringComparison.Ordinal);
        Assert.Contains("UN General Assembly votes", text, StringComparison.Ordinal);
        var md = await _client.GetStringAsync(Links.Brief("BGR", format: "md"), Ct);
        Assert.StartsWith("# Bulgaria (BGR)", md, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("XYZ", null, HttpStatusCode.NotFound, "XYZ")]
    [InlineData("BGR", "2026-02-30", HttpStatusCode.BadRequest, "is not a date")]
    public async Task A_brief_that_cannot_be_made_answers_the_html_error_page_with_the_contracts_status(string state, string? asOf, HttpStatusCode status, string reason)
    {
        var response = await _client.GetAsync($"/states/{state}/brief{(asOf is null ? "" : "?as_of=" + asOf)}", Ct);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_describes_the_campaign_endpoints()
    {
        var doc = JsonDocument.Parse(await _client.GetStringAsync(Links.OpenApi, Ct)).RootElement;
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.All(CampaignPaths, p => Assert.Contains(p, paths));
    }

    private static readonly string[] CampaignPaths = ["/api/positions", "/api/categories", "/api/votes", "/api/declarations", "/api/targets", "/api/actions", "/api/actions/import"];

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}

public sealed class SqliteCampaignWebTests : CampaignWebTests
{
    protected override Task<ITestDatabase> CreateDatabaseAsync() => Task.FromResult<ITestDatabase>(new SqliteTestDatabase());
}

public sealed class PostgresCampaignWebTests : CampaignWebTests
{
    protected override async Task<ITestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync();
}
