using Banwatch.Core.Campaigns;
using Banwatch.Core.Failures;
using Banwatch.Features;
using Banwatch.Features.Campaigns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Banwatch.Pages.Positions;

/// <summary>/positions: the matrix (states × issues), each cell linking to its evidence, and a form to record a stance.</summary>
public sealed class IndexModel(BanwatchApp app) : PageModel
{
    public PositionsReport Report { get; private set; } = null!;

    public string? Error { get; private set; }

    public string? Added { get; private set; }

    [BindProperty]
    public PositionForm Form { get; set; } = new();

    public async Task OnGetAsync(string? as_of, string? issue, CancellationToken ct) => await LoadAsync(as_of, issue, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var added = await PositionUpdates.AddAsync(
                app, new PositionInput(Form.State ?? "", Form.Issue, Form.Stance, Form.Date is { } d ? Output.Dates.Parse(d, new Field("date")) : null, Form.Source, Form.Note), Web.Callers.Of(HttpContext), ct);
            return RedirectToPage(new { issue = Core.WireName.Of(added.Issue), added = added.Id });
        }
        catch (BanwatchException e)
        {
            Error = e.MessageFor(FieldStyle.Web);
            Response.StatusCode = e.Contract.HttpStatus;
            await LoadAsync(null, null, ct);
            return Page();
        }
    }

    private async Task LoadAsync(string? asOf, string? issue, CancellationToken ct)
    {
        var catalog = await Catalog.LoadAsync(app.Db, ct);
        try
        {
            Report = await PositionsReport.LoadAsync(
                app.Db, catalog, new PositionsQuery(asOf is null ? null : Output.Dates.Parse(asOf, new Field("as_of")), issue is null ? [] : [PositionsQuery.ParseIssue(issue, new Field("issue"))], null), ct);
        }
        catch (BanwatchException e)
        {
            Error ??= e.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            Report = await PositionsReport.LoadAsync(app.Db, catalog, new PositionsQuery(null, [], null), ct);
        }

        Added = Request.Query["added"];
    }

    public static IEnumerable<string> Issues => Core.WireName.All<TreatyIssue>();

    public static IEnumerable<string> Stances => Core.WireName.All<PositionStance>();
}

public sealed class PositionForm
{
    public string? State { get; set; }

    public string? Issue { get; set; }

    public string? Stance { get; set; }

    public string? Date { get; set; }

    public string? Source { get; set; }

    public string? Note { get; set; }
}
