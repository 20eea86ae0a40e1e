using System.Text.Encodings.Web;
using Banwatch.Core;
using Banwatch.Core.Accounts;
using Banwatch.Core.Failures;
using Banwatch.Features.Accounts;
using Microsoft.AspNetCore.Diagnostics;

namespace Banwatch.Web;

/// <summary>
/// Middleware that puts every request through who may do what, before any handler runs, so pages and endpoints added
/// later are covered too. The caller is an API token's owner (<c>Authorization: Bearer</c>; a token that names no one
/// is 401), else the person signed in with a session cookie (as their account is now), else anonymous. A write needs
/// an editor (a token of write scope); anything under /admin or /api/admin, read or write, needs an admin. Anonymous
/// callers may write, and enter /admin, only as the person at the machine on a server without accounts
/// (<see cref="WriteAccess"/>); on a private server (<see cref="WebOptions.Private"/>) they may not even read.
/// </summary>
public sealed class AccessGate(RequestDelegate next, WriteAccess access, BanwatchApp app, WebOptions options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // The error page shown for a request that was already refused (429, 413, 400) is re-executed with its method:
        // it changes nothing, and refusing it would replace the real answer with a 403.
        var reExecuted = context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null;
        var write = WriteAccess.IsWrite(context.Request.Method) && !reExecuted;
        var needed = IsAdminArea(context.Request) ? Role.Admin : write ? Access.Needed(managesAccounts: false) : (Role?)null;
        if (await RefusalAsync(context, write, needed) is { } refusal)
        {
            if (refusal.Kind == FailureKind.Unauthenticated && !write && IsBrowser(context.Request))
            {
                // A person opening a page they must sign in for is sent to sign in, and back afterwards.
                context.Response.Redirect($"/login?returnUrl={Uri.EscapeDataString(context.Request.Path + context.Request.QueryString)}");
                return;
            }

            if (refusal.Kind == FailureKind.Unauthenticated)
            {
                // RFC 9110: a 401 names how to authenticate; a token was given and is not valid, or none was.
                context.Response.Headers.WWWAuthenticate = BearerToken(context.Request) is null ? "Bearer" : "Bearer error=\"invalid_token\"";
            }

            await RefuseAsync(context, Problems.For(refusal), refusal.Contract.HttpStatus, refusal.Contract.Title, refusal.Message);
            return;
        }

        await next(context);
    }

    /// <summary>Why this request is refused, or null when it may go on; sets the caller it acts for on the way.</summary>
    private async Task<BanwatchException?> RefusalAsync(HttpContext context, bool write, Role? needed)
    {
        if (BearerToken(context.Request) is { } token)
        {
            Caller caller;
            TokenScope scope;
            try
            {
                (caller, scope) = await Accounts.AuthenticateAsync(app, token, context.RequestAborted);
            }
            catch (BanwatchException e) when (e.Kind == FailureKind.Unauthenticated)
            {
                return e;
            }

            Callers.Set(context, caller);
            if (write && scope == TokenScope.Read)
            {
                return new BanwatchException(FailureKind.Forbidden, $"this API token may only read");
            }

            return RoleRefusal(caller, needed);
        }

        if (IsSignInPage(context.Request))
        {
            // Signing in and out change only the session, and are guarded by anti-forgery tokens and the login rate limit.
            return null;
        }

        if (context.User.Identity is { IsAuthenticated: true, Name: { } name })
        {
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
            if (write && WriteAccess.FromOwnPages(context) is { IsAllowed: false } crossSite)
            {
                return new BanwatchException(FailureKind.Forbidden, $"{crossSite.Refusal}");
            }

            return RoleRefusal(caller, needed);
        }

        if (needed is not null)
        {
            return await access.AnonymousRefusalAsync(context, app) is { } refused
                ? new BanwatchException(refused.Unauthenticated ? FailureKind.Unauthenticated : FailureKind.Forbidden, $"{refused.Refusal}")
                : null;
        }

        return options.Private && !IsOpenToAll(context.Request)
            ? new BanwatchException(FailureKind.Unauthenticated, $"this server is private: sign in at /login, or send Authorization: Bearer TOKEN")
            : null;
    }

    private static BanwatchException? RoleRefusal(Caller caller, Role? needed) =>
        needed is { } role && !Access.Allows(caller.Role, role)
            ? new BanwatchException(
                FailureKind.Forbidden,
                $"{caller.Name} is {WireName.Of(caller.Role)}: {(role == Role.Admin ? "this needs the admin role" : "changing the record needs the editor role")}")
            : null;

    /// <summary>People, tokens and the audit log: admins only, to read as well as to change.</summary>
    private static bool IsAdminArea(HttpRequest request) =>
        request.Path.StartsWithSegments("/admin") || request.Path.StartsWithSegments("/api/admin");

    private static bool IsSignInPage(HttpRequest request) =>
        request.Path.StartsWithSegments("/login") || request.Path.StartsWithSegments("/logout");

    /// <summary>What a private server still answers without a sign-in: the sign-in page and the health check for the proxy (assets are served before the gate).</summary>
    private static bool IsOpenToAll(HttpRequest request) =>
        IsSignInPage(request) || request.Path.StartsWithSegments(Features.Health.HealthApi.Path);

    /// <summary>The token of an <c>Authorization: Bearer</c> header, or null when there is none.</summary>
    private static string? BearerToken(HttpRequest request) =>
        request.Headers.Authorization.ToString() is { Length: > 7 } header && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? header[7..].Trim()
            : null;

    private static bool IsBrowser(HttpRequest request) =>
        !request.Path.StartsWithSegments("/api") && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    /// <summary>The <paramref name="problem"/> (problem+json) for the API and programs; a short page for a browser.</summary>
    internal static Task RefuseAsync(HttpContext context, IResult problem, int status, string title, string reason)
    {
        if (!IsBrowser(context.Request))
        {
            return problem.ExecuteAsync(context);
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        var text = HtmlEncoder.Default;
        var signIn = status == StatusCodes.Status401Unauthorized ? " <a href=\"/login\">Sign in</a>." : "";
        return context.Response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{status} {text.Encode(title)} — Banwatch</title></head>" +
            $"<body><h1>{text.Encode(title)}</h1><p role=\"alert\">{text.Encode(reason)}{signIn}</p><p><a href=\"/\">Banwatch</a></p></body></html>");
    }
}
