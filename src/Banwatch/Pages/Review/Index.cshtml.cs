using System.Globalization;
using Banwatch.Core.Failures;
using Banwatch.Features;
using Banwatch.Features.FactReview;
using Banwatch.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Banwatch.Pages.Review;

/// <summary>
/// The review queue: facts with their evidence, grouped by document, to accept or reject one at a time, several
/// (ticked), or all of a document. Every decision goes through <see cref="ReviewDecision"/>, as the CLI's does.
/// </summary>
public sealed class IndexModel(BanwatchApp app) : PageModel
{
    public ReviewList List { get; private set; } = null!;

    /// <summary>What the last decision did, shown once after the redirect.</summary>
    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(string? review, long? doc, string? origin, string? limit, string? offset, CancellationToken ct) =>
        List = await ReviewList.LoadAsync(
            app.Db, ReviewFilter.Parse(review, new Field("review")), doc, PageRequest.Parse(limit, offset, ReviewList.DefaultLimit), ReviewFilter.ParseOrigin(origin, new Field("origin")), ct);

    /// <param name="decide">One fact, from its own button: "accepted:12" or "rejected:12".</param>
    /// <param name="ids">The ticked facts, for <paramref name="decision"/>.</param>
    /// <param name="acceptAll">A document whose pending facts are all accepted.</param>
    /// <param name="origin">The list's origin filter, kept for the page shown after the decision.</param>
    public async Task<IActionResult> OnPostAsync(string? decide, long[]? ids, string? decision, long? acceptAll, long? doc, string? origin, CancellationToken ct)
    {
        ReviewDecision done;
        if (acceptAll is { } document)
        {
            done = await ReviewDecision.AcceptAllAsync(app, Callers.Of(HttpContext), document, ct);
        }
        else if (decide?.Split(':') is [var one, var id])
        {
            done = await ReviewDecision.DecideAsync(app, Callers.Of(HttpContext), [long.Parse(id, CultureInfo.InvariantCulture)], ReviewFilter.ParseDecision(one, new Field("decide")), ct);
        }
        else
        {
            done = await ReviewDecision.DecideAsync(app, Callers.Of(HttpContext), ids ?? [], ReviewFilter.ParseDecision(decision ?? "", new Field("decision")), ct);
        }

        Notice = done.MissingFailure() is { } missing ? $"{done.Summary}; {missing.MessageFor(FieldStyle.Web)}" : done.Summary;
        // Back to the same list: a reviewer going through the model's guesses stays on them.
        return Redirect(Links.Review(doc, origin: ReviewFilter.ParseOrigin(origin, new Field("origin")) is { } o ? Core.WireName.Of(o) : null));
    }
}
