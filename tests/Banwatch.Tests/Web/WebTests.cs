using System.Net;
using System.Text.Json;
using Banwatch.Testing;
using Banwatch.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Time.Testing;

namespace Banwatch.Tests.Web;

/// <summary>The web app and API in-process (TestServer), over a seeded embedded database.</summary>
public sealed class WebTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();
    private BanwatchApp? _app;
    private WebApplication? _web;
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _app = await BanwatchApp.OpenAsync(_database.Url, new FakeTimeProvider(CliRunner.Today), ct: TestContext.Current.CancellationToken);
        _web = WebApp.Build(_app, "http://127.0.0.1:0", b => b.WebHost.UseTestServer());
        await _web.StartAsync(TestContext.Current.CancellationToken);
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
        await _database.DisposeAsync();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Api_status_returns_the_same_record_as_the_cli()
    {
        var json = await _client.GetStringAsync(Links.StatusApi(new DateOnly(2026, 2, 3)), Ct);
        var cli = (await new CliRunner(_database.Url).RunAsync("status", "--as-of", "2026-02-03", "--format", "json")).Succeeded().Out;
        Assert.Equal(JsonDocument.Parse(cli).RootElement.ToString(), JsonDocument.Parse(json).RootElement.ToString());
        Assert.Equal(111, JsonDocument.Parse(json).RootElement.GetProperty("counts").GetProperty("state_party").GetInt32());
    }

    [Fact]
    public async Task Api_status_defaults_to_today_from_the_injected_clock()
    {
        var json = JsonDocument.Parse(await _client.GetStringAsync("/api/status", Ct)).RootElement;
        Assert.Equal("2026-11-24", json.GetProperty("as_of").GetString());
    }

    [Fact]
    public async Task Api_status_as_csv_has_one_row_per_state()
    {
        var response = await _client.GetAsync(Links.StatusApi(new DateOnly(2026, 2, 3), "csv"), Ct);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync(Ct)).TrimEnd().Split('\n');
        Assert.Equal(198, lines.Length);
    }

    [Fact]
    public async Task A_bad_date_is_a_400_problem_that_says_why()
    {
        var response = await _client.GetAsync("/api/status?as_of=2026-02-30", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'2026-02-30' is not a date", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Home_page_shows_the_counts_and_every_state_without_javascript()
    {
        var html = await _client.GetStringAsync("/?as_of=2026-02-03", Ct);
        Assert.Contains("<strong>111</strong>states parties", html);
        Assert.Contains("stockpile destruction (Art. 3): 36 met", html);
        Assert.Contains("Vanuatu", html);
        Assert.Contains("<svg", html);
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public async Task State_page_resolves_aliases_and_shows_sources()
    {
        var html = await _client.GetStringAsync("/states/Lithuania", Ct);
        Assert.Contains("2025-03-06", html);
        Assert.Contains("treaties.un.org", html);
    }

    [Theory]
    [InlineData("/states/Nigera", "/api/states/Nigera", "unknown state 'Nigera'. Did you mean Niger (NER) or Nigeria (NGA)?")]
    [InlineData("/states/Congo", "/api/states/Congo", "'Congo' is ambiguous")]
    [InlineData("/states/Peru?as_of=2026-13-01", "/api/states/Peru?as_of=2026-13-01", "as_of: '2026-13-01' is not a date (YYYY-MM-DD)")]
    public async Task A_bad_request_gets_the_same_status_and_message_on_the_page_and_in_the_api(string page, string api, string message)
    {
        var html = await _client.GetAsync(page, Ct);
        var json = await _client.GetAsync(api, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, html.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await html.Content.ReadAsStringAsync(Ct)));
        Assert.Equal("application/problem+json", json.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await json.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.StartsWith(message, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("invalid", problem.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Api_messages_name_query_parameters_not_command_line_options()
    {
        var response = await _client.GetAsync("/api/timeline?from=2010-01-01&to=2009-01-01", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal("to: 2009-01-01 is before from (2010-01-01)", problem.GetProperty("detail").GetString());
        Assert.Equal("to", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_missing_document_is_a_404_problem()
    {
        var response = await _client.GetAsync("/api/documents/424242", Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("not_found", JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task OpenApi_describes_the_endpoints()
    {
        var doc = JsonDocument.Parse(await _client.GetStringAsync(Links.OpenApi, Ct)).RootElement;
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/status", paths);
        Assert.Contains("/api/states/{state}", paths);
        Assert.Contains("/api/events", paths);
        Assert.Contains("/api/timeline", paths);
        Assert.Contains("/api/obligations", paths);
        Assert.Contains("/api/obligations.ics", paths);
    }

    [Fact]
    public async Task Timeline_chart_is_served_as_svg()
    {
        var response = await _client.GetAsync(Links.TimelineSvg, Ct);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<svg", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_obligations_returns_the_same_record_as_the_cli()
    {
        var json = await _client.GetStringAsync(Links.ObligationsApi(new DateOnly(2026, 2, 3)), Ct);
        var cli = (await new CliRunner(_database.Url).RunAsync("obligations", "--as-of", "2026-02-03", "--format", "json")).Succeeded().Out;
        Assert.Equal(JsonDocument.Parse(cli).RootElement.ToString(), JsonDocument.Parse(json).RootElement.ToString());
    }

    [Fact]
    public async Task Api_obligations_filters_and_answers_csv()
    {
        var response = await _client.GetAsync("/api/obligations?as_of=2026-02-03&state=Lebanon&status=extended&format=csv", Ct);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync(Ct)).TrimEnd().Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("LBN,4,clearance,", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/obligations?status=late", "status: 'late' is not one of met, pending, extended, overdue, unknown")]
    [InlineData("/api/obligations?due_within=soon", "due_within: 'soon' is not a number of days (e.g. 90d)")]
    [InlineData("/api/obligations.ics?as_of=2026-02-30", "as_of: '2026-02-30' is not a date")]
    public async Task Bad_obligations_queries_are_400_problems_that_say_why(string url, string message)
    {
        var response = await _client.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task The_calendar_is_served_as_text_calendar_and_parses()
    {
        var response = await _client.GetAsync(Links.ObligationsCalendar("LBN"), Ct);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync(Ct))!;
        Assert.Contains(calendar.Events, e => e.Summary == "Lebanon: Art. 4 clearance deadline");
    }

    [Fact]
    public async Task State_page_shows_the_obligations_with_their_sources()
    {
        var html = await _client.GetStringAsync("/states/Lebanon?as_of=2026-02-03", Ct);
        Assert.Contains("Obligations on 2026-02-03", html);
        Assert.Contains("obligation-extended", html);
        Assert.Contains("2026-05-01", html);
        Assert.Contains("https://www.mineactionreview.org/country/lebanon", html);
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public async Task Api_state_profile_includes_obligations()
    {
        var json = JsonDocument.Parse(await _client.GetStringAsync("/api/states/PER?as_of=2026-02-03", Ct)).RootElement;
        Assert.Contains(json.GetProperty("obligations").EnumerateArray(), o => o.GetProperty("kind").GetString() == "stockpile-destruction" && o.GetProperty("status").GetString() == "met");
    }
}
