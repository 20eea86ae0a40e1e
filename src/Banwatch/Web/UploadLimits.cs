using Banwatch.Features.Intake;
using Microsoft.AspNetCore.Http.Features;

namespace Banwatch.Web;

/// <summary>
/// How much a request may send: one file as large as `ingest` takes (<see cref="DocumentReader.MaxBytes"/>), and
/// a whole request a few of them. Past either limit the answer is 413 with the limit, not a failure.
/// </summary>
public static class UploadLimits
{
    public const long MaxRequestBytes = 3 * DocumentReader.MaxBytes;

    public static void AddUploadLimits(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxRequestBytes);
        builder.Services.Configure<FormOptions>(f => f.MultipartBodyLengthLimit = MaxRequestBytes);
    }

    // Kestrel refuses a body over its limit; the form reader (which also runs without Kestrel) one over its own.
    public static IApplicationBuilder UseUploadLimits(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception e) when (!context.Response.HasStarted
                && (e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
                    || (e is InvalidDataException && e.Message.Contains("length limit", StringComparison.Ordinal))))
            {
                // A limit of the transport, not a failure kind of the error contract: HTTP's own status says it best.
                var reason = $"the upload is larger than Banwatch takes: {DocumentReader.MaxBytes / (1024 * 1024)} MB per file, {MaxRequestBytes / (1024 * 1024)} MB in one request";
                const int status = StatusCodes.Status413PayloadTooLarge;
                await AccessGate.RefuseAsync(context, Results.Problem(reason, statusCode: status, title: "Too large"), status, "Too large", reason);
            }
        });
}
