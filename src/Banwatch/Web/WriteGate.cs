using System.Text.Encodings.Web;
using Banwatch.Core.Failures;

namespace Banwatch.Web;

/// <summary>
/// Middleware that puts every write, on every page and endpoint (those added later included), through
/// <see cref="WriteAccess"/>: a refused write answers 403 with the reason, before any handler runs.
/// </summary>
public sealed class WriteGate(RequestDelegate next, WriteAccess access)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (WriteAccess.IsWrite(context.Request.Method) && access.CanWrite(context) is { IsAllowed: false } refused)
        {
            var failure = new BanwatchException(FailureKind.Forbidden, $"{refused.Refusal}");
            await RefuseAsync(context, Problems.For(failure), failure.Contract.HttpStatus, failure.Contract.Title, failure.Message);
            return;
        }

        await next(context);
    }

    /// <summary>The <paramref name="problem"/> (problem+json) for the API and programs; a short page for a browser.</summary>
    internal static Task RefuseAsync(HttpContext context, IResult problem, int status, string title, string reason)
    {
        var browser = !context.Request.Path.StartsWithSegments("/api") && context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
        if (!browser)
        {
            return problem.ExecuteAsync(context);
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        var text = HtmlEncoder.Default;
        return context.Response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{status} {text.Encode(title)} — Banwatch</title></head>" +
            $"<body><h1>{text.Encode(title)}</h1><p role=\"alert\">{text.Encode(reason)}</p><p><a href=\"/\">Banwatch</a></p></body></html>");
    }
}
