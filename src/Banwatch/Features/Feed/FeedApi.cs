using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Banwatch.Web;

namespace Banwatch.Features.Feed;

/// <summary>The changes as an Atom feed (RFC 4287), written by System.ServiceModel.Syndication: for the record, or one state.</summary>
public static class FeedApi
{
    public const string MediaType = "application/atom+xml";

    public static void MapFeedApi(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/feed.atom", async (BanwatchApp app, HttpRequest request, string? state, string? as_of, CancellationToken ct) =>
        {
            var catalog = await Catalog.LoadAsync(app.Db, ct);
            var feed = await ChangesFeed.LoadAsync(app.Db, Api.AsOf(as_of, app), state is null ? null : catalog.Resolve(state), ct);
            return Results.Bytes(Atom(feed, $"{request.Scheme}://{request.Host}"), $"{MediaType}; charset=utf-8");
        })
        .WithName("feed")
        .WithSummary("Atom feed of changes, newest first: signatures, deposits, entry into force, withdrawals, deadlines passed, documents added, facts accepted; `state` for one state")
        .Produces<string>(contentType: MediaType);

    /// <summary>The feed as Atom XML in UTF-8; links are absolute under <paramref name="site"/>, as feed readers need.</summary>
    public static byte[] Atom(ChangesFeed feed, string site)
    {
        var self = site + Links.Feed(feed.Iso3);
        var syndication = new SyndicationFeed(feed.Title, "Convention on Cluster Munitions: what changed, with links to the sources", new Uri(site + (feed.Iso3 is { } iso3 ? Links.State(iso3) : Links.Home())))
        {
            Id = Tag(feed.Iso3 is null ? "feed" : $"feed/{feed.Iso3}"),
            LastUpdatedTime = feed.Changes.Count > 0 ? feed.Changes[0].When : new DateTimeOffset(feed.AsOf.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            Generator = "Banwatch",
            Items = [.. feed.Changes.Select(c => new SyndicationItem(c.Title, c.Title, new Uri(site + c.Link), Tag(c.Id), c.When)
            {
                Categories = { new SyndicationCategory(c.Kind) },
            })],
        };
        syndication.Authors.Add(new SyndicationPerson { Name = "Banwatch" });
        syndication.Links.Add(new SyndicationLink(new Uri(self), "self", feed.Title, MediaType, 0));

        using var bytes = new MemoryStream();
        using (var writer = XmlWriter.Create(bytes, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(syndication).WriteTo(writer);
        }

        return bytes.ToArray();
    }

    private static string Tag(string id) => $"tag:banwatch,2026:{id}";
}
