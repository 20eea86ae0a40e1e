using Banwatch.Features.Documents;
using Banwatch.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Banwatch.Pages.Documents;

/// <summary>A stored document's text with what was extracted marked at its offsets, and the evidence a link points at.</summary>
public sealed class ShowModel(BanwatchApp app, RequestCatalog data) : PageModel
{
    public DocumentRecord Record { get; private set; } = null!;

    public string TextHtml { get; private set; } = "";

    /// <param name="at">An offset in the text: the page shows the window holding it (an evidence link's start by default).</param>
    public async Task OnGetAsync(long id, int? start, int? end, int? at, CancellationToken ct)
    {
        Record = await DocumentRecord.LoadAsync(app.Db, await data.GetAsync(ct), id, at ?? start ?? 0, ct) ?? throw DocumentRecord.Missing(id);
        var w = Record.Window;
        var evidence = start is { } s && end is { } e ? (Math.Clamp(s, w.Start, w.End), Math.Clamp(e, w.Start, w.End)) : ((int, int)?)null;
        TextHtml = DocumentMarkup.Html(Record, evidence);
    }
}
