using Banwatch.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Banwatch.Pages.Documents;

/// <summary>A stored document's text, with the evidence of a fact (the offsets in the link) marked.</summary>
public sealed class ShowModel(BanwatchApp app) : PageModel
{
    public long Id { get; private set; }

    public DocumentSummary? Summary { get; private set; }

    public string? Text { get; private set; }

    public string Title => Summary?.Title ?? Summary?.Name ?? "Document";

    public string Before { get; private set; } = "";

    public string Highlighted { get; private set; } = "";

    public string After { get; private set; } = "";

    public async Task OnGetAsync(long id, int? start, int? end, CancellationToken ct)
    {
        Id = id;
        if (await app.Db.DocumentAsync(id, ct) is not { } document)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        (Summary, Text) = document;
        var s = Math.Clamp(start ?? 0, 0, Text.Length);
        var e = Math.Clamp(end ?? s, s, Text.Length);
        (Before, Highlighted, After) = (Text[..s], Text[s..e], Text[e..]);
    }
}
