using Banwatch.Data;

namespace Banwatch.Features.Documents;

/// <summary>The stored documents, newest first, a page at a time: the record behind `banwatch documents list`, /documents and /api/documents.</summary>
public sealed record DocumentList(Paging Paging, IReadOnlyList<DocumentSummary> Documents)
{
    public const int DefaultLimit = 50;

    public static async Task<DocumentList> LoadAsync(BanwatchDb db, Page page, CancellationToken ct = default) =>
        new(new Paging(await db.DocumentCountAsync(ct), page), await db.DocumentsAsync(page.Limit, page.Offset, ct));
}
