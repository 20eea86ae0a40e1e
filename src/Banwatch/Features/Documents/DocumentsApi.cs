using Banwatch.Features.Intake;
using Banwatch.Web;

namespace Banwatch.Features.Documents;

public static class DocumentsApi
{
    public static void MapDocumentsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/documents", (BanwatchApp app, string? limit, string? offset, string? format, CancellationToken ct) => Api.Guard(async () =>
            Api.Answer(await DocumentList.LoadAsync(app.Db, PageRequest.Parse(limit, offset, DocumentList.DefaultLimit), ct), format, r => r.Documents)))
            .WithName("documents")
            .WithSummary("Stored documents, newest first, a page at a time, with their counts of mentions and facts")
            .Produces<DocumentList>();
        routes.MapGet("/api/documents/{id:long}", (BanwatchApp app, long id, string? at, CancellationToken ct) => Api.Guard(async () =>
            await DocumentRecord.LoadAsync(app.Db, await Catalog.LoadAsync(app.Db, ct), id, Api.Offset(at), ct) is { } record
                ? Results.Json(record, Output.Json.Options)
                : throw DocumentRecord.Missing(id)))
            .WithName("document")
            .WithSummary("A stored document: a window of its text (the one holding offset `at`, 0 by default; long documents come in parts of about 100,000 characters), the states named there, and the facts and figures extracted there, with their offsets in the whole text")
            .Produces<DocumentRecord>();
        routes.MapPost("/api/documents", (BanwatchApp app, HttpRequest request, CancellationToken ct) => Api.Guard(async () =>
        {
            var summary = await Ingest.UploadAsync(app.Db, await Catalog.LoadAsync(app.Db, ct), await Uploads.ReadAsync(request, ct), Uploads.Audit(app, request.HttpContext), ct);
            return Results.Json(summary, Output.Json.Options, statusCode: summary.Failed > 0 ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status200OK);
        }))
            .WithName("upload")
            .WithSummary("Ingests files sent as multipart/form-data (field `files`), as `banwatch ingest` does; a file it cannot read is reported with the reason")
            .Produces<IngestSummary>()
            .Produces<IngestSummary>(StatusCodes.Status422UnprocessableEntity);
    }
}
