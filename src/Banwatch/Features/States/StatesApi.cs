using Banwatch.Core.Failures;
using Banwatch.Web;

namespace Banwatch.Features.States;

public static class StatesApi
{
    public static void MapStatesApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/states", (BanwatchApp app, string? as_of, string? status, string? group, string? region, string? q, string? sort, string? format, CancellationToken ct) => Api.Guard(async () =>
            Api.Answer(StateList.For(await Catalog.LoadAsync(app.Db, ct), Query(app, as_of, status, group, region, q, sort)), format, r => r.States)))
            .WithName("states")
            .WithSummary("Every state's status on a date, filtered by status, UN regional group, region or any name, sorted by any column (sort=deposited, sort=-deposited)")
            .Produces<StateList>();
        routes.MapGet("/api/states/{state}", (BanwatchApp app, string state, string? as_of, CancellationToken ct) => Api.Guard(async () =>
        {
            var catalog = await Catalog.LoadAsync(app.Db, ct);
            var profile = await StateProfile.LoadAsync(app.Db, catalog, catalog.ResolvePath(state), Api.AsOf(as_of, app), ct);
            return Results.Json(profile, Output.Json.Options);
        }))
        .WithName("state")
        .WithSummary("A state's profile: status and its history, treaty dates, obligations, events and declarations, accepted facts, mentions, each with its source")
        .Produces<StateProfile>();
    }

    /// <summary>The list's query from the query string, the same for the page and the API.</summary>
    public static StateQuery Query(BanwatchApp app, string? asOf, string? status, string? group, string? region, string? q, string? sort)
    {
        var (column, descending) = StateSort.Parse(sort, new Field("sort"));
        return new StateQuery(
            Api.AsOf(asOf, app),
            string.IsNullOrWhiteSpace(status) ? null : StateQuery.ParseStatus(status, new Field("status")),
            string.IsNullOrWhiteSpace(group) ? null : group.Trim(),
            string.IsNullOrWhiteSpace(region) ? null : region.Trim(),
            string.IsNullOrWhiteSpace(q) ? null : q.Trim(),
            column,
            descending);
    }
}
