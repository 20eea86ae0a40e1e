using System.Net;
using System.Net.Http.Json;
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
        Assert.Contains("Norway: state party", html);
        Assert.Contains("<svg", html);
        Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)", html);
    }

    [Fact]
    public async Task State_page_resolves_aliases_and_shows_sources()
    {
        var html = await _client.GetStringAsync("/states/Lithuania", Ct);
        Assert.Contains("2025-03-06", html);
        Assert.Contains("treaties.un.org", html);
    }

    [Fact]
    public async Task An_unknown_state_in_the_path_is_a_404_on_the_page_and_in_the_api_with_suggestions()
    {
        const string message = "unknown state 'Nigera'. Did you mean Niger (NER) or Nigeria (NGA)?";
        var html = await _client.GetAsync("/states/Nigera", Ct);
        var json = await _client.GetAsync("/api/states/Nigera", Ct);
        Assert.Equal(HttpStatusCode.NotFound, html.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, json.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await html.Content.ReadAsStringAsync(Ct)));
        var problem = JsonDocument.Parse(await json.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal(message, problem.GetProperty("detail").GetString());
        Assert.Equal("not_found", problem.GetProperty("kind").GetString());
    }

    [Theory]
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
    public async Task OpenApi_says_which_scope_each_operation_needs()
    {
        var doc = JsonDocument.Parse(await _client.GetStringAsync(Links.OpenApi, Ct)).RootElement;
        Assert.Equal("bearer", doc.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer").GetProperty("scheme").GetString());
        var operations = doc.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Path: p.Name, Method: o.Name, Operation: o.Value)))
            .ToList();
        Assert.Contains(operations, o => o.Method == "post");
        foreach (var (path, method, operation) in operations)
        {
            var security = operation.GetProperty("security").EnumerateArray().ToList();
            var scopes = security.Where(r => r.TryGetProperty("bearer", out _)).SelectMany(r => r.GetProperty("bearer").EnumerateArray().Select(s => s.GetString())).ToList();
            var open = security.Any(r => !r.EnumerateObject().Any());
            var (expectedScope, expectedOpen) = method != "get" ? ("write", false) : path.StartsWith("/api/admin", StringComparison.Ordinal) ? ("read", false) : ("read", true);
            Assert.True(scopes.SequenceEqual([expectedScope]) && open == expectedOpen, $"{method} {path}: scopes {string.Join(",", scopes)}, open to all: {open}");
            Assert.True(operation.GetProperty("responses").TryGetProperty("401", out _), $"{method} {path}: no 401");
            Assert.Equal(!expectedOpen, operation.GetProperty("responses").TryGetProperty("403", out _));
        }
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
        Assert.Contains("Obligations on 3 February 2026", html);
        Assert.Contains("obligation-extended", html);
        Assert.Contains("2026-05-01", html);
        Assert.Contains("https://www.mineactionreview.org/country/lebanon", html);
        Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)", html);
    }

    [Fact]
    public async Task Api_state_profile_includes_obligations()
    {
        var json = JsonDocument.Parse(await _client.GetStringAsync("/api/states/PER?as_of=2026-02-03", Ct)).RootElement;
        Assert.Contains(json.GetProperty("obligations").EnumerateArray(), o => o.GetProperty("kind").GetString() == "stockpile-destruction" && o.GetProperty("status").GetString() == "met");
    }

    private async Task<JsonElement> UploadAsync(params (string Name, string Text)[] files)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (name, text) in files)
        {
            form.Add(new StringContent(text), "files", name);
        }

        var response = await _client.PostAsync("/api/documents", form, Ct);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
    }

    [Fact]
    public async Task Upload_ingests_like_the_cli_and_refuses_bad_files_with_the_same_reasons()
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent("New Zealand hosted the Wellington Conference. Ghana endorsed the Wellington Declaration."), "files", "wellington.txt" },
            { new ByteArrayContent([]), "files", "empty.txt" },
            { new StringContent("MZ"), "files", "tool.exe" },
        };
        var response = await _client.PostAsync("/api/documents", form, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var files = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(["ingested", "failed", "failed"], files.Select(f => f.GetProperty("outcome").GetString()));
        Assert.Equal("empty file", files[1].GetProperty("reason").GetString());
        Assert.StartsWith("unsupported file type '.exe'", files[2].GetProperty("reason").GetString(), StringComparison.Ordinal);

        var id = files[0].GetProperty("document_id").GetInt64();
        var record = JsonDocument.Parse(await _client.GetStringAsync(Links.DocumentApi(id), Ct)).RootElement;
        Assert.Equal("wellington.txt", record.GetProperty("document").GetProperty("name").GetString());
        Assert.Contains(record.GetProperty("mentions").EnumerateArray(), m => m.GetProperty("iso3").GetString() == "NZL");
        var list = JsonDocument.Parse(await _client.GetStringAsync("/api/documents", Ct)).RootElement;
        Assert.Equal(1, list.GetProperty("paging").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_unknown_document_is_a_404_problem()
    {
        var response = await _client.GetAsync(Links.DocumentApi(424242), Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.StartsWith("no document #424242", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("not_found", problem.GetProperty("kind").GetString());
    }

    [Theory]
    [InlineData("/api/documents?limit=0", "limit: '0' is not a whole number from 1 to 1000")]
    [InlineData("/api/documents?limit=-1", "limit: '-1' is not a whole number from 1 to 1000")]
    [InlineData("/api/documents?limit=abc", "limit: 'abc' is not a whole number from 1 to 1000")]
    [InlineData("/api/search?q=Oslo&offset=-3", "offset: '-3' is not a whole number from 0 up")]
    [InlineData("/api/search?q=", "q: give one or more words to search for")]
    [InlineData("/api/review?limit=0", "limit: '0' is not a whole number from 1 to 1000")]
    [InlineData("/api/review?review=maybe", "review: 'maybe' is not one of pending, accepted, rejected, all")]
    public async Task Bad_list_queries_are_400_problems_that_say_why(string url, string message)
    {
        var response = await _client.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Search_answers_plain_snippets_with_ranges_and_states()
    {
        await UploadAsync(("oslo.txt", "Norway hosted the Oslo Conference on Cluster Munitions in February 2007."));
        var json = JsonDocument.Parse(await _client.GetStringAsync("/api/search?q=Oslo", Ct)).RootElement;
        var hit = Assert.Single(json.GetProperty("documents").EnumerateArray());
        var snippet = hit.GetProperty("snippet").GetString()!;
        Assert.DoesNotContain(snippet, char.IsControl);
        var range = Assert.Single(hit.GetProperty("highlights").EnumerateArray());
        Assert.Equal("Oslo", snippet[range.GetProperty("start").GetInt32()..range.GetProperty("end").GetInt32()]);
        var states = JsonDocument.Parse(await _client.GetStringAsync("/api/search?q=Laos", Ct)).RootElement.GetProperty("states");
        Assert.Equal("LAO", Assert.Single(states.EnumerateArray()).GetProperty("iso3").GetString());
    }

    [Fact]
    public async Task Review_through_the_api_accepts_rejects_and_reports_unknown_ids()
    {
        var upload = await UploadAsync(("wellington.txt", "New Zealand hosted the Wellington Conference. Ghana endorsed the Wellington Declaration."));
        var doc = upload.GetProperty("files")[0].GetProperty("document_id").GetInt64();
        var queue = JsonDocument.Parse(await _client.GetStringAsync($"/api/review?doc={doc}", Ct)).RootElement;
        var facts = queue.GetProperty("facts").EnumerateArray().ToList();
        var chaired = facts.Single(f => f.GetProperty("kind").GetString() == "chaired").GetProperty("id").GetInt64();

        var response = await _client.PostAsync("/api/review", JsonContent.Create(new { ids = new[] { chaired, 424242 }, decision = "accepted" }), Ct);
        var decision = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal([chaired], decision.GetProperty("reviewed").EnumerateArray().Select(e => e.GetInt64()));
        Assert.Equal([424242L], decision.GetProperty("missing").EnumerateArray().Select(e => e.GetInt64()));
        var nzl = JsonDocument.Parse(await _client.GetStringAsync(Links.StateApi("NZL"), Ct)).RootElement;
        Assert.Contains(nzl.GetProperty("facts").EnumerateArray(), f => f.GetProperty("id").GetInt64() == chaired);

        var all = await _client.PostAsync($"/api/documents/{doc}/accept-all", null, Ct);
        var accepted = JsonDocument.Parse(await all.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("reviewed").GetArrayLength();
        Assert.Equal(facts.Count - 1, accepted);
        var again = await _client.PostAsync($"/api/documents/{doc}/accept-all", null, Ct); // none pending: nothing to do, no failure
        Assert.Equal(0, JsonDocument.Parse(await again.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("reviewed").GetArrayLength());
        var csv = await _client.GetStringAsync($"/api/review?review=accepted&format=csv", Ct);
        Assert.Equal(facts.Count + 1, csv.TrimEnd().Split('\n').Length);
    }
}
