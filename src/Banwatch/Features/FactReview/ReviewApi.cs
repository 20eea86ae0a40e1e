using Banwatch.Core.Failures;
using Banwatch.Web;

namespace Banwatch.Features.FactReview;

public static class ReviewApi
{
    public static void MapReviewApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/review", (BanwatchApp app, string? review, long? doc, string? origin, string? limit, string? offset, string? format, CancellationToken ct) => Api.Guard(async () =>
            Api.Answer(
                await ReviewList.LoadAsync(
                    app.Db, ReviewFilter.Parse(review, new Field("review")), doc, PageRequest.Parse(limit, offset, ReviewList.DefaultLimit), ReviewFilter.ParseOrigin(origin, new Field("origin")), ct),
                format,
                q => q.Facts)))
            .WithName("review_queue")
            .WithSummary("Facts waiting for review (review=pending, the default), or those accepted, rejected, or all, in document order; origin=rules or learned for only the rules' facts or only the learned model's")
            .Produces<ReviewList>();
        routes.MapPost("/api/review", (BanwatchApp app, HttpContext http, ReviewRequest body, CancellationToken ct) => Api.Guard(async () =>
        {
            var decision = await ReviewDecision.DecideAsync(app, Callers.Of(http), body.Ids ?? [], ReviewFilter.ParseDecision(body.Decision ?? "", new Field("decision")), ct);
            return Results.Json(decision, Output.Json.Options);
        }))
            .WithName("review")
            .WithSummary("Accepts or rejects facts by id; ids that name no fact are listed as missing")
            .Produces<ReviewDecision>();
        routes.MapPost("/api/documents/{id:long}/accept-all", (BanwatchApp app, HttpContext http, long id, CancellationToken ct) => Api.Guard(async () =>
            Results.Json(await ReviewDecision.AcceptAllAsync(app, Callers.Of(http), id, ct), Output.Json.Options)))
            .WithName("accept_all")
            .WithSummary("Accepts every pending fact of a document")
            .Produces<ReviewDecision>();
    }
}

/// <param name="Decision">accepted or rejected.</param>
public sealed record ReviewRequest(IReadOnlyList<long>? Ids, string? Decision);
