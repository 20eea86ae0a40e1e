using Banwatch.Features;
using Banwatch.Features.Search;
using Banwatch.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Banwatch.Pages.Search;

public sealed class IndexModel(BanwatchApp app, RequestCatalog data) : PageModel
{
    /// <summary>Null before a search (an empty box shows the form only).</summary>
    public SearchResults? Results { get; private set; }

    public async Task OnGetAsync(string? q, string? limit, string? offset, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(q))
        {
            Results = await SearchResults.RunAsync(app.Db, await data.GetAsync(ct), q, PageRequest.Parse(limit, offset, SearchResults.DefaultLimit), ct);
        }
    }
}
