using Banwatch.Web;

namespace Banwatch.Features.Status;

public static class StatusApi
{
    public static void MapStatusApi(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/status", (BanwatchApp app, string? as_of, string? state, string? format, CancellationToken ct) => Api.Guard(async () =>
        {
            var catalog = await Catalog.LoadAsync(app.Db, ct);
            var only = state is null ? (Core.States.Iso3?)null : catalog.Resolve(state).Iso3;
            var report = await StatusReport.LoadAsync(app.Db, Api.AsOf(as_of, app), only, ct);
            return Api.Answer(report, format, r => r.States);
        }))
        .WithName("status")
        .WithSummary("Every state's status under the Convention on a date (default today), with counts")
        .Produces<StatusReport>();
}
