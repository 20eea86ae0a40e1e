using Banwatch.Features;
using Banwatch.Features.Intake;
using Banwatch.Testing;
using Banwatch.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Banwatch.Tests.Web;

/// <summary>
/// The web app over a fresh seeded database, either in memory (TestServer) or listening on a loopback port for a
/// real browser. The clock stands still on <see cref="CliRunner.Today"/>.
/// </summary>
public sealed class RunningApp : IAsyncDisposable
{
    private readonly ITestDatabase _database;
    private readonly WebApplication _web;

    private RunningApp(ITestDatabase database, BanwatchApp app, WebApplication web, HttpClient client, string baseUrl)
    {
        _database = database;
        App = app;
        _web = web;
        Client = client;
        BaseUrl = baseUrl;
    }

    public BanwatchApp App { get; }

    public HttpClient Client { get; }

    /// <summary>The app's services, for what a test asks of the app itself (its endpoints).</summary>
    public IServiceProvider Services => _web.Services;

    /// <summary>http://127.0.0.1:PORT for a listening app; http://localhost for TestServer.</summary>
    public string BaseUrl { get; }

    /// <param name="listen">Listen on a loopback port (for a browser) rather than in memory.</param>
    public static async Task<RunningApp> StartAsync(ITestDatabase database, bool listen = false, CancellationToken ct = default)
    {
        var app = await BanwatchApp.OpenAsync(database.Url, new FakeTimeProvider(CliRunner.Today), ct: ct);
        var web = WebApp.Build(app, "http://127.0.0.1:0", b =>
        {
            if (!listen)
            {
                b.WebHost.UseTestServer();
            }
        });
        await web.StartAsync(ct);
        if (!listen)
        {
            return new RunningApp(database, app, web, web.GetTestClient(), "http://localhost");
        }

        var address = web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new RunningApp(database, app, web, new HttpClient { BaseAddress = new Uri(address) }, address);
    }

    /// <summary>Stores documents through the same pipeline as an upload; returns their ids in order.</summary>
    public async Task<IReadOnlyList<long>> IngestAsync(params (string Name, string Text)[] files)
    {
        var catalog = await Catalog.LoadAsync(App.Db);
        var summary = await Ingest.UploadAsync(App.Db, catalog, [.. files.Select(f => new UploadedFile(f.Name, System.Text.Encoding.UTF8.GetBytes(f.Text)))]);
        return [.. summary.Files.Select(f => f.DocumentId ?? throw new InvalidOperationException($"{f.Path}: {f.Reason}"))];
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _web.DisposeAsync();
        App.Dispose();
        await _database.DisposeAsync();
    }
}

/// <summary>Documents written for these tests (never the seeds), with states, facts and figures to find.</summary>
public static class WebFixtures
{
    public const string Wellington =
        "source: https://example.org/wellington\nWellington, 22 February 2008. Delegations from 122 states attended the Wellington Conference. " +
        "New Zealand hosted the meeting. Ghana and Mexico endorsed the Wellington Declaration on the last day.";

    public const string Lima =
        "---\ntitle: \"Lima talks\"\ndate: 2007-05-25\nurl: https://example.org/lima\n---\n\nAt the Lima Conference, Hungary announced a moratorium on the use of cluster munitions. Laos called for a ban. The minutes were printed in Belgium.";

    /// <summary>Markup in a document is text: it must be shown, never run.</summary>
    public const string Markup = "Norway said <script>alert('x')</script> & <b>bold</b> things at the Oslo Conference.";
}
