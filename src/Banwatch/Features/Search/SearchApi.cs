using Banwatch.Web;

namespace Banwatch.Features.Search;

public static class SearchApi
{
    public static void MapSearchApi(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/search", (BanwatchApp app, string? q, string? limit, string? offset, CancellationToken ct) => Api.Guard(async () =>
            Results.Json(
                await SearchResults.RunAsync(app.Db, await Catalog.LoadAsync(app.Db, ct), q ?? "", Page.Parse(limit, offset, SearchResults.DefaultLimit), ct),
                Output.Json.Options)))
            .WithName("search")
            .WithSummary("States by name or alias, and full-text search over stored documents; snippets are plain text with the matched words' ranges")
            .Produces<SearchResults>();
}
