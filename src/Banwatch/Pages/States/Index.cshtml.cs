using Banwatch.Features.States;
using Banwatch.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Banwatch.Pages.States;

public sealed class IndexModel(BanwatchApp app, RequestCatalog data) : PageModel
{
    public StateList List { get; private set; } = null!;

    public async Task OnGetAsync(string? as_of, string? status, string? group, string? region, string? q, string? sort, CancellationToken ct) =>
        List = StateList.For(await data.GetAsync(ct), StatesApi.Query(app, as_of, status, group, region, q, sort));

    /// <summary>The link that sorts by a column: ascending first, descending when it is already sorted ascending by it.</summary>
    public string SortLink(string column)
    {
        var q = List.Query;
        var sort = q.Sort == column && !q.Descending ? "-" + column : column;
        return Links.States(q.AsOf, q.Status is { } s ? Output.Csv.Cell(s) : null, q.Group, q.Region, q.Find, sort);
    }

    /// <summary>aria-sort for a column header.</summary>
    public string? AriaSort(string column) => List.Query.Sort != column ? null : List.Query.Descending ? "descending" : "ascending";
}
