using Banwatch.Features;
using Banwatch.Features.Documents;
using Banwatch.Features.Intake;
using Banwatch.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Banwatch.Pages.Documents;

/// <summary>The stored documents a page at a time, and the upload form (the same pipeline as `banwatch ingest`).</summary>
public sealed class IndexModel(BanwatchApp app, RequestCatalog data) : PageModel
{
    public DocumentList List { get; private set; } = null!;

    /// <summary>What the last upload did, file by file; null before one.</summary>
    public IngestSummary? Uploaded { get; private set; }

    public async Task OnGetAsync(string? limit, string? offset, CancellationToken ct) =>
        List = await DocumentList.LoadAsync(app.Db, PageRequest.Parse(limit, offset, DocumentList.DefaultLimit), ct);

    /// <summary>
    /// Ingests the chosen files. One file stored: on to its page, to see what was found. Otherwise (several files, or
    /// refusals) the list, with each file's outcome and its one-line reason.
    /// </summary>
    public async Task<IActionResult> OnPostAsync(List<IFormFile> files, CancellationToken ct)
    {
        Uploaded = await Ingest.UploadAsync(app.Db, await data.GetAsync(ct), await Uploads.ReadAsync(files, ct), Uploads.Audit(app, HttpContext), ct);
        if (Uploaded is { Failed: 0, Files: [{ DocumentId: { } id }] })
        {
            return Redirect(Links.Document(id));
        }

        if (Uploaded.Failed > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        List = await DocumentList.LoadAsync(app.Db, PageRequest.Parse(null, null, DocumentList.DefaultLimit), ct);
        return Page();
    }
}
