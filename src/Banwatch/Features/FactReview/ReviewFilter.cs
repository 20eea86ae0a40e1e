using Banwatch.Core.Failures;


namespace Banwatch.Features.FactReview;

/// <summary>Reading which facts or which decision a person asked for, with the same one-line refusals everywhere.</summary>
public static class ReviewFilter
{
    /// <summary>pending (the default), accepted, rejected, or all (null).</summary>
    public static Data.Review? Parse(string? text, Field what) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "pending" => Data.Review.Pending,
        "accepted" => Data.Review.Accepted,
        "rejected" => Data.Review.Rejected,
        "all" => null,
        _ => throw new BanwatchException(FailureKind.Invalid, $"{what}: '{text}' is not one of pending, accepted, rejected, all"),
    };

    /// <summary>rules, learned, or both (null, the default; also "all").</summary>
    public static Data.FactOrigin? ParseOrigin(string? text, Field what) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "all" => null,
        "rules" => Data.FactOrigin.Rules,
        "learned" => Data.FactOrigin.Learned,
        _ => throw new BanwatchException(FailureKind.Invalid, $"{what}: '{text}' is not one of rules, learned, all"),
    };

    public static Data.Review ParseDecision(string text, Field what) => text.Trim().ToLowerInvariant() switch
    {
        "accepted" or "accept" => Data.Review.Accepted,
        "rejected" or "reject" => Data.Review.Rejected,
        _ => throw new BanwatchException(FailureKind.Invalid, $"{what}: '{text}' is not one of accepted, rejected"),
    };
}
