using Banwatch.Web;

namespace Banwatch.Features.Dashboard;

public static class DashboardApi
{
    public static void MapDashboardApi(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/dashboard", (BanwatchApp app, string? as_of, string? format, CancellationToken ct) => Api.Guard(async () =>
            Api.Answer(await DashboardReport.LoadAsync(app.Db, await Catalog.LoadAsync(app.Db, ct), Api.AsOf(as_of, app), app.Today, ct), format, r => r.States)))
            .WithName("dashboard")
            .WithSummary("The front page's record on a date: counts by status, every state's status, obligations overdue and due soon, latest documents, facts waiting for review, overdue follow-ups in the action log")
            .Produces<DashboardReport>();
}
