using Banwatch.Core.Failures;
using Banwatch.Features;
using Banwatch.Features.Campaigns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Banwatch.Pages.Actions;

/// <summary>/actions: log an action, see the log (overdue follow-ups first), mark follow-ups done, import and export CSV.</summary>
public sealed class IndexModel(BanwatchApp app) : PageModel
{
    public ActionsReport Report { get; private set; } = null!;

    public string? Error { get; private set; }

    public string? Message { get; private set; }

    [BindProperty]
    public ActionInput Form { get; set; } = new(null, "letter", null, null, null, null, null, null);

    public async Task OnGetAsync(string? state, CancellationToken ct)
    {
        Message = Request.Query["done"];
        await LoadAsync(state, ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => Write(async () =>
    {
        var added = await ActionLog.AddAsync(app, Form with { Date = string.IsNullOrWhiteSpace(Form.Date) ? $"{app.Today:yyyy-MM-dd}" : Form.Date }, Web.Callers.Of(HttpContext), ct);
        return $"Logged #{added.Id} ({added.Name}).";
    }, ct);

    public Task<IActionResult> OnPostDoneAsync(long id, string? outcome, CancellationToken ct) => Write(async () =>
    {
        var done = await ActionLog.DoneAsync(app, id, null, outcome, Web.Callers.Of(HttpContext), ct);
        return $"Follow-up of #{done.Id} ({done.Name}) done.";
    }, ct);

    public Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct) => Write(async () =>
    {
        if (file is null)
        {
            throw new BanwatchException(FailureKind.Invalid, $"choose a CSV file to import");
        }

        using var reader = new StreamReader(file.OpenReadStream());
        var added = await ActionLog.ImportAsync(app, reader, file.FileName, Web.Callers.Of(HttpContext), ct);
        return $"Imported {added.Count} actions from {file.FileName}.";
    }, ct);

    private async Task<IActionResult> Write(Func<Task<string>> write, CancellationToken ct)
    {
        try
        {
            return RedirectToPage(new { done = await write() });
        }
        catch (BanwatchException e)
        {
            Error = e.MessageFor(FieldStyle.Web);
            Response.StatusCode = e.Contract.HttpStatus;
            await LoadAsync(null, ct);
            return Page();
        }
    }

    private async Task LoadAsync(string? state, CancellationToken ct)
    {
        try
        {
            Report = await ActionLog.ListAsync(app, state, false, ct);
        }
        catch (BanwatchException e)
        {
            Error ??= e.Message;
            Response.StatusCode = StatusCodes.Status404NotFound;
            Report = await ActionLog.ListAsync(app, null, false, ct);
        }
    }
}
