using System.Globalization;
using System.Runtime.CompilerServices;
using Banwatch.Core;
using Banwatch.Core.Campaigns;
using Banwatch.Core.Failures;
using Banwatch.Core.States;
using Banwatch.Features.Accounts;
using Banwatch.Output;
using CsvHelper;
using CsvHelper.Configuration;

namespace Banwatch.Features.Campaigns;

/// <summary>An action as a person gives it (CLI options, web form, or a CSV row): text, checked by <see cref="ActionLog"/>.</summary>
public sealed record ActionInput(string? State, string? Kind, string? Date, string? Organisation, string? Contact, string? Summary, string? Outcome, string? FollowUp);

/// <summary>An action with its state's name and whether its follow-up is overdue today (due before today, not done).</summary>
public sealed record ActionRow(long Id, string Iso3, string Name, ActionKind Kind, DateOnly Date, string Organisation, string? Contact, string Summary, string? Outcome, DateOnly? FollowUp, DateOnly? Done, bool Overdue)
{
    public static ActionRow From(CampaignAction a, string name, DateOnly today) =>
        new(a.Id, a.Iso3.Value, name, a.Kind, a.Date, a.Organisation, a.Contact, a.Summary, a.Outcome, a.FollowUp, a.Done, a.Done is null && a.FollowUp is { } f && f < today);
}

/// <summary>The action log on a day: the actions asked for, newest first.</summary>
public sealed record ActionsReport(DateOnly Today, IReadOnlyList<ActionRow> Actions);

/// <summary>
/// The action log: what campaigners did about each state, what follows and when. Adding, importing (all or
/// nothing, every bad row named by line and field), listing, exporting and marking follow-ups done.
/// </summary>
public static class ActionLog
{
    /// <summary>The columns of the CSV import and export, in order.</summary>
    public static readonly IReadOnlyList<string> Columns = ["state", "kind", "date", "organisation", "contact", "summary", "outcome", "follow_up"];

    public static async Task<ActionRow> AddAsync(BanwatchApp app, ActionInput input, Caller? caller = null, CancellationToken ct = default)
    {
        var who = Caller.OrLocal(caller, "logging actions");
        var catalog = await Catalog.LoadAsync(app.Db, ct);
        var errors = new List<(string Field, string Message)>();
        var action = Check(catalog, input, app.Today, (field, message) => errors.Add((field, message)));
        if (errors.Count > 0)
        {
            // Each field named as the entry point names it (--follow-up on the command line, follow_up in the API).
            throw new BanwatchException(
                FailureKind.Invalid,
                FormattableStringFactory.Create(
                    string.Join("; ", errors.Select((e, i) => $"{{{i}}}: {e.Message.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal)}")),
                    [.. errors.Select(e => (object)new Field(e.Field))]));
        }

        var id = (await app.Db.AddActionsAsync([action!], app.Time.GetUtcNow(), Accounts.Accounts.Audit(app, who), ct))[0];
        return ActionRow.From(action! with { Id = id }, catalog.Names[action!.Iso3].Name, app.Today);
    }

    /// <summary>Imports every row of the CSV or none: a row with a bad field is reported as "file:line: field: message".</summary>
    public static async Task<IReadOnlyList<ActionRow>> ImportAsync(BanwatchApp app, TextReader csv, string file, Caller? caller = null, CancellationToken ct = default)
    {
        var who = Caller.OrLocal(caller, "importing actions");
        var catalog = await Catalog.LoadAsync(app.Db, ct);
        var errors = new List<string>();
        var actions = new List<CampaignAction>();
        using var reader = new CsvReader(csv, new CsvConfiguration(CultureInfo.InvariantCulture) { DetectColumnCountChanges = true });
        try
        {
            if (!reader.Read() || !reader.ReadHeader() || reader.HeaderRecord is not { } header)
            {
                throw new BanwatchException(FailureKind.MalformedFile, $"{file}:1: empty file: a header line ({string.Join(",", Columns)}) is required");
            }

            var missing = Columns.Where(c => c is not ("contact" or "outcome" or "follow_up") && !header.Contains(c)).ToList();
            if (missing.Count > 0)
            {
                throw new BanwatchException(FailureKind.MalformedFile, $"{file}:1: missing column(s): {string.Join(", ", missing)}");
            }

            while (reader.Read())
            {
                var line = reader.Parser.RawRow;
                string? Field(string name) => header.Contains(name) ? reader.GetField(name) : null;
                var input = new ActionInput(Field("state"), Field("kind"), Field("date"), Field("organisation"), Field("contact"), Field("summary"), Field("outcome"), Field("follow_up"));
                if (Check(catalog, input, app.Today, (field, message) => errors.Add($"{file}:{line}: {field}: {message}")) is { } action)
                {
                    actions.Add(action);
                }
            }
        }
        catch (CsvHelperException e)
        {
            errors.Add($"{file}:{reader.Parser.RawRow}: unreadable row: {e.GetBaseException().Message.Split('\n')[0]}");
        }

        if (errors.Count > 0)
        {
            var more = errors.Count > 20 ? $"{Environment.NewLine}... and {errors.Count - 20} more" : "";
            throw new BanwatchException(FailureKind.MalformedFile, $"nothing imported; fix these rows:{Environment.NewLine}{string.Join(Environment.NewLine, errors.Take(20))}{more}");
        }

        var ids = await app.Db.AddActionsAsync(actions, app.Time.GetUtcNow(), Accounts.Accounts.Audit(app, who), ct);
        return [.. actions.Zip(ids, (a, id) => ActionRow.From(a with { Id = id }, catalog.Names[a.Iso3].Name, app.Today))];
    }

