using Banwatch.Core.Failures;
using Banwatch.Features.Campaigns;
using Banwatch.Features.States;
using Banwatch.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Banwatch.Pages.States;

public sealed class ShowModel(BanwatchApp app, RequestCatalog data) : PageModel
{
    public StateProfile Profile { get; private set; } = null!;

    /// <summary>Categories, votes, positions and actions on the same date.</summary>
    public StateCampaign? Campaign { get; private set; }

    public string? FormError { get; private set; }

    [BindProperty]
    public CategoryForm Correction { get; set; } = new();

    /// <summary>An unknown state or a bad date goes to the error page with the contract's status (404, 400), as on the API.</summary>
    public Task OnGetAsync(string state, string? as_of, CancellationToken ct) => LoadAsync(state, Web.Api.AsOf(as_of, app), ct);

    /// <summary>A category added or corrected with its source (the form under Categories).</summary>
    public async Task<IActionResult> OnPostCategoryAsync(string state, CancellationToken ct)
    {
        try
        {
            var c = Correction;
            await CategoryUpdates.AddAsync(
                app,
                new CategoryInput(
                    state, c.Category, !c.Not, c.AsOf is { Length: > 0 } a ? Output.Dates.ParseReported(a, new Field("as_of")) : null, null, null, c.Source, c.Note),
                Web.Callers.Of(HttpContext), ct);
            return RedirectToPage(new { state });
        }
        catch (BanwatchException e)
        {
            FormError = e.MessageFor(FieldStyle.Web);
            Response.StatusCode = e.Contract.HttpStatus;
            await LoadAsync(state, app.Today, ct);
            return Page();
        }
    }

    private async Task LoadAsync(string state, DateOnly asOf, CancellationToken ct)
    {
        var catalog = await data.GetAsync(ct);
        var s = catalog.ResolvePath(state);
        Profile = await StateProfile.LoadAsync(app.Db, catalog, s, asOf, ct);
        Campaign = await StateCampaign.LoadAsync(app.Db, await CampaignData.LoadAsync(app.Db, catalog, ct), s, asOf, app.Today, ct);
    }
}

public sealed class CategoryForm
{
    public string? Category { get; set; }

    public bool Not { get; set; }

    public string? AsOf { get; set; }

    public string? Source { get; set; }

    public string? Note { get; set; }
}
