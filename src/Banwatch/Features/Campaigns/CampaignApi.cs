using Banwatch.Core.Campaigns;
using Banwatch.Core.Failures;
using Banwatch.Core.Provenance;
using Banwatch.Output;
using Banwatch.Web;

namespace Banwatch.Features.Campaigns;

/// <summary>The campaign record over HTTP: the same records the CLI prints, as JSON or (?format=csv) CSV rows; writes take JSON bodies.</summary>
public static class CampaignApi
{
    public static void MapCampaignApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/positions", (BanwatchApp app, string? as_of, string? issue, string? state, string? format, CancellationToken ct) => Api.Guard(async () =>
        {
            var catalog = await Catalog.LoadAsync(app.Db, ct);
            var query = new PositionsQuery(
                as_of is null ? null : Dates.Parse(as_of, new Field("as_of")),
                issue is null ? [] : [PositionsQuery.ParseIssue(issue, new Field("issue"))],
                state is null ? null : catalog.Resolve(state).Iso3);
            return Api.Answer(await PositionsReport.LoadAsync(app.Db, catalog, query, ct), format, r => r.Positions);
        }))
            .WithName("positions")
            .WithSummary("The positions matrix: each state's latest stance per treaty issue (on as_of, or overall), each with its evidence")
            .Produces<PositionsReport>();
        routes.MapPost("/api/positions", (BanwatchApp app, HttpContext http, PositionRequest body, CancellationToken ct) => Api.Guard(async () =>
            Results.Json(
                await PositionUpdates.AddAsync(app, new PositionInput(body.State ?? "", body.Issue, body.Stance, body.Date is null ? null : Dates.Parse(body.Date, new Field("date")), body.Source, body.Note), Callers.Of(http), ct),
                Json.Options,
                statusCode: StatusCodes.Status201Created)))
            .WithName("add_position")
            .WithSummary("Records a stance by hand with its date and source URL")
            .Produces<AddedPosition>(StatusCodes.Status201Created);
        routes.MapGet("/api/categories", (BanwatchApp app, string? as_of, string? category, string? state, string? format, CancellationToken ct) => Api.Guard(async () =>
        {
            var catalog = await Catalog.LoadAsync(app.Db, ct);
            var query = new CategoriesQuery(
                Api.AsOf(as_of, app), category is null ? null : CategoriesQuery.ParseCategory(category, new Field("category")), state is null ? null : catalog.Resolve(state).Iso3);
            return Api.Answer(await CategoriesReport.LoadAsync(app.Db, catalog, query, ct), format, r => r.Rows);
        }))
            .WithName("categories")
            .WithSummary("States by category (producer, user, stockpiler, contaminated...) on a date, each from its dated list or a correction")
            .Produces<CategoriesReport>();
        routes.MapPost("/api/categories", (BanwatchApp app, HttpContext http, CategoryRequest body, CancellationToken ct) => Api.Guard(async () =>
            Results.Json(
                await CategoryUpdates.AddAsync(
                    app,
                    new CategoryInput(body.State ?? "", body.Category, body.Listed ?? true, Reported(body.AsOf, new Field("as_of")), Reported(body.PeriodStart, new Field("period_start")), Reported(body.PeriodEnd, new Field("period_end")), body.Source, body.Note),
                    Callers.Of(http), ct),
                Json.Options,
                statusCode: StatusCodes.Status201Created)))
            .WithName("add_category")
            .WithSummary("Adds or corrects a state's category with its source (listed=false removes it from as_of on)")
            .Produces<AddedCategory>(StatusCodes.Status201Created);
        routes.MapGet("/api/votes", (BanwatchApp app, string? state, int? year, string? format, CancellationToken ct) => Api.Guard(async () =>
            Api.Answer(await VotesReport.LoadAsync(app.Db, await Catalog.LoadAsync(app.Db, ct), state, year, ct), format, r => r.Votes)))
            .WithName("votes")
            .WithSummary("UN General Assembly votes on the annual resolution on the Convention: totals per year, per-state votes where found")
            .Produces<VotesReport>();
        routes.MapGet("/api/declarations", (BanwatchApp app, string? declaration, string? state, string? format, CancellationToken ct) => Api.Guard(async () =>
            Api.Answer(await DeclarationsReport.LoadAsync(app.Db, await Catalog.LoadAsync(app.Db, ct), declaration, state, ct), format, r => r.Rows)))
            .WithName("declarations")
            .WithSummary("Who endorsed or refused each declaration, every source kept, conflicts side by side, inferred rows marked")
            .Produces<DeclarationsReport>();
        routes.MapGet("/api/targets", (BanwatchApp app, string? as_of, string? format, CancellationToken ct) => Api.Guard(async () =>
            Api.Answer(await TargetsReport.LoadAsync(app, Api.AsOf(as_of, app), null, ct), format, TargetRows.Of)))
            .WithName("targets")
            .WithSummary("Target lists by the rules in data/targets.yaml on a date: each group, each state with the conditions that matched, the facts and their sources")
            .Produces<TargetLists>();
        routes.MapGet("/api/actions", (BanwatchApp app, string? state, bool? overdue, string? format, CancellationToken ct) => Api.Guard(async () =>
        {
            var report = await ActionLog.ListAsync(app, state, overdue ?? false, ct);
            return format?.ToLowerInvariant() == "csv" ? Results.Text(ActionLog.Export(report), "text/csv; charset=utf-8") : Api.Answer(report, format, r => r.Actions);
        }))
            .WithName("actions")
            .WithSummary("The action log, newest first (overdue=true: follow-ups due before today and not done); CSV in the import's columns")
            .Produces<ActionsReport>();
        routes.MapPost("/api/actions", (BanwatchApp app, HttpContext http, ActionInput body, CancellationToken ct) => Api.Guard(async () =>
            Results.Json(await ActionLog.AddAsync(app, body with { Date = body.Date ?? $"{app.Today:yyyy-MM-dd}" }, Callers.Of(http), ct), Json.Options, statusCode: StatusCodes.Status201Created)))
            .WithName("add_action")
            .WithSummary("Logs an action (state, kind, date, organisation, contact, summary, outcome, follow_up)")
            .Produces<ActionRow>(StatusCodes.Status201Created);
        routes.MapPost("/api/actions/{id:long}/done", (BanwatchApp app, HttpContext http, long id, DoneRequest? body, CancellationToken ct) => Api.Guard(async () =>
            Results.Json(await ActionLog.DoneAsync(app, id, body?.On is { } on ? Dates.Parse(on, new Field("on")) : null, body?.Outcome, Callers.Of(http), ct), Json.Options)))
            .WithName("action_done")
            .WithSummary("Marks an action's follow-up done")
            .Produces<ActionRow>();
        routes.MapPost("/api/actions/import", (BanwatchApp app, HttpRequest request, CancellationToken ct) => Api.Guard(async () =>
        {
            // Read whole first (the upload limit bounds it): the CSV reader reads synchronously, which Kestrel refuses on a request body.
            using var body = new StreamReader(request.Body);
            using var reader = new StringReader(await body.ReadToEndAsync(ct));
            return Results.Json(await ActionLog.ImportAsync(app, reader, "request body", Callers.Of(request.HttpContext), ct), Json.Options, statusCode: StatusCodes.Status201Created);
        }))
            .WithName("import_actions")
            .WithSummary("Imports actions from a CSV body, every row or none; bad rows are named by line and field")
            .Produces<IReadOnlyList<ActionRow>>(StatusCodes.Status201Created);
        // A page, not /api/*: a failure goes to the HTML error page with the contract's status, as on every page.
        routes.MapGet("/states/{state}/brief", async (BanwatchApp app, string state, string? as_of, string? format, CancellationToken ct) =>
        {
            // A state named in a path that is not there is a page not found (404), as /states/{state} is.
            var known = (await Catalog.LoadAsync(app.Db, ct)).ResolvePath(state);
            var packs = await Briefs.ForStateAsync(app, known.Iso3.Value, Api.AsOf(as_of, app), ct);
            return format?.ToLowerInvariant() switch
            {
                null or "html" => Results.Content(BriefRendering.Html(packs, $"{packs[0].Name} briefing pack"), "text/html; charset=utf-8"),
                "md" => Results.Text(BriefRendering.Markdown(packs), "text/markdown; charset=utf-8"),
                _ => throw new BanwatchException(FailureKind.Invalid, $"format: '{format}' is not one of html, md"),
            };
        })
            .WithName("brief")
            .WithSummary("A state's briefing pack: one printable page (HTML with print CSS), or Markdown with format=md")
            .Produces<string>(contentType: "text/html");
    }

    private static ReportedDate? Reported(string? text, Field what) => text is null ? null : Dates.ParseReported(text, what);
}

public sealed record PositionRequest(string? State, string? Issue, string? Stance, string? Date, string? Source, string? Note);

/// <param name="Listed">false: the state no longer holds the category from as_of.</param>
public sealed record CategoryRequest(string? State, string? Category, bool? Listed, string? AsOf, string? PeriodStart, string? PeriodEnd, string? Source, string? Note);

public sealed record DoneRequest(string? On, string? Outcome);
