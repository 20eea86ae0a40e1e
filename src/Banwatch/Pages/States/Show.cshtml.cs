using Banwatch.Features.States;
using Banwatch.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Banwatch.Pages.States;

public sealed class ShowModel(BanwatchApp app, RequestCatalog data) : PageModel
{
    public StateProfile Profile { get; private set; } = null!;

    public async Task OnGetAsync(string state, string? as_of, CancellationToken ct)
    {
        var catalog = await data.GetAsync(ct);
        Profile = await StateProfile.LoadAsync(app.Db, catalog, catalog.ResolvePath(state), Web.Api.AsOf(as_of, app), ct);
    }
}
