using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Banwatch.Web;

/// <summary>
/// Cookie sessions for people who sign in on /login (ASP.NET Core cookie authentication): HttpOnly, SameSite=Strict,
/// ending after <see cref="Lifetime"/>; and the login rate limit, per client address.
/// </summary>
public static class Sessions
{
    public const string LoginPolicy = "login";

    /// <summary>Sign-in attempts per client address per minute; more answer 429.</summary>
    public const int LoginAttemptsPerMinute = 5;

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    public static void AddSessions(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.Cookie.Name = "banwatch.session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.ExpireTimeSpan = Lifetime;
            o.SlidingExpiration = false;
            o.LoginPath = "/login";
            o.LogoutPath = "/logout";
        });
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(LoginPolicy, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = LoginAttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("reads"));
        });
    }
}
