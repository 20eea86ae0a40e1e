using System.CommandLine;
using Banwatch.Core;
using Banwatch.Core.Campaigns;
using Banwatch.Features;
using Banwatch.Features.Accounts;
using Banwatch.Features.Campaigns;
using Banwatch.Output;
using Spectre.Console;

namespace Banwatch.Cli;

public static class PositionsCommand
{
    public static Command Create(CliContext context)
    {
        var asOf = BanwatchCli.DateOption("--as-of", "The latest stance on this day; default every position recorded");
        var issue = BanwatchCli.ParsedOption("--issue", string.Join("|", WireName.All<TreatyIssue>()), "Only this issue", PositionsQuery.ParseIssue);
        var state = new Option<string?>("--state") { HelpName = "STATE", Description = "Only this state: ISO3 code, name or alias" };
        var format = BanwatchCli.FormatOption(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
        var command = new Command("positions", "The positions matrix: each state's latest stance per treaty issue, each with its evidence (document sentence or source URL)")
        {
            asOf, issue, state, format,
        };
        command.Subcommands.Add(CreateAdd(context));
        command.SetAction((parse, ct) => BanwatchCli.Guard(context, async () =>
        {
            using var app = await context.OpenAsync(parse.GetValue(BanwatchCli.Db), ct);
            var catalog = await Catalog.LoadAsync(app.Db, ct);
            var only = parse.GetValue(state) is { } name ? catalog.Resolve(name).Iso3 : (Core.States.Iso3?)null;
            var report = await PositionsReport.LoadAsync(app.Db, catalog, new PositionsQuery(parse.GetValue(asOf), parse.GetValue(issue) is { } i ? [i] : [], only), ct);
            context.Write(parse.GetValue(format), report, () => Render(context.Console, report), () => Csv.Write(context.Out, report.Positions));
        }));
        return command;
    }

    private static Command CreateAdd(CliContext context)
    {
        var state = new Option<string>("--state") { HelpName = "STATE", Description = "ISO3 code, name or alias", Required = true };
        var issue = new Option<string>("--issue") { HelpName = string.Join("|", WireName.All<TreatyIssue>()), Description = "The treaty issue", Required = true };
        var stance = new Option<string>("--stance") { HelpName = string.Join("|", WireName.All<PositionStance>()), Description = "Where the state stands", Required = true };
        var date = BanwatchCli.DateOption("--date", "The day the state took the position (required)");
        var source = new Option<string>("--source") { HelpName = "URL", Description = "Where it is shown: an http(s) URL", Required = true };
        var note = new Option<string?>("--note") { HelpName = "TEXT", Description = "Your own short note" };
        var add = new Command("add", "Record a stance by hand, with its date and source URL; kept across reference data reloads")
        {
            state, issue, stance, date, source, note,
        };
        add.SetAction((parse, ct) => BanwatchCli.Guard(context, async () =>
        {
            using var app = await context.OpenAsync(parse.GetValue(BanwatchCli.Db), ct);
            var added = await PositionUpdates.AddAsync(
                app,
                new PositionInput(parse.GetValue(state) ?? "", parse.GetValue(issue), parse.GetValue(stance), parse.GetValue(date), parse.GetValue(source), parse.GetValue(note)),
                await Accounts.CliCallerAsync(app, parse.GetValue(BanwatchCli.As), ct), ct);
            await context.Out.WriteLineAsync(
                $"added #{added.Id}: {added.Name} ({added.Iso3}), {WireName.Of(added.Issue)}: {WireName.Of(added.Stance)} on {added.Date:yyyy-MM-dd} (source: {added.Source})");
        }));
        return add;
    }

    private static void Render(IAnsiConsole console, PositionsReport report)
    {
        console.MarkupLine($"[bold]Positions{(report.AsOf is { } d ? $" on {d:yyyy-MM-dd}" : "")}[/]: {report.States.Count} states, latest stance per issue");
        var table = new Table().Border(TableBorder.Simple).AddColumn("State");
        foreach (var issue in report.Issues)
        {
            table.AddColumn(Markup.Escape(WireName.Of(issue)));
        }

        foreach (var row in report.States.OrderBy(r => r.Name, FittedTable.ByName))
        {
            table.AddRow([Markup.Escape($"{row.Name} ({row.Iso3})"), .. report.Issues.Select(i => row.Cell(i) is { } c ? Markup.Escape(Cell(c)) : "")]);
        }

        console.WriteFitted(table);
        console.MarkupLine("Evidence: --format json or csv give each stance's sentence and document link (/documents/ID?start=&end=) or source URL.");
    }

    private static string Cell(PositionsCell c) =>
        $"{string.Join("/", c.Stances.Select(s => WireName.Of(s)))} {c.Date:yyyy-MM-dd}{(c.Conflicting ? " (sources disagree)" : "")}";
}
