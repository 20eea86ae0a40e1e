using System.Net;
using System.Text.Json;
using Banwatch.Testing;
using Banwatch.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Time.Testing;

namespace Banwatch.Tests.Web;

public sealed class HealthTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Healthz_answers_200_with_the_schema_version_then_503_with_the_reason_when_the_database_is_gone()
    {
        await using var database = new SqliteTestDatabase();
        using var app = await BanwatchApp.OpenAsync(database.Url, new FakeTimeProvider(CliRunner.Today), ct: Ct);
        await using var web = WebApp.Build(app, "http://127.0.0.1:0", b => b.WebHost.UseTestServer());
        await web.StartAsync(Ct);
        using var client = web.GetTestClient();

        var ok = await client.GetAsync("/healthz", Ct);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var health = JsonDocument.Parse(await ok.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal("sqlite", health.GetProperty("database").GetString());
        Assert.True(health.GetProperty("schema_version").GetInt32() >= 3);

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(database.Url);
        var gone = await client.GetAsync("/healthz", Ct);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, gone.StatusCode);
        var problem = JsonDocument.Parse(await gone.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal("unavailable", problem.GetProperty("status").GetString());
        Assert.Contains("schema_version", problem.GetProperty("problem").GetString(), StringComparison.Ordinal);
    }
}
