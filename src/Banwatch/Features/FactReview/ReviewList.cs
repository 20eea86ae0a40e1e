using Banwatch.Data;

namespace Banwatch.Features.FactReview;

/// <summary>
/// The facts waiting for a person (or, with a review given, those accepted or rejected), in document order, a page at
/// a time: the record behind `banwatch review list`, /review and /api/review.
/// </summary>
/// <param name="Review">Which facts: pending, accepted or rejected; null for all.</param>
/// <param name="DocumentId">Only this document's facts; null for every document.</param>
/// <param name="Origin">Only the rules' facts or only the learned model's (a reviewer may check the model's guesses on
/// their own, as they are less sure); null for both.</param>
public sealed record ReviewList(Data.Review? Review, long? DocumentId, FactOrigin? Origin, Paging Paging, IReadOnlyList<StoredFact> Facts)
{
    public const int DefaultLimit = 100;

    /// <param name="page">Null for the whole list (the command line's default).</param>
    public static async Task<ReviewList> LoadAsync(
        BanwatchDb db, Data.Review? review, long? documentId, PageRequest? page, FactOrigin? origin = null, CancellationToken ct = default)
    {
        var facts = await db.FactsAsync(review, documentId, limit: page?.Limit, offset: page?.Offset ?? 0, origin: origin, ct: ct);
        var total = page is null ? facts.Count : await db.FactCountAsync(review, documentId, origin: origin, ct: ct);
        return new ReviewList(review, documentId, origin, new Paging(total, page?.Limit ?? Math.Max(1, total), page?.Offset ?? 0), facts);
    }
}

/// <summary>What a fact is about in one line, for a person deciding on it: meeting (and the event it is filed under), declaration, date, amount.</summary>
public static class FactAbout
{
    /// <summary>How many of a fact's other places a review row links; the API lists them all.</summary>
    public const int PlacesLinked = 10;

    public static string Describe(StoredFact f) => string.Join(
        " · ",
        new[]
        {
            f.Meeting is { } m ? (f.EventId is { } e ? $"{m} ({e})" : m) : null,
            f.Declaration,
            f.Date,
            f.Amount,
        }.Where(x => x is not null));

    /// <summary>Who proposed the fact: "rules" (a cue matched), or "learned 0.63" (the learned model, with its score).</summary>
    public static string Origin(StoredFact f) =>
        f.LearnedScore is { } score ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"learned {score:0.00}") : "rules";

    /// <summary>
    /// The decision on a fact with who made it and when, "accepted by ana on 2026-12-01", from the audit log; the
    /// review alone while pending.
    /// </summary>
    public static string Decision(StoredFact f) => f.ReviewedAt is { Length: >= 10 } at
        ? $"{f.Review}{(f.ReviewedBy is { } who ? $" by {who}" : "")} on {at[..10]}"
        : f.Review;
}
