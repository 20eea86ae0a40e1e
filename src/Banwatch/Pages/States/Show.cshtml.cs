using Banwatch.Core.Failures;
using Banwatch.Features;
using Banwatch.Features.States;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Banwatch.Pages.States;

public sealed class ShowModel(BanwatchApp app) : PageModel
{
    public StateProfile? Profile { get; private set; }

    public string? Error { get; private set; }

    public string ErrorTitle { get; private set; } = "";

    public async Task OnGetAsync(string state, string? as_of, CancellationToken ct)
    {
        try
        {
            var catalog = await Catalog.LoadAsync(app.Db, ct);
            Profile = await StateProfile.LoadAsync(app.Db, catalog, catalog.Resolve(state), Web.Api.AsOf(as_of, app), ct);
        }
        catch (BanwatchException e)
        {
            (Error, ErrorTitle) = (e.MessageFor(FieldStyle.Web), e.Contract.Title);
            Response.StatusCode = e.Contract.HttpStatus;
        }
    }
}
