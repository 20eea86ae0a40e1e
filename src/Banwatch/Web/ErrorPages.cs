using Banwatch.Features;

namespace Banwatch.Web;

/// <summary>How a failure reads on an HTML page: its status (the same the API gives it), a title and the one-line reason.</summary>
public static class ErrorPages
{
    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api") && !context.Request.Path.Equals(Links.ApiReference);

    public static (int Status, string Title, string Message) Describe(Exception error) => error switch
    {
        UserInputException e => (StatusCodes.Status400BadRequest, "Bad request", e.Message),
        _ => (StatusCodes.Status500InternalServerError, "Unexpected error", "Something went wrong on the server; the details are in its log."),
    };

    public static IApplicationBuilder UseErrorPages(this WebApplication web)
    {
        web.UseWhen(c => !IsApi(c), b =>
        {
            b.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/error",
                StatusCodeSelector = e => Describe(e).Status,
            });
            b.UseStatusCodePagesWithReExecute("/error/{0}");
        });
        web.UseWhen(IsApi, b =>
        {
            b.UseExceptionHandler();
            b.UseStatusCodePages();
        });
        return web;
    }
}