    public static async Task<ActionsReport> ListAsync(BanwatchApp app, string? state, bool overdueOnly, CancellationToken ct = default)
    {
        var catalog = await Catalog.LoadAsync(app.Db, ct);
        var only = state is null ? (Iso3?)null : catalog.Resolve(state).Iso3;
        var rows = (await app.Db.ActionsAsync(only, ct)).Select(a => ActionRow.From(a, catalog.Names[a.Iso3].Name, app.Today));
        return new ActionsReport(app.Today, [.. overdueOnly ? rows.Where(r => r.Overdue).OrderBy(r => r.FollowUp) : rows]);
    }

    /// <summary>Marks an action's follow-up done today (or on <paramref name="on"/>), with its outcome if given.</summary>
    public static async Task<ActionRow> DoneAsync(BanwatchApp app, long id, DateOnly? on, string? outcome, Caller? caller = null, CancellationToken ct = default)
    {
        var who = Caller.OrLocal(caller, "completing follow-ups");
        var day = on ?? app.Today;
        if (day > app.Today)
        {
            throw new BanwatchException(FailureKind.Invalid, $"{new Field("on")}: {day:yyyy-MM-dd} is after today ({app.Today:yyyy-MM-dd})");
        }

        if (!await app.Db.CompleteActionAsync(id, day, string.IsNullOrWhiteSpace(outcome) ? null : outcome.Trim(), Accounts.Accounts.Audit(app, who), ct))
        {
            throw new BanwatchException(FailureKind.NotFound, $"no action #{id} (see `banwatch actions list`)");
        }

        return (await ListAsync(app, null, false, ct)).Actions.First(a => a.Id == id);
    }

    /// <summary>The actions as CSV in the import's columns (plus id and done), so an export can be edited and imported elsewhere.</summary>
    public static string Export(ActionsReport report)
    {
        using var writer = new StringWriter();
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var column in Columns.Prepend("id").Append("done"))
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        foreach (var a in report.Actions)
        {
            foreach (var value in new object?[] { a.Id, a.Iso3, a.Kind, a.Date, a.Organisation, a.Contact, a.Summary, a.Outcome, a.FollowUp, a.Done })
            {
                csv.WriteField(Csv.Cell(value));
            }

            csv.NextRecord();
        }

        csv.Flush();
        return writer.ToString();
    }

    /// <summary>Checks one action, reporting each bad field through <paramref name="error"/>; null when any was bad.</summary>
    private static CampaignAction? Check(Catalog catalog, ActionInput input, DateOnly today, Action<string, string> error)
    {
        var bad = false;
        void Fail(string field, string message)
        {
            bad = true;
            error(field, message);
        }

        Iso3 iso3 = default;
        try
        {
            iso3 = catalog.Resolve(Blank(input.State) ?? throw new BanwatchException(FailureKind.Invalid, $"a state is required (name, alias or ISO3 code)")).Iso3;
        }
        catch (BanwatchException e)
        {
            Fail("state", e.MessageFor(FieldStyle.Web));
        }

        var kind = ActionKind.Other;
        if (!WireName.TryParse(input.Kind, out kind))
        {
            Fail("kind", $"'{input.Kind}' is not one of {string.Join(", ", WireName.All<ActionKind>())}");
        }

        var date = Date(input.Date, "date", Fail, required: true);
        if (date is { } d && d > today)
        {
            Fail("date", $"{d:yyyy-MM-dd} is after today ({today:yyyy-MM-dd}): log actions taken; plan later ones as follow-ups");
        }

        var followUp = Date(input.FollowUp, "follow_up", Fail, required: false);
        if (followUp is { } f && date is { } on && f < on)
        {
            Fail("follow_up", $"{f:yyyy-MM-dd} is before the action's date {on:yyyy-MM-dd}");
        }

        var organisation = Blank(input.Organisation);
        if (organisation is null)
        {
            Fail("organisation", "who acted is required");
        }

        var summary = Blank(input.Summary);
        if (summary is null)
        {
            Fail("summary", "a short summary is required");
        }

        return bad ? null : new CampaignAction(0, iso3, kind, date!.Value, organisation!, Blank(input.Contact), summary!, Blank(input.Outcome), followUp, null);
    }

    private static DateOnly? Date(string? text, string field, Action<string, string> fail, bool required)
    {
        if (Blank(text) is not { } value)
        {
            if (required)
            {
                fail(field, "a date is required (YYYY-MM-DD)");
            }

            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        fail(field, $"'{value}' is not a date (YYYY-MM-DD)");
        return null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
