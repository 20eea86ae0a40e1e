using Banwatch.Web;

namespace Banwatch.Features.Events;

public static class EventsApi
{
    public static void MapEventsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/events", (BanwatchApp app, string? format, CancellationToken ct) => Api.Guard(async () =>
            Api.Answer(await EventsReport.LoadAsync(app.Db, ct), format, r => r.Events.Select(EventCsvRow.From))))
            .WithName("events")
            .WithSummary("Oslo Process conferences and Convention meetings, with every reported figure and its source")
            .Produces<EventsReport>();
        routes.MapGet("/api/events/{id}", (BanwatchApp app, string id, CancellationToken ct) => Api.Guard(async () =>
            Results.Json(await EventRecord.LoadAsync(app.Db, await Catalog.LoadAsync(app.Db, ct), id, ct) ?? throw EventRecord.Missing(id), Output.Json.Options)))
            .WithName("event")
            .WithSummary("One event: figures with their sources, declarations, each state's part, and stored documents that name it")
            .Produces<EventRecord>();
    }
}
