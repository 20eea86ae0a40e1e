using Banwatch.Features.Documents;
using Banwatch.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Banwatch.Pages.Documents;

/// <summary>A stored document's text with what was extracted marked at its offsets, and the evidence a link points at.</summary>
public sealed class ShowModel(BanwatchApp app, RequestCatalog data) : PageModel
{
    public DocumentRecord Record { get; private set; } = null!;

    public string TextHtml { get; private set; } = "";

    public async Task OnGetAsync(long id, int? start, int? end, CancellationToken ct)
    {
        Record = await DocumentRecord.LoadAsync(app.Db, await data.GetAsync(ct), id, ct) ?? throw DocumentRecord.Missing(id);
        var length = Record.Text.Length;
        var evidence = start is { } s && end is { } e ? (Math.Clamp(s, 0, length), Math.Clamp(e, 0, length)) : ((int, int)?)null;
        TextHtml = DocumentMarkup.Html(Record, evidence);
    }
}
