using Banwatch.Errors;
using Banwatch.Features.Campaigns;
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

namespace Banwatch.Web;

/// <summary>The web app and JSON API over the same features the CLI uses.</summary>
public static class WebApp
{
    public static WebApplication Build(BanwatchApp app, string urls, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(WebApp).Assembly.GetName().Name,
        });
        builder.WebHost.UseUrls(urls);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(app);

        // Pages and the API answer from records kept in memory; other processes' writes must reach them too.
        app.Db.WatchOtherProcesses();
        builder.Services.AddRazorPages();
        builder.Services.ConfigureHttpJsonOptions(o => Json.Configure(o.SerializerOptions));
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton(ErrorLog.Default);
        builder.Services.AddExceptionHandler<Problems.Handler>();
        builder.Services.AddOpenApi();
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "banwatch.antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        builder.Services.AddSingleton(s => new WriteAccess(s.GetRequiredService<IServer>(), urls));
        builder.AddUploadLimits();
        configure?.Invoke(builder);

        var web = builder.Build();
        web.UseSecurityHeaders();
        web.UseExceptionHandler();
        web.UseStatusCodePages();
        web.UseMiddleware<WriteGate>();
        web.UseUploadLimits();
        web.UseAntiforgery();
        web.MapOpenApi();
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
        web.MapRazorPages();
        return web;
    }
}
