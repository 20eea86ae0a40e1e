using System.Text.Encodings.Web;
using Banwatch.Core;
using Banwatch.Core.Accounts;
using Banwatch.Core.Failures;
using Banwatch.Features.Accounts;
using Microsoft.AspNetCore.Diagnostics;

namespace Banwatch.Web;

/// <summary>
/// Middleware that puts every request through who may do what, before any handler runs. A request with an API token
/// (<c>Authorization: Bearer</c>) acts for the token's owner: a token that names no one is refused with 401, and a
/// write needs a token of write scope whose owner is an editor or admin (<see cref="Access"/>), else 403. With a
/// session cookie (signed in on /login), a write is that person's, by their role as it is now. Without either, every
/// write, on every page and endpoint (those added later included), goes through <see cref="WriteAccess"/>: only the
/// person at the machine may write.
/// </summary>
public sealed class WriteGate(RequestDelegate next, WriteAccess access, BanwatchApp app)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // The error page shown for a request that was already refused (429, 413, 400) is re-executed with its method:
        // it changes nothing, and refusing it would replace the real answer with a 403.
        var write = WriteAccess.IsWrite(context.Request.Method)
            && context.Features.Get<IStatusCodeReExecuteFeature>() is null
            && context.Features.Get<IExceptionHandlerFeature>() is null;
        if (BearerToken(context.Request) is { } token)
        {
            BanwatchException? refusal = null;
            try
            {
                var (caller, scope) = await Accounts.AuthenticateAsync(app, token, context.RequestAborted);
                Callers.Set(context, caller);
                if (write && !Access.Allows(caller.Role, scope, Access.Needed(managesAccounts: false)))
                {
                    refusal = new BanwatchException(
                        FailureKind.Forbidden,
                        $"{(scope == TokenScope.Read ? "this API token may only read" : $"{caller.Name} is {WireName.Of(caller.Role)}: changing the record needs the editor role")}");
                }
            }
            catch (BanwatchException e) when (e.Kind == FailureKind.Unauthenticated)
            {
                context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
                refusal = e;
            }

            if (refusal is not null)
            {
                await RefuseAsync(context, Problems.For(refusal), refusal.Contract.HttpStatus, refusal.Contract.Title, refusal.Message);
                return;
            }
        }
        else if (write && context.User.Identity is { IsAuthenticated: true, Name: { } name } && await SessionRefusalAsync(context, name) is { } refusal)
        {
            await RefuseAsync(context, Problems.For(refusal), refusal.Contract.HttpStatus, refusal.Contract.Title, refusal.Message);
            return;
        }
        else if (write && context.User.Identity?.IsAuthenticated != true && !IsSignInPage(context.Request) && access.CanWrite(context) is { IsAllowed: false } refused)
        {
            var failure = new BanwatchException(FailureKind.Forbidden, $"{refused.Refusal}");
            await RefuseAsync(context, Problems.For(failure), failure.Contract.HttpStatus, failure.Contract.Title, failure.Message);
            return;
        }

        await next(context);
    }

    /// <summary>
    /// A signed-in person's write: refused when their account is gone or disabled since they signed in (401), when
    /// another site's page sent it, or when their role (as it is now) does not allow it (403).
    /// </summary>
    private async Task<BanwatchException?> SessionRefusalAsync(HttpContext context, string name)
    {
        if (IsSignInPage(context.Request))
        {
            return null;
        }

        Caller caller;
        try
        {
            caller = await Accounts.SessionCallerAsync(app, name, context.RequestAborted);
        }
        catch (BanwatchException e) when (e.Kind == FailureKind.Unauthenticated)
        {
            return e;
        }

        Callers.Set(context, caller);
        if (WriteAccess.FromOwnPages(context) is { IsAllowed: false } crossSite)
        {
            return new BanwatchException(FailureKind.Forbidden, $"{crossSite.Refusal}");
        }

        return Access.Allows(caller.Role, Access.Needed(managesAccounts: false))
            ? null
            : new BanwatchException(FailureKind.Forbidden, $"{caller.Name} is {WireName.Of(caller.Role)}: changing the record needs the editor role");
    }

    /// <summary>Signing in and out change only the session, and are guarded by anti-forgery tokens and the login rate limit.</summary>
    private static bool IsSignInPage(HttpRequest request) =>
        request.Path.StartsWithSegments("/login") || request.Path.StartsWithSegments("/logout");

    /// <summary>The token of an <c>Authorization: Bearer</c> header, or null when there is none.</summary>
    private static string? BearerToken(HttpRequest request) =>
        request.Headers.Authorization.ToString() is { Length: > 7 } header && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? header[7..].Trim()
            : null;

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
