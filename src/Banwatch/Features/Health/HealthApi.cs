namespace Banwatch.Features.Health;

public static class HealthApi
{
    public const string Path = "/healthz";

    public static void MapHealthApi(this IEndpointRouteBuilder routes) =>
        routes.MapGet(Path, async (BanwatchApp app, CancellationToken ct) =>
        {
            var health = await Health.CheckAsync(app.Db, ct);
            return Results.Json(health, Output.Json.Options, statusCode: health.IsHealthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        })
            .WithName("healthz")
            .WithSummary("Whether this process can reach its database: 200 with the schema version, or 503 with the reason (for a reverse proxy or service manager)")
            .Produces<Health>()
            .Produces<Health>(StatusCodes.Status503ServiceUnavailable);
}
