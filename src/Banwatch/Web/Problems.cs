using Banwatch.Core;
using Banwatch.Core.Failures;
using Banwatch.Errors;
using Microsoft.AspNetCore.Diagnostics;

namespace Banwatch.Web;

/// <summary>
/// The error contract over HTTP: a failure's kind sets the status (<see cref="ErrorContract"/>), and the answer is
/// problem+json (RFC 9457) with the one-line message worded for the web (fields as query parameters: as_of) and
/// the kind and field as extensions, so a client or a page can point at what to fix.
/// </summary>
public static class Problems
{
    public static IResult For(BanwatchException failure)
    {
        var extensions = new Dictionary<string, object?> { ["kind"] = WireName.Of(failure.Kind) };
        if (failure.Field is { } field)
        {
            extensions["field"] = field.Name;
        }

        return Results.Problem(failure.MessageFor(FieldStyle.Web), statusCode: failure.Contract.HttpStatus, title: failure.Contract.Title, extensions: extensions);
    }

    /// <summary>
    /// The same, for an exception no endpoint or page handled. An unexpected one is written to the error log and shows
    /// one line on the server's console; the client learns only the log entry's id.
    /// </summary>
    public sealed class Handler(ErrorLog log, ILogger<Handler> logger) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            var failure = Failure.Known(exception);
            if (failure is null)
            {
                var request = $"{httpContext.Request.Method} {httpContext.Request.Path}{httpContext.Request.QueryString}";
                var entry = log.Write(exception, request);
                logger.LogError("unexpected failure on {Request} ({Type}: {Message}); {Where}", request, exception.GetType().Name, Failure.OneLine(exception.Message), entry.Where);
                failure = new BanwatchException(FailureKind.Unexpected, $"unexpected failure; the details are in the server's error log (entry {entry.Id})");
            }

            await For(failure).ExecuteAsync(httpContext);
            return true;
        }
    }
}
