namespace Banwatch.Web;

/// <summary>
/// Failures in a browser get an HTML page (Pages/Error) with the status the error contract gives their kind, the same
/// the API answers for the same failure; /api/* keeps problem+json (<see cref="Problems"/>).
/// </summary>
public static class ErrorPages
{
    public const string Path = "/error";

    /// <summary>The JSON API, whose failures are problem+json; /api itself is the (HTML) API reference page.</summary>
    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api") && !context.Request.Path.Equals(Links.ApiReference);

    public static IApplicationBuilder UseErrorPages(this WebApplication web)
    {
        web.UseWhen(c => !IsApi(c), b =>
        {
            b.UseExceptionHandler(Path);
            b.UseStatusCodePagesWithReExecute(Path + "/{0}");
        });
        web.UseWhen(IsApi, b =>
        {
            b.UseExceptionHandler();
            b.UseStatusCodePages();
        });
        return web;
    }
}
