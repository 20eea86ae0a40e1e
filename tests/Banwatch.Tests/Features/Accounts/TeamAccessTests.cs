using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Banwatch.Core.Accounts;
using Banwatch.Features.Accounts;
using Banwatch.Testing;
using Banwatch.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Time.Testing;

namespace Banwatch.Tests.Features.Accounts;

/// <summary>
/// A team on one server bound to a non-loopback address: who may write with which API token (every role and token
/// state against a write), what the CLI does for whom (--as), and the audit log of it all. Run on SQLite and PostgreSQL.
/// </summary>
public abstract partial class TeamAccessTests : IAsyncLifetime
{
    private const string TeamUrls = "http://0.0.0.0:5080";

    private static readonly long[] FirstFact = [1];

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly string _folder = Directory.CreateTempSubdirectory("banwatch-team-").FullName;
    private ITestDatabase? _database;
    private BanwatchApp? _app;

    protected abstract Task<ITestDatabase> CreateDatabaseAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private BanwatchApp App => _app!;

    private CliRunner Cli => new(_database!.Url);

    /// <summary>The web app over this test's database, in memory, bound as a team server is (not to loopback alone).</summary>
    private async Task<WebApplication> StartWebAsync(WebOptions? options = null)
    {
        var web = WebApp.Build(App, TeamUrls, b => b.WebHost.UseTestServer(), options);
        await web.StartAsync(Ct);
        return web;
    }

