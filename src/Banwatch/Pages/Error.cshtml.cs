using Banwatch.Core.Failures;
using Banwatch.Errors;
using Banwatch.Web;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Banwatch.Pages;

/// <summary>
/// The HTML error page for people in a browser: the status the error contract gives the failure's kind (the same the
/// API answers for it), its title and the one-line reason. /api/* answers problem+json instead.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(ErrorLog log, ILogger<ErrorModel> logger) : PageModel
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
            var failure = Problems.Classify(HttpContext, error, log, logger);
            (Status, Title, Message) = (failure.Contract.HttpStatus, failure.Contract.Title, failure.MessageFor(FieldStyle.Web));
        }
        else
        {
            Status = status ?? StatusCodes.Status404NotFound;
            var path = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? Request.Path.Value ?? "";
            (Title, Message) = Status == StatusCodes.Status404NotFound
                ? ("Not found", $"There is no page at {path}.")
                : (ReasonPhrases.GetReasonPhrase(Status), $"The request for {path} could not be answered.");
        }

        Response.StatusCode = Status;
    }
}
