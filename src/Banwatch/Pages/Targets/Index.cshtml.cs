using Banwatch.Core.Campaigns;
using Banwatch.Core.Failures;
using Banwatch.Features;
using Banwatch.Features.Campaigns;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Banwatch.Pages.Targets;

/// <summary>/targets: the target lists of data/targets.yaml on a date, each state with its reasons and their sources.</summary>
public sealed class IndexModel(BanwatchApp app) : PageModel
{
    public TargetLists? Lists { get; private set; }

    public DateOnly AsOf { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(string? as_of, CancellationToken ct)
    {
        try
        {
            AsOf = Web.Api.AsOf(as_of, app);
            Lists = await TargetsReport.LoadAsync(app, AsOf, null, ct);
        }
        catch (BanwatchException e)
        {
            Error = e.MessageFor(FieldStyle.Web);
            Response.StatusCode = e.Contract.HttpStatus;
        }
    }
}
