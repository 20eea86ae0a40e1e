using Banwatch.Features.Events;
using Banwatch.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Banwatch.Pages.Events;

public sealed class ShowModel(BanwatchApp app, RequestCatalog data) : PageModel
{
    public EventRecord Record { get; private set; } = null!;

    public async Task OnGetAsync(string id, CancellationToken ct) =>
        Record = await EventRecord.LoadAsync(app.Db, await data.GetAsync(ct), id, ct) ?? throw EventRecord.Missing(id);
}
