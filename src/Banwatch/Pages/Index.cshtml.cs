using Banwatch.Core.Failures;
using Banwatch.Features;
using Banwatch.Features.Status;
using Banwatch.Features.Timeline;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Banwatch.Pages;

public sealed class IndexModel(BanwatchApp app) : PageModel
{
    public StatusReport Report { get; private set; } = null!;

    public string ChartSvg { get; private set; } = "";

    public string? Error { get; private set; }

    /// <summary>Action follow-ups due before today and not done, oldest first.</summary>
    public IReadOnlyList<Features.Campaigns.ActionRow> Overdue { get; private set; } = [];

    public async Task OnGetAsync(string? as_of, CancellationToken ct)
    {
        var asOf = app.Today;
        try
        {
            asOf = Web.Api.AsOf(as_of, app);
        }
        catch (BanwatchException e)
        {
            Error = e.MessageFor(FieldStyle.Web) + "; showing today instead.";
            Response.StatusCode = e.Contract.HttpStatus;
        }

        var catalog = await Catalog.LoadAsync(app.Db, ct);
        Overdue = (await Features.Campaigns.ActionLog.ListAsync(app, null, overdueOnly: true, ct)).Actions;
        Report = await StatusReport.LoadAsync(app.Db, asOf, ct: ct);
        ChartSvg = await app.Db.Records.GetAsync(
            (nameof(TimelineChart), asOf),
            () => Task.FromResult(TimelineChart.Svg(TimelineReport.For(catalog, TimelineReport.OpenedForSignature, asOf < TimelineReport.OpenedForSignature ? TimelineReport.OpenedForSignature : asOf))),
            ct);
    }
}
