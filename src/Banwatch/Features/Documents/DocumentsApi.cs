using Banwatch.Core.Failures;
using Banwatch.Web;

namespace Banwatch.Features.Documents;

public static class DocumentsApi
{
    public static void MapDocumentsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/documents/{id:long}", (BanwatchApp app, long id, CancellationToken ct) => Api.Guard(async () =>
            await app.Db.DocumentAsync(id, ct) is { } d
                ? Results.Json(new { document = d.Summary, text = d.Text, facts = await app.Db.FactsAsync(documentId: id, ct: ct) }, Output.Json.Options)
                : throw new BanwatchException(FailureKind.NotFound, $"no document #{id}")))
            .WithName("document")
            .WithSummary("A stored document: its text and the facts extracted from it, with their review state and offsets");
        routes.MapGet("/api/search", (BanwatchApp app, string q, int? limit, CancellationToken ct) => Api.Guard(async () =>
            Results.Json(await app.Db.SearchAsync(q, Math.Clamp(limit ?? 20, 1, 1000), ct), Output.Json.Options)))
            .WithName("search")
            .WithSummary("Full-text search over stored documents; snippets mark matches with U+0002 and U+0003");
    }
}
