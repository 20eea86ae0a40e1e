using Banwatch.Web;

namespace Banwatch.Features.Events;

public static class EventsApi
{
    public static void MapEventsApi(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/events", (BanwatchApp app, string? format, CancellationToken ct) => Api.Guard(async () =>
            Api.Answer(await EventsReport.LoadAsync(app.Db, ct), format, r => r.Events.Select(EventCsvRow.From))))
            .WithName("events")
            .WithSummary("Oslo Process conferences and Convention meetings, with every reported figure and its source")
            .Produces<EventsReport>();
}
