using Banwatch.Features;
using Banwatch.Features.Documents;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Banwatch.Pages.Documents;

/// <summary>A stored document's text, with the evidence of a fact (the offsets in the link) marked.</summary>
public sealed class ShowModel(BanwatchApp app) : PageModel
{
    public long Id { get; private set; }

    public DocumentRecord? Record { get; private set; }

    public string Title => Record?.Document.Title ?? Record?.Document.Name ?? "Document";

    public string Before { get; private set; } = "";

    public string Highlighted { get; private set; } = "";

    public string After { get; private set; } = "";

    public async Task OnGetAsync(long id, int? start, int? end, CancellationToken ct)
    {
        Id = id;
        Record = await DocumentRecord.LoadAsync(app.Db, await Catalog.LoadAsync(app.Db, ct), id, ct);
        if (Record is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var text = Record.Text;
        var s = Math.Clamp(start ?? 0, 0, text.Length);
        var e = Math.Clamp(end ?? s, s, text.Length);
        (Before, Highlighted, After) = (text[..s], text[s..e], text[e..]);
    }
}
