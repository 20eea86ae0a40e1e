using Banwatch.Web;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Banwatch.Pages;

/// <summary>
/// The HTML error page for people in a browser: the status a failure's kind maps to (the same as the API answers for
/// it) and the one-line reason. /api/* answers problem+json instead.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }

    public string Title { get; private set; } = "";

    public string Message { get; private set; } = "";

    public void OnGet(int? status) => Show(status);

    // A failed form post is re-executed here as a POST.
    public void OnPost(int? status) => Show(status);

    private void Show(int? status)
    {
        if (HttpContext.Features.Get<IExceptionHandlerPathFeature>() is { Error: { } error })
        {
            (Status, Title, Message) = ErrorPages.Describe(error);
        }
        else
        {
            Status = status ?? StatusCodes.Status404NotFound;
            var path = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? Request.Path.Value ?? "";
            (Title, Message) = Status == StatusCodes.Status404NotFound
                ? ("Not found", $"There is no page at {path}.")
                : (ReasonPhrases(Status), $"The request for {path} could not be answered.");
        }

        Response.StatusCode = Status;
    }

    private static string ReasonPhrases(int status) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);
}
