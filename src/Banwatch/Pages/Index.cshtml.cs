using Banwatch.Features.Dashboard;
using Banwatch.Features.Timeline;
using Banwatch.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Banwatch.Pages;

public sealed class IndexModel(BanwatchApp app, RequestCatalog data, WorldMap map) : PageModel
{
    public DashboardReport Report { get; private set; } = null!;

    public string ChartSvg { get; private set; } = "";

    /// <summary>The map, or null when data/world_map.csv is missing.</summary>
    public string? MapSvg { get; private set; }

    public async Task OnGetAsync(string? as_of, CancellationToken ct)
    {
        var asOf = Web.Api.AsOf(as_of, app);
        var catalog = await data.GetAsync(ct);
        Report = await DashboardReport.LoadAsync(app.Db, catalog, asOf, app.Today, ct);
        var to = asOf < TimelineReport.OpenedForSignature ? TimelineReport.OpenedForSignature : asOf;
        ChartSvg = await app.Db.Records.GetAsync(
            (nameof(TimelineChart), asOf),
            () => Task.FromResult(TimelineChart.Svg(TimelineReport.For(catalog, TimelineReport.OpenedForSignature, to))),
            ct);
        // Links carry the date only when one was asked for, so the map is kept per date and per that choice.
        MapSvg = !map.IsAvailable ? null : await app.Db.Records.GetAsync(
            (nameof(WorldMap), asOf, as_of is null),
            () => Task.FromResult(map.Svg(
                Report.States.ToDictionary(s => s.Iso3, StringComparer.Ordinal),
                iso3 => Links.State(iso3, as_of is null ? null : asOf),
                $"World map: each state's status under the Convention on {asOf:d MMMM yyyy}")),
            ct);
    }
}
