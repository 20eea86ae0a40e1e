using Banwatch.Core.Accounts;
using Banwatch.Core.Failures;
using Banwatch.Features.Accounts;

namespace Banwatch.Features.FactReview;

/// <summary>
/// What a review did: the facts now accepted or rejected, and the ids asked for that name no fact. The record behind
/// `banwatch review accept|reject|accept-all`, the buttons on /review and POST /api/review.
/// </summary>
public sealed record ReviewDecision(Data.Review Decision, IReadOnlyList<long> Reviewed, IReadOnlyList<long> Missing)
{
    /// <summary>Accepts or rejects the named facts, whatever their review was; ids that name no fact are reported, not fatal.</summary>
    public static async Task<ReviewDecision> DecideAsync(BanwatchApp app, Caller caller, IReadOnlyList<long> ids, Data.Review decision, CancellationToken ct = default)
    {
        caller.Require(Access.Needed(managesAccounts: false), "reviewing facts");
        if (ids.Count == 0)
        {
            throw new BanwatchException(FailureKind.Invalid, $"no facts chosen: give the ids of the facts to review");
        }

        if (decision == Data.Review.Pending)
        {
            throw new BanwatchException(FailureKind.Invalid, $"{new Field("decision")}: a fact can be accepted or rejected, not put back to pending");
        }

        var reviewed = await app.Db.ReviewAsync(ids, decision, Accounts.Accounts.Audit(app, caller), ct);
        return new ReviewDecision(decision, reviewed, [.. ids.Except(reviewed)]);
    }

    /// <summary>Accepts every pending fact of a document; those already rejected stay rejected.</summary>
    public static async Task<ReviewDecision> AcceptAllAsync(BanwatchApp app, Caller caller, long documentId, CancellationToken ct = default)
    {
        caller.Require(Access.Needed(managesAccounts: false), "reviewing facts");
        if (await app.Db.DocumentAsync(documentId, ct) is null)
        {
            throw Documents.DocumentRecord.Missing(documentId);
        }

        return new ReviewDecision(Data.Review.Accepted, await app.Db.AcceptAllAsync(documentId, Accounts.Accounts.Audit(app, caller), ct), []);
    }

    /// <summary>What was done, for people: "accepted 3 facts".</summary>
    public string Summary => $"{Output.Csv.Cell(Decision)} {Reviewed.Count} {(Reviewed.Count == 1 ? "fact" : "facts")}";

    /// <summary>The one-line refusal for the ids that name no fact, or null when every id was found.</summary>
    public BanwatchException? MissingFailure() => Missing.Count > 0 ? new BanwatchException(FailureKind.NotFound, $"no such fact: {string.Join(", ", Missing)}") : null;
}