    public async ValueTask InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        await File.WriteAllTextAsync(Path.Combine(_folder, "oslo.txt"), "Oslo, 3 December 2008. Norway signed the Convention. Laos signed it too.", Ct);
        (await Cli.RunAsync("ingest", _folder)).Succeeded();
        _app = await BanwatchApp.OpenAsync(_database.Url, _time, ct: Ct);
        foreach (var (name, role) in new[] { ("rita", Role.Reader), ("ed", Role.Editor), ("ada", Role.Admin), ("gone", Role.Editor) })
        {
            await Banwatch.Features.Accounts.Accounts.AddUserAsync(App, Caller.Local, name, role, Ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _app?.Dispose();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    private Task<CreatedToken> TokenAsync(string user, TokenScope scope, int? days = null) =>
        Banwatch.Features.Accounts.Accounts.CreateTokenAsync(App, Caller.Local, user, scope, days, Ct);

    private async Task<HttpResponseMessage> ReviewAsync(string? token)
    {
        await using var web = await StartWebAsync();
        using var client = web.GetTestClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/review") { Content = JsonContent.Create(new { ids = FirstFact, decision = "accepted" }) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request, Ct);
    }

    [Fact]
    public async Task Every_kind_of_caller_gets_allowed_401_or_403_on_a_write_and_never_a_silent_success()
    {
        var editorWrite = await TokenAsync("ed", TokenScope.Write);
        var cases = new List<(string Who, string? Token, HttpStatusCode Expected)>
        {
            ("anonymous", null, HttpStatusCode.Unauthorized),
            ("unknown token", "bw_not-a-token", HttpStatusCode.Unauthorized),
            ("reader, write token", (await TokenAsync("rita", TokenScope.Write)).Token, HttpStatusCode.Forbidden),
            ("editor, read token", (await TokenAsync("ed", TokenScope.Read)).Token, HttpStatusCode.Forbidden),
            ("admin, write token", (await TokenAsync("ada", TokenScope.Write)).Token, HttpStatusCode.OK),
        };
        var revoked = await TokenAsync("ed", TokenScope.Write);
        await Banwatch.Features.Accounts.Accounts.RevokeTokenAsync(App, Caller.Local, revoked.Id, Ct);
        cases.Add(("revoked token", revoked.Token, HttpStatusCode.Unauthorized));
        var expiring = await TokenAsync("ed", TokenScope.Write, days: 1);
        var disabled = await TokenAsync("gone", TokenScope.Write);
        await Banwatch.Features.Accounts.Accounts.ChangeUserAsync(App, Caller.Local, "gone", null, disable: true, Ct);
        cases.Add(("disabled account", disabled.Token, HttpStatusCode.Unauthorized));

        foreach (var (who, token, expected) in cases)
        {
            var response = await ReviewAsync(token);
            Assert.True(response.StatusCode == expected, $"{who}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
            if (expected != HttpStatusCode.OK)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }

            if (expected == HttpStatusCode.Unauthorized)
            {
                Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
            }
        }

        Assert.Equal(HttpStatusCode.OK, (await ReviewAsync(expiring.Token)).StatusCode);
        _time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(HttpStatusCode.Unauthorized, (await ReviewAsync(expiring.Token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ReviewAsync(editorWrite.Token)).StatusCode);

        var decisions = (await App.Db.AuditAsync(null, null, 100, ct: Ct)).Where(a => a.Action == "fact-accepted").Select(a => a.Actor).ToList();
        Assert.Equal(["ed", "ed", "ada"], decisions);
    }

    [Fact]
    public async Task A_person_signs_in_on_the_login_page_and_writes_by_their_role_as_it_is_now()
    {
        const string password = "correct horse battery";
        await Banwatch.Features.Accounts.Accounts.SetPasswordAsync(App, Caller.Local, "ed", password, Ct);
        await Banwatch.Features.Accounts.Accounts.SetPasswordAsync(App, Caller.Local, "rita", password, Ct);
        await using var web = await StartWebAsync();
        using var client = web.GetTestClient();

        async Task<HttpStatusCode> WriteAsync(string? session)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/review") { Content = JsonContent.Create(new { ids = FirstFact, decision = "accepted" }) };
            if (session is not null)
            {
                request.Headers.Add("Cookie", session);
            }

            return (await client.SendAsync(request, Ct)).StatusCode;
        }

        var wrong = await SignInAsync(client, "ed", "not the password");
        Assert.Equal((HttpStatusCode.Unauthorized, (string?)null), (wrong.Status, wrong.Session));
        Assert.Contains("wrong name or password", wrong.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(client, "nobody", password)).Status);

        var ed = await SignInAsync(client, "ed", password);
        Assert.Equal(HttpStatusCode.Redirect, ed.Status);
        using (var home = new HttpRequestMessage(HttpMethod.Get, "/"))
        {
            home.Headers.Add("Cookie", ed.Session);
            Assert.Contains("Signed in as <strong>ed</strong>", await (await client.SendAsync(home, Ct)).Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, await WriteAsync(ed.Session));
        var rita = await SignInAsync(client, "rita", password);
        Assert.Equal(HttpStatusCode.Forbidden, await WriteAsync(rita.Session)); // a reader
        Assert.Equal(HttpStatusCode.Unauthorized, await WriteAsync(null)); // nobody signed in, on a server with accounts

        await Banwatch.Features.Accounts.Accounts.ChangeUserAsync(App, Caller.Local, "ed", null, disable: true, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, await WriteAsync(ed.Session)); // disabled since signing in
        Assert.Equal("ed", Assert.Single(await App.Db.AuditAsync(null, "ed", 10, ct: Ct)).Actor);

        // Five attempts a minute from one address (four so far); the sixth is refused before the password is checked.
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(client, "rita", "guess number five")).Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(client, "rita", password)).Status);
    }

    /// <summary>Signs in on /login as a browser would (anti-forgery token and cookie from the page); the session cookie, if one was given.</summary>
    private static async Task<(HttpStatusCode Status, string? Session, string Body)> SignInAsync(HttpClient client, string name, string secret)
    {
        var page = await client.GetAsync("/login", Ct);
        var token = AntiforgeryField().Match(await page.Content.ReadAsStringAsync(Ct)).Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/login")
        {
            Content = new FormUrlEncodedContent([new("name", name), new("password", secret), new("__RequestVerificationToken", token)]),
        };
        post.Headers.Add("Cookie", string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
        var answer = await client.SendAsync(post, Ct);
        var session = answer.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies.FirstOrDefault(c => c.StartsWith("banwatch.session=", StringComparison.Ordinal))?.Split(';')[0] : null;
        return (answer.StatusCode, session, await answer.Content.ReadAsStringAsync(Ct));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [Fact]
    public async Task A_token_is_shown_once_stored_hashed_and_the_cli_logs_who_did_what()
    {
        var made = await Cli.RunAsync("tokens", "create", "--user", "ed", "--scope", "write", "--expires", "30");
        var token = made.Succeeded().Out.Trim();
        Assert.StartsWith(Banwatch.Features.Accounts.Accounts.TokenPrefix, token, StringComparison.Ordinal);
        Assert.Contains("shown only now", made.Error, StringComparison.Ordinal);
        var list = (await Cli.RunAsync("tokens", "list", "--format", "json")).Succeeded().Out;
        Assert.DoesNotContain(token, list, StringComparison.Ordinal);
        Assert.DoesNotContain(token, (await Cli.RunAsync("audit", "--format", "json")).Succeeded().Out, StringComparison.Ordinal);

        Assert.Equal(8, (await Cli.RunAsync("review", "accept", "1", "--as", "rita")).ExitCode); // a reader may not review
        Assert.Equal(8, (await Cli.RunAsync("users", "add", "mallory", "--role", "admin", "--as", "ed")).ExitCode); // nor an editor add people
        (await Cli.RunAsync("review", "accept", "1", "--as", "ed")).Succeeded();
        (await Cli.RunAsync("review", "reject", "2")).Succeeded();
        Assert.Equal(2, (await Cli.RunAsync("users", "add", "bad name!")).ExitCode);
        Assert.Equal(7, (await Cli.RunAsync("users", "add", "ed")).ExitCode);

        var audit = JsonDocument.Parse((await Cli.RunAsync("audit", "--format", "json")).Succeeded().Out).RootElement.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(("fact-rejected", $"local:{Environment.UserName}"), (audit[0].GetProperty("action").GetString(), audit[0].GetProperty("actor").GetString()));
        Assert.Equal(("fact-accepted", "ed"), (audit[1].GetProperty("action").GetString(), audit[1].GetProperty("actor").GetString()));
        Assert.Single(JsonDocument.Parse((await Cli.RunAsync("audit", "--user", "ed", "--format", "json")).Succeeded().Out).RootElement.GetProperty("entries").EnumerateArray());
    }
}

public abstract partial class TeamAccessTests
{
    [Fact]
    public async Task Every_kind_of_write_is_in_the_audit_log_under_who_made_it_and_held_to_their_role()
    {
        (await Cli.RunAsync("positions", "add", "--state", "Japan", "--issue", "transition", "--stance", "weaken", "--date", "2007-12-07", "--source", "https://example.org/japan", "--as", "ed")).Succeeded();
        (await Cli.RunAsync("categories", "add", "--state", "Myanmar", "--category", "producer", "--not", "--as-of", "2025-09", "--source", "https://example.org/mm", "--as", "ed")).Succeeded();
        (await Cli.RunAsync("actions", "add", "--state", "Norway", "--kind", "letter", "--date", "2026-11-01", "--organisation", "CMC", "--summary", "Letter", "--follow-up", "2026-11-20", "--as", "ed")).Succeeded();
        (await Cli.RunAsync("actions", "done", "1", "--as", "ed")).Succeeded();
        (await Cli.RunAsync("obligations", "add", "--state", "Norway", "--kind", "annual-report", "--year", "2024", "--completed", "2025-04-29", "--source", "https://example.org/nor", "--as", "ed")).Succeeded();
        Assert.Equal(8, (await Cli.RunAsync("positions", "add", "--state", "Japan", "--issue", "transition", "--stance", "support", "--date", "2008-05-30", "--source", "https://example.org/j2", "--as", "rita")).ExitCode);
        Assert.Equal(8, (await Cli.RunAsync("data", "load", "--as", "ed")).ExitCode); // data loads need an admin

        var actions = JsonDocument.Parse((await Cli.RunAsync("audit", "--user", "ed", "--format", "json")).Succeeded().Out).RootElement.GetProperty("entries").EnumerateArray()
            .Select(a => a.GetProperty("action").GetString()).ToList();
        Assert.Equal(["obligation-updated", "action-done", "action-logged", "category-added", "position-added"], actions);
        var ingest = JsonDocument.Parse((await Cli.RunAsync("audit", "--user", $"local:{Environment.UserName}", "--format", "json")).Succeeded().Out).RootElement.GetProperty("entries").EnumerateArray();
        Assert.Contains(ingest, a => a.GetProperty("action").GetString() == "document-added" && a.GetProperty("subject").GetString()!.Contains("oslo.txt", StringComparison.Ordinal));
    }
}

public sealed class SqliteTeamAccessTests : TeamAccessTests
{
    protected override Task<ITestDatabase> CreateDatabaseAsync() => Task.FromResult<ITestDatabase>(new SqliteTestDatabase());
}

public sealed class PostgresTeamAccessTests : TeamAccessTests
{
    protected override async Task<ITestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync();
}
