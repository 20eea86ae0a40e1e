using Banwatch.Web;

namespace Banwatch.Features.States;

public static class StatesApi
{
    public static void MapStatesApi(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/states/{state}", (BanwatchApp app, string state, string? as_of, CancellationToken ct) => Api.Guard(async () =>
        {
            var catalog = await Catalog.LoadAsync(app.Db, ct);
            var profile = await StateProfile.LoadAsync(app.Db, catalog, catalog.Resolve(state), Api.AsOf(as_of, app), ct);
            return Results.Json(profile, Output.Json.Options);
        }))
        .WithName("state")
        .WithSummary("A state's profile: status, treaty dates, obligations, events and declarations, each with its source")
        .Produces<StateProfile>();
}
