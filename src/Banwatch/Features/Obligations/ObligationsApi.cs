using Banwatch.Core.Failures;
using Banwatch.Web;

namespace Banwatch.Features.Obligations;

public static class ObligationsApi
{
    public static void MapObligationsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/obligations", (BanwatchApp app, string? as_of, string? state, string? status, string? due_within, string? format, CancellationToken ct) => Api.Guard(async () =>
            Api.Answer(await LoadAsync(app, as_of, state, status, due_within, ct), format, r => r.Obligations)))
            .WithName("obligations")
            .WithSummary("Every State Party's obligations (Art. 3, 4, 7) on a date: deadlines, extensions, completion, status, sources")
            .Produces<ObligationsReport>();
        routes.MapGet("/api/obligations.ics", (BanwatchApp app, string? as_of, string? state, string? status, string? due_within, CancellationToken ct) => Api.Guard(async () =>
            Results.Text(ObligationsCalendar.Ics(await LoadAsync(app, as_of, state, status, due_within, ct), app.Time.GetUtcNow()), "text/calendar; charset=utf-8")))
            .WithName("obligations_ics")
            .WithSummary("The same deadlines as an iCalendar (RFC 5545) to subscribe to");
    }

    private static async Task<ObligationsReport> LoadAsync(BanwatchApp app, string? asOf, string? state, string? status, string? dueWithin, CancellationToken ct)
    {
        var catalog = await Catalog.LoadAsync(app.Db, ct);
        return ObligationsReport.For(
            catalog,
            new ObligationQuery(
                Api.AsOf(asOf, app),
                state is null ? null : catalog.Resolve(state).Iso3,
                status is null ? null : ObligationQuery.ParseStatus(status, new Field("status")),
                dueWithin is null ? null : ObligationQuery.ParseDueWithin(dueWithin, new Field("due_within"))));
    }
}
