using Banwatch.Features.Obligations;
using Banwatch.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Banwatch.Pages.Obligations;

public sealed class IndexModel(BanwatchApp app, RequestCatalog data) : PageModel
{
    public ObligationsReport Report { get; private set; } = null!;

    public ObligationQuery Query { get; private set; } = null!;

    public async Task OnGetAsync(string? as_of, string? state, string? status, string? due_within, CancellationToken ct)
    {
        var catalog = await data.GetAsync(ct);
        Query = ObligationsApi.Query(app, catalog, as_of, state, status, due_within);
        Report = ObligationsReport.For(catalog, Query);
    }
}
