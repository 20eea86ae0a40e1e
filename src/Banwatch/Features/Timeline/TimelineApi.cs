using Banwatch.Core.Failures;
using Banwatch.Web;

namespace Banwatch.Features.Timeline;

public static class TimelineApi
{
    public static void MapTimelineApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/timeline", (BanwatchApp app, string? from, string? to, string? format, CancellationToken ct) => Api.Guard(async () =>
            Api.Answer(await LoadAsync(app, from, to, ct), format, r => r.Months)))
            .WithName("timeline")
            .WithSummary("States parties and signatories month by month")
            .Produces<TimelineReport>();
        routes.MapGet("/api/timeline.svg", (BanwatchApp app, string? from, string? to, CancellationToken ct) => Api.Guard(async () =>
            Results.Text(TimelineChart.Svg(await LoadAsync(app, from, to, ct)), "image/svg+xml")))
            .WithName("timeline_svg")
            .WithSummary("The timeline as an SVG chart");
    }

    private static async Task<TimelineReport> LoadAsync(BanwatchApp app, string? from, string? to, CancellationToken ct) =>
        TimelineReport.For(
            await Catalog.LoadAsync(app.Db, ct),
            from is null ? TimelineReport.OpenedForSignature : Output.Dates.Parse(from, new Field("from")),
            to is null ? app.Today : Output.Dates.Parse(to, new Field("to")));
}
