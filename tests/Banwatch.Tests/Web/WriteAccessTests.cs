using System.Net;
using System.Net.Http.Json;
using Banwatch.Testing;
using Banwatch.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Time.Testing;

namespace Banwatch.Tests.Web;

/// <summary>Who may write: the person at the machine on a loopback-bound server; nobody on one bound elsewhere without accounts.</summary>
public sealed class WriteAccessTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();
    private BanwatchApp? _app;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() =>
        _app = await BanwatchApp.OpenAsync(_database.Url, new FakeTimeProvider(CliRunner.Today), ct: Ct);

    public async ValueTask DisposeAsync()
    {
        _app?.Dispose();
        await _database.DisposeAsync();
    }

    private async Task<HttpResponseMessage> SendAsync(string urls, HttpRequestMessage request, WebOptions? options = null)
    {
        await using var web = WebApp.Build(_app!, urls, b => b.WebHost.UseTestServer(), options);
        await web.StartAsync(Ct);
        using var client = web.GetTestClient();
        return await client.SendAsync(request, Ct);
    }

    private static readonly long[] NoSuchFact = [999];

    private static HttpRequestMessage Review() =>
        new(HttpMethod.Post, "/api/review") { Content = JsonContent.Create(new { ids = NoSuchFact, decision = "accepted" }) };

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://127.0.0.1:5080;http://192.168.1.20:5080")]
    public async Task Bound_to_another_address_every_write_is_refused_with_403_and_the_reason(string urls)
    {
        var api = await SendAsync(urls, Review());
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        var problem = System.Text.Json.JsonDocument.Parse(await api.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal("forbidden", problem.GetProperty("kind").GetString());
        Assert.Contains("is read-only", problem.GetProperty("detail").GetString());

        var upload = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = new MultipartFormDataContent { { new StringContent("Norway."), "files", "a.txt" } } };
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(urls, upload)).StatusCode);

        var page = new HttpRequestMessage(HttpMethod.Post, "/review") { Content = new FormUrlEncodedContent([]) };
        page.Headers.Accept.ParseAdd("text/html");
        var html = await SendAsync(urls, page);
        Assert.Equal(HttpStatusCode.Forbidden, html.StatusCode);
        Assert.Contains("is read-only", await html.Content.ReadAsStringAsync(Ct));

        foreach (var method in new[] { HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(urls, new HttpRequestMessage(method, "/api/documents/1"))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await SendAsync(urls, new HttpRequestMessage(HttpMethod.Get, "/api/status"))).StatusCode);
    }

    [Fact]
    public async Task Bound_to_loopback_the_local_user_may_write()
    {
        var response = await SendAsync("http://127.0.0.1:5080", Review());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("999", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Once_there_are_accounts_an_anonymous_write_is_refused_even_from_this_machine()
    {
        await Banwatch.Features.Accounts.Accounts.AddUserAsync(_app!, Banwatch.Features.Accounts.Caller.Local, "ana", Core.Accounts.Role.Admin, Ct);
        var response = await SendAsync("http://127.0.0.1:5080", Review());
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.Contains("this server has accounts: sign in", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Behind_a_proxy_the_client_is_the_one_it_forwards_for()
    {
        var forwarded = Review();
        forwarded.Headers.Add("X-Forwarded-For", "203.0.113.5");
        var response = await SendAsync("http://127.0.0.1:5080", forwarded, new WebOptions(BehindProxy: true));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("not from 203.0.113.5", await response.Content.ReadAsStringAsync(Ct));

        var ignored = Review();
        ignored.Headers.Add("X-Forwarded-For", "203.0.113.5");
        Assert.Equal(HttpStatusCode.OK, (await SendAsync("http://127.0.0.1:5080", ignored)).StatusCode); // not behind a proxy: the header means nothing
    }

    [Theory]
    [InlineData("Origin", "https://evil.example", "another site's page")]
    [InlineData("Origin", "null", "another site's page")]
    [InlineData("Sec-Fetch-Site", "cross-site", "another site's page")]
    [InlineData("Host", "banwatch.evil.example", "not this machine")]
    public async Task A_write_from_another_site_or_for_another_host_is_refused_even_on_loopback(string header, string value, string reason)
    {
        var request = Review();
        if (header == "Host")
        {
            request.Headers.Host = value;
        }
        else
        {
            request.Headers.Add(header, value);
        }

        var response = await SendAsync("http://127.0.0.1:5080", request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task A_write_from_banwatchs_own_page_is_accepted()
    {
        var request = Review();
        request.Headers.Add("Origin", "http://localhost");
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        Assert.Equal(HttpStatusCode.OK, (await SendAsync("http://127.0.0.1:5080", request)).StatusCode);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:0", true)]
    [InlineData("https://127.0.0.2:443/", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://[::]:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://+:5080", false)]
    [InlineData("http://banwatch.example.org:80", false)]
    public void Knows_a_loopback_address(string url, bool loopback) => Assert.Equal(loopback, WriteAccess.IsLoopbackUrl(url));

    [Theory]
    [InlineData("/")]
    [InlineData("/api/status")]
    [InlineData("/states/NOR")]
    public async Task Every_answer_carries_the_security_headers(string path)
    {
        var response = await SendAsync("http://127.0.0.1:5080", new HttpRequestMessage(HttpMethod.Get, path));
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        var scripts = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));
        Assert.Equal("script-src 'self'", scripts);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }
}
