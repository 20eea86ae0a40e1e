using System.ServiceModel.Syndication;
using System.Xml;
using AngleSharp.Html.Parser;
using Banwatch.Testing;
using Banwatch.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Time.Testing;

namespace Banwatch.Tests.Web;

/// <summary>The Atom feeds parse back with an independent reader and carry what changed, for the record and one state.</summary>
public sealed class FeedTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();
    private BanwatchApp? _app;
    private WebApplication? _web;
    private HttpClient _client = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
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
        await _database.DisposeAsync();
    }

    private async Task<SyndicationFeed> FeedAsync(string url)
    {
        var response = await _client.GetAsync(url, Ct);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync(Ct));
        return SyndicationFeed.Load(reader);
    }

    [Fact]
    public async Task The_record_feed_parses_back_with_status_changes_and_deadlines_newest_first()
    {
        var feed = await FeedAsync("/api/feed.atom?as_of=2026-02-03");
        var ids = feed.Items.Select(i => i.Id).ToList();
        Assert.Contains("tag:banwatch,2026:status/LTU/withdrawal-effective/2025-03-06", ids);
        Assert.Contains("tag:banwatch,2026:status/VUT/deposit/2025-09-05", ids);
        Assert.Contains(feed.Items, i => i.Categories.Any(c => c.Name == "deadline-passed"));
        Assert.All(feed.Items, i => Assert.True(i.LastUpdatedTime < new DateTimeOffset(2026, 2, 4, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal(feed.Items.Select(i => i.LastUpdatedTime).OrderDescending(), feed.Items.Select(i => i.LastUpdatedTime));
        Assert.True(feed.Items.Count() <= 100);
        Assert.All(feed.Items, i => Assert.True(i.Links.Single().Uri.IsAbsoluteUri));
    }

    [Fact]
    public async Task A_states_feed_has_only_that_state_and_an_accepted_fact_appears_in_it()
    {
        var folder = Directory.CreateTempSubdirectory("banwatch-feed-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "oslo.txt"), "source: https://example.org/oslo\nOslo, 3 December 2008. Norway signed the Convention on Cluster Munitions.");
            var cli = new CliRunner(_database.Url);
            (await cli.RunAsync("ingest", folder)).Succeeded();
            (await cli.RunAsync("review", "accept-all", "--doc", "1")).Succeeded();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        var feed = await FeedAsync(Links.Feed("Norway"));
        Assert.Equal("Banwatch: Norway", feed.Title.Text);
        Assert.All(feed.Items, i => Assert.Contains("Norway", ((TextSyndicationContent)i.Title).Text));
        var fact = Assert.Single(feed.Items, i => i.Categories.Any(c => c.Name == "fact-accepted"));
        Assert.Contains("/documents/1", fact.Links.Single().Uri.ToString());
        Assert.Contains((await FeedAsync(Links.Feed())).Items, i => i.Categories.Any(c => c.Name == "document-added"));
    }

    [Fact]
    public async Task Pages_link_their_feeds_from_the_head()
    {
        var home = new HtmlParser().ParseDocument(await _client.GetStringAsync("/", Ct));
        Assert.Equal(Links.Feed(), home.Head!.QuerySelector("link[rel=alternate][type='application/atom+xml']")?.GetAttribute("href"));
        var state = new HtmlParser().ParseDocument(await _client.GetStringAsync(Links.State("NOR"), Ct));
        Assert.Contains(Links.Feed("NOR"), state.Head!.QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("href")));
    }
}
