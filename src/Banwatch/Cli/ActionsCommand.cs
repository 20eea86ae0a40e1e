using System.CommandLine;
using Banwatch.Core;
using Banwatch.Core.Campaigns;
using Banwatch.Core.Failures;
using Banwatch.Features.Accounts;
using Banwatch.Features.Campaigns;
using Banwatch.Output;
using Spectre.Console;

namespace Banwatch.Cli;

public static class ActionsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("actions", "The action log: letters, meetings, calls, events, media work per state, with follow-ups");
        command.Subcommands.Add(CreateAdd(context));
        command.Subcommands.Add(CreateList(context));
        command.Subcommands.Add(CreateDone(context));
        command.Subcommands.Add(CreateImport(context));
        return command;
    }

    private static Command CreateAdd(CliContext context)
    {
        var state = new Option<string>("--state") { HelpName = "STATE", Description = "ISO3 code, name or alias", Required = true };
        var kind = new Option<string>("--kind") { HelpName = string.Join("|", WireName.All<ActionKind>()), Description = "What was done", Required = true };
        var date = new Option<string?>("--date") { HelpName = "YYYY-MM-DD", Description = "When it was done; default today" };
        var organisation = new Option<string>("--organisation") { HelpName = "NAME", Description = "Who acted", Required = true };
        var contact = new Option<string?>("--contact") { HelpName = "NAME", Description = "Whom it was with" };
        var summary = new Option<string>("--summary") { HelpName = "TEXT", Description = "What was done, in a line", Required = true };
        var outcome = new Option<string?>("--outcome") { HelpName = "TEXT", Description = "What came of it" };
        var followUp = new Option<string?>("--follow-up") { HelpName = "YYYY-MM-DD", Description = "When to follow up" };
        var add = new Command("add", "Log an action") { state, kind, date, organisation, contact, summary, outcome, followUp };
        add.SetAction((parse, ct) => BanwatchCli.Guard(context, async () =>
        {
            using var app = await context.OpenAsync(parse.GetValue(BanwatchCli.Db), ct);
            var a = await ActionLog.AddAsync(
                app,
                new ActionInput(
                    parse.GetValue(state), parse.GetValue(kind), parse.GetValue(date) ?? $"{app.Today:yyyy-MM-dd}", parse.GetValue(organisation), parse.GetValue(contact),
                    parse.GetValue(summary), parse.GetValue(outcome), parse.GetValue(followUp)),
                await Accounts.CliCallerAsync(app, parse.GetValue(BanwatchCli.As), ct), ct);
            await context.Out.WriteLineAsync($"added #{a.Id}: {a.Name} ({a.Iso3}), {WireName.Of(a.Kind)} on {a.Date:yyyy-MM-dd}{(a.FollowUp is { } f ? $", follow up by {f:yyyy-MM-dd}" : "")}");
        }));
        return add;
    }

    private static Command CreateList(CliContext context)
    {
        var state = new Option<string?>("--state") { HelpName = "STATE", Description = "Only this state" };
        var overdue = new Option<bool>("--overdue") { Description = "Only follow-ups due before today and not done" };
        var format = BanwatchCli.FormatOption(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
        var list = new Command("list", "The actions, newest first; --format csv writes the import's columns") { state, overdue, format };
        list.SetAction((parse, ct) => BanwatchCli.Guard(context, async () =>
        {
            using var app = await context.OpenAsync(parse.GetValue(BanwatchCli.Db), ct);
            var report = await ActionLog.ListAsync(app, parse.GetValue(state), parse.GetValue(overdue), ct);
            context.Write(parse.GetValue(format), report, () => Render(context.Console, report), () => context.Out.Write(ActionLog.Export(report)));
        }));
        return list;
    }

    private static Command CreateDone(CliContext context)
    {
        var id = new Argument<long>("ID") { Description = "The action whose follow-up is done" };
        var on = BanwatchCli.DateOption("--on", "The day it was done; default today");
        var outcome = new Option<string?>("--outcome") { HelpName = "TEXT", Description = "What came of it" };
        var done = new Command("done", "Mark an action's follow-up done") { id, on, outcome };
        done.SetAction((parse, ct) => BanwatchCli.Guard(context, async () =>
        {
            using var app = await context.OpenAsync(parse.GetValue(BanwatchCli.Db), ct);
            var a = await ActionLog.DoneAsync(app, parse.GetValue(id), parse.GetValue(on), parse.GetValue(outcome), await Accounts.CliCallerAsync(app, parse.GetValue(BanwatchCli.As), ct), ct);
            await context.Out.WriteLineAsync($"#{a.Id} ({a.Name}): follow-up done on {a.Done:yyyy-MM-dd}");
        }));
        return done;
    }

    private static Command CreateImport(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = $"A CSV with the columns {string.Join(",", ActionLog.Columns)}" };
        var import = new Command("import", "Import actions from CSV: every row or none; bad rows are named by line and field") { file };
        import.SetAction((parse, ct) => BanwatchCli.Guard(context, async () =>
        {
            using var app = await context.OpenAsync(parse.GetValue(BanwatchCli.Db), ct);
            var path = parse.GetValue(file)!;
            StreamReader reader;
            try
            {
                reader = new StreamReader(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new BanwatchException(FailureKind.MissingFile, $"cannot read {path}: {e.Message}");
            }

            using (reader)
            {
                var added = await ActionLog.ImportAsync(app, reader, path, await Accounts.CliCallerAsync(app, parse.GetValue(BanwatchCli.As), ct), ct);
                await context.Out.WriteLineAsync($"imported {added.Count} actions from {path}");
            }
        }));
        return import;
    }

    private static void Render(IAnsiConsole console, ActionsReport report)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumns("#", "Date", "State", "Kind", "Organisation", "Contact", "Summary", "Outcome", "Follow-up");
        foreach (var a in report.Actions)
        {
            var follow = a.FollowUp is { } f ? $"{f:yyyy-MM-dd}{(a.Done is { } d ? $" done {d:yyyy-MM-dd}" : a.Overdue ? " OVERDUE" : "")}" : "";
            table.AddRow(
                $"{a.Id}", $"{a.Date:yyyy-MM-dd}", Markup.Escape($"{a.Name} ({a.Iso3})"), WireName.Of(a.Kind), Markup.Escape(a.Organisation),
                Markup.Escape(a.Contact ?? ""), Markup.Escape(a.Summary), Markup.Escape(a.Outcome ?? ""), follow);
        }

        console.WriteFitted(table);
        console.MarkupLine($"{report.Actions.Count} actions; {report.Actions.Count(a => a.Overdue)} follow-ups overdue on {report.Today:yyyy-MM-dd}");
    }
}
