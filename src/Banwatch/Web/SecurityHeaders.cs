namespace Banwatch.Web;

/// <summary>
/// Headers on every answer that tell browsers what a page may do: scripts only from Banwatch's own files (no
/// inline script, so text that slipped into a page cannot run), no framing by other sites, no MIME sniffing, and
/// no full URL sent to the sites sources link to.
/// </summary>
public static class SecurityHeaders
{
    // Inline styles stay allowed: pages and charts use style attributes, and a style cannot run code.
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return next(context);
        });
}
