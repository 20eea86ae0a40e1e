using Banwatch.Errors;
using Banwatch.Features.Accounts;
using Banwatch.Features.Campaigns;
using Banwatch.Features.Dashboard;
using Banwatch.Features.Documents;
using Banwatch.Features.Events;
using Banwatch.Features.FactReview;
using Banwatch.Features.Feed;
using Banwatch.Features.Health;
using Banwatch.Features.Obligations;
using Banwatch.Features.Search;
using Banwatch.Features.States;
using Banwatch.Features.Status;
using Banwatch.Features.Timeline;
using Banwatch.Output;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.HttpOverrides;
using Scalar.AspNetCore;

namespace Banwatch.Web;

/// <summary>The web app and JSON API over the same features the CLI uses.</summary>
public static class WebApp
{
    /// <summary>The name of the one OpenAPI document (/openapi/v1.json).</summary>
    public const string OpenApiDocument = "v1";

    /// <summary>The interactive API reference: Scalar, its bundle served from its NuGet package (no CDN).</summary>
    public const string InteractiveApiReference = "/api/reference";

    /// <summary>Scalar's script, as MapScalarApiReference serves it under <see cref="InteractiveApiReference"/>.</summary>
    public const string ScalarBundle = InteractiveApiReference + "/scalar.js";

    public static WebApplication Build(BanwatchApp app, string urls, Action<WebApplicationBuilder>? configure = null, WebOptions? options = null)
    {
        options ??= new WebOptions();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(WebApp).Assembly.GetName().Name,
        });
        builder.WebHost.UseUrls(urls);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // A host that fails to start (a port in use) is reported by `serve` in one line, and a failed request by
        // Problems.Classify (one line, the trace in the error log): neither is logged again as a trace on the console.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", LogLevel.None);
        builder.Services.AddSingleton(app);
        builder.Services.AddSingleton(options);
        // The app's clock for ASP.NET Core too, so that session expiry follows the same (in tests, a fake) time.
        builder.Services.AddSingleton(app.Time);
        builder.Services.AddSingleton(WorldMap.Load(app.DataFolder));
        builder.Services.AddScoped<RequestCatalog>();

        // Pages and the API answer from records kept in memory; other processes' writes must reach them too.
        app.Db.WatchOtherProcesses();
        builder.Services.AddRazorPages();
        builder.Services.ConfigureHttpJsonOptions(o => Json.Configure(o.SerializerOptions));
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton(ErrorLog.Default);
        builder.Services.AddExceptionHandler<Problems.Handler>();
        builder.Services.AddOpenApi(OpenApiDocument, o =>
        {
            OpenApiParameters.AddTo(o);
            OpenApiSecurity.AddTo(o);
        });
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "banwatch.antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        builder.Services.AddSingleton(s => new WriteAccess(s.GetRequiredService<IServer>(), urls));
        builder.AddSessions();
        builder.AddUploadLimits();
        configure?.Invoke(builder);

        var web = builder.Build();
        if (options.BehindProxy)
        {
            // First, so that every later step (the access gate, the login rate limit, secure cookies) sees the real client.
            web.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto });
        }

        web.UseSecurityHeaders();
        web.UseErrorPages();
        web.UseSiteAssets();
        web.UseAuthentication();
        web.UseMiddleware<AccessGate>();
        web.UseUploadLimits();

        // Routing after the error pages, so a failure re-executed as /error is routed to the error page.
        web.UseRouting();
        web.UseRateLimiter();
        web.UseAntiforgery();
        web.MapOpenApi();
        // Serves Scalar's bundle; the page that loads it is Pages/ApiReference/Interactive (Scalar's own page has an inline script).
        web.MapScalarApiReference(InteractiveApiReference, o => o.WithTitle("Banwatch API").WithOpenApiRoutePattern("/openapi/{documentName}.json").DisableTelemetry());
        web.MapDashboardApi();
        web.MapStatusApi();
        web.MapTimelineApi();
        web.MapEventsApi();
        web.MapStatesApi();
        web.MapDocumentsApi();
        web.MapSearchApi();
        web.MapReviewApi();
        web.MapObligationsApi();
        web.MapFeedApi();
        web.MapHealthApi();
        web.MapCampaignApi();
        web.MapAccountsApi();
        web.MapRazorPages();
        return web;
    }
}
