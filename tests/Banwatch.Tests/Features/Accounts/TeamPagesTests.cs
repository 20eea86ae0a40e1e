using System.Net;
using System.Net.Http.Headers;
using Banwatch.Core.Accounts;
using Banwatch.Features.Accounts;
using Banwatch.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace Banwatch.Tests.Features.Accounts;

public abstract partial class TeamAccessTests
{
    private const string Password = "correct horse battery";

    /// <summary>A form posted as a browser does: the page read with the session, its anti-forgery token and cookie sent back.</summary>
    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string session, string page, string action, params (string Name, string Value)[] fields)
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, page);
        get.Headers.Add("Cookie", session);
        var read = await client.SendAsync(get, Ct);
        var token = AntiforgeryField().Match(await read.Content.ReadAsStringAsync(Ct)).Groups[1].Value;
        var cookies = read.Headers.TryGetValues("Set-Cookie", out var set) ? set.Select(c => c.Split(';')[0]) : [];
        using var post = new HttpRequestMessage(HttpMethod.Post, action) { Content = new FormUrlEncodedContent([.. fields.Select(f => KeyValuePair.Create(f.Name, f.Value)), new("__RequestVerificationToken", token)]) };
        post.Headers.Add("Cookie", string.Join("; ", cookies.Append(session)));
        return await client.SendAsync(post, Ct);
    }

    private static async Task<string> GetAsync(HttpClient client, string path, string? session = null, string? token = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html");
        if (session is not null)
        {
            request.Headers.Add("Cookie", session);
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await client.SendAsync(request, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"GET {path}: {(int)response.StatusCode}, not {(int)expected}: {body}");
        return expected == HttpStatusCode.Redirect ? response.Headers.Location!.ToString() : body;
    }

    [Fact]
    public async Task An_editors_accepted_fact_says_who_accepted_it_and_when_and_admins_see_it_in_the_audit_log()
    {
        await Banwatch.Features.Accounts.Accounts.SetPasswordAsync(App, Caller.Local, "ed", Password, Ct);
        await using var web = await StartWebAsync();
        using var client = web.GetTestClient();
        var ed = (await SignInAsync(client, "ed", Password)).Session!;
        var fact = (await App.Db.FactsAsync(ct: Ct)).First(f => f.Iso3 == "NOR");

        var decided = await PostFormAsync(client, ed, "/review", "/review", ("decide", $"accepted:{fact.Id}"));
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        Assert.Contains("accepted by ed on 2026-12-01", await GetAsync(client, "/review?review=accepted"), StringComparison.Ordinal);
        var state = await GetAsync(client, "/states/NOR");
        Assert.Contains("accepted by ed on 2026-12-01", state, StringComparison.Ordinal);
        Assert.Contains("fact accepted by <strong>ed</strong> on 2026-12-01", state, StringComparison.Ordinal);
        Assert.Contains("\"reviewed_by\": \"ed\"", (await Cli.RunAsync("review", "list", "--all", "--format", "json")).Succeeded().Out, StringComparison.Ordinal);

        // The audit log is for admins: on the page, the API and the CLI.
        var admin = (await TokenAsync("ada", TokenScope.Read)).Token;
        var audit = await GetAsync(client, "/admin/audit?user=ed", token: admin);
        Assert.Contains($"fact #{fact.Id} (signed NOR", audit, StringComparison.Ordinal);
        Assert.Contains("\"actor\": \"ed\"", await GetAsync(client, "/api/admin/audit?state=Norway", token: admin), StringComparison.Ordinal);
        Assert.Equal("/login?returnUrl=%2Fadmin%2Faudit", await GetAsync(client, "/admin/audit", expected: HttpStatusCode.Redirect));
        await GetAsync(client, "/admin/audit", session: ed, expected: HttpStatusCode.Forbidden);
        await GetAsync(client, "/api/admin/users", token: (await TokenAsync("rita", TokenScope.Write)).Token, expected: HttpStatusCode.Forbidden);
        Assert.Equal(8, (await Cli.RunAsync("audit", "--as", "ed")).ExitCode);
    }

    [Fact]
    public async Task An_admin_adds_a_person_and_makes_them_a_token_on_the_people_page()
    {
        await Banwatch.Features.Accounts.Accounts.SetPasswordAsync(App, Caller.Local, "ada", Password, Ct);
        await using var web = await StartWebAsync();
        using var client = web.GetTestClient();
        var ada = (await SignInAsync(client, "ada", Password)).Session!;
        Assert.Contains("href=\"/admin/users\">Admin</a>", await GetAsync(client, "/", session: ada), StringComparison.Ordinal);

        var added = await PostFormAsync(client, ada, "/admin/users", "/admin/users?handler=add", ("name", "nina"), ("role", "editor"), ("password", Password));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("<th scope=\"row\"><a href=\"/admin/audit?user=nina\">nina</a></th>", await GetAsync(client, "/admin/users", session: ada), StringComparison.Ordinal);
        var tooShort = await PostFormAsync(client, ada, "/admin/users", "/admin/users?handler=password", ("name", "nina"), ("password", "short"));
        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.Contains("at least 12 characters", await tooShort.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var made = await PostFormAsync(client, ada, "/admin/users", "/admin/users?handler=token", ("user", "nina"), ("scope", "write"), ("days", "30"));
        Assert.True(made.Headers.CacheControl?.NoStore);
        var token = System.Text.RegularExpressions.Regex.Match(await made.Content.ReadAsStringAsync(Ct), "id=\"new-token\" readonly size=\"60\" value=\"(bw_[^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(token);
        using var review = new HttpRequestMessage(HttpMethod.Post, "/api/review") { Content = System.Net.Http.Json.JsonContent.Create(new { ids = FirstFact, decision = "rejected" }) };
        review.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(review, Ct)).StatusCode);
        Assert.DoesNotContain(token, await GetAsync(client, "/admin/users", session: ada), StringComparison.Ordinal);

        var disabled = await PostFormAsync(client, ada, "/admin/users", "/admin/users?handler=disable", ("name", "nina"));
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/states/NOR");
        again.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(again, Ct)).StatusCode);
        var log = (await App.Db.AuditAsync(null, "ada", 10, ct: Ct)).Select(a => a.Action).ToList();
        Assert.Equal(["user-disabled", "token-created", "user-password-set", "user-added"], log);
    }

    [Fact]
    public async Task A_private_server_answers_only_people_signed_in_or_with_a_token_and_the_health_check()
    {
        await using var web = await StartWebAsync(new WebOptions(Private: true));
        using var client = web.GetTestClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/states/NOR", Ct)).StatusCode);
        Assert.Equal("/login?returnUrl=%2Fstates%2FNOR", await GetAsync(client, "/states/NOR", expected: HttpStatusCode.Redirect));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/login", Ct)).StatusCode);
        Assert.Contains("Norway", await GetAsync(client, "/api/states/NOR", token: (await TokenAsync("rita", TokenScope.Read)).Token), StringComparison.Ordinal);
    }
}
