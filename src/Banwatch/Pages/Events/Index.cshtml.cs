using Banwatch.Features.Events;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Banwatch.Pages.Events;

public sealed class IndexModel(BanwatchApp app) : PageModel
{
    public EventsReport Report { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Report = await EventsReport.LoadAsync(app.Db, ct);
}
