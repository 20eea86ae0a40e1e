using System.CommandLine;
using Banwatch.Core;
using Banwatch.Core.Campaigns;
using Banwatch.Features;
using Banwatch.Features.Accounts;
using Banwatch.Features.Campaigns;
using Banwatch.Output;
using Spectre.Console;

namespace Banwatch.Cli;

public static class CategoriesCommand
{
    public static Command Create(CliContext context)
    {
        var asOf = BanwatchCli.DateOption("--as-of", "The day to report on; default today");
        var category = BanwatchCli.ParsedOption("--category", string.Join("|", WireName.All<Category>()), "Only this category", CategoriesQuery.ParseCategory);
        var state = new Option<string?>("--state") { HelpName = "STATE", Description = "Only this state: ISO3 code, name or alias" };
        var format = BanwatchCli.FormatOption(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
        var command = new Command("categories", "Producers, users, stockpilers, contaminated states on a date, each from its dated list (a newer list supersedes an older one for later dates)")
        {
            asOf, category, state, format,
        };
        command.Subcommands.Add(CreateAdd(context));
        command.SetAction((parse, ct) => BanwatchCli.Guard(context, async () =>
        {
            using var app = await context.OpenAsync(parse.GetValue(BanwatchCli.Db), ct);
            var catalog = await Catalog.LoadAsync(app.Db, ct);
            var only = parse.GetValue(state) is { } name ? catalog.Resolve(name).Iso3 : (Core.States.Iso3?)null;
            var report = await CategoriesReport.LoadAsync(app.Db, catalog, new CategoriesQuery(parse.GetValue(asOf) ?? app.Today, parse.GetValue(category), only), ct);
            context.Write(parse.GetValue(format), report, () => Render(context.Console, report), () => Csv.Write(context.Out, report.Rows));
        }));
        return command;
    }

    private static Command CreateAdd(CliContext context)
    {
        var state = new Option<string>("--state") { HelpName = "STATE", Description = "ISO3 code, name or alias", Required = true };
        var category = new Option<string>("--category") { HelpName = string.Join("|", WireName.All<Category>()), Description = "The category", Required = true };
        var not = new Option<bool>("--not") { Description = "The state no longer holds the category from --as-of (a correction)" };
        var asOf = BanwatchCli.ParsedOption("--as-of", "YYYY-MM-DD", "The date the source gives (YYYY-MM or YYYY if it gives no more); required", Dates.ParseReported);
        var start = BanwatchCli.ParsedOption("--period-start", "YYYY-MM-DD", "For use or transfer: when it began", Dates.ParseReported);
        var end = BanwatchCli.ParsedOption("--period-end", "YYYY-MM-DD", "For use or transfer: when it ended", Dates.ParseReported);
        var source = new Option<string>("--source") { HelpName = "URL", Description = "Where it comes from: an http(s) URL", Required = true };
        var note = new Option<string?>("--note") { HelpName = "TEXT", Description = "Your own short note" };
        var add = new Command("add", "Add or correct a state's category with its source; kept across reference data reloads")
        {
            state, category, not, asOf, start, end, source, note,
        };
        add.SetAction((parse, ct) => BanwatchCli.Guard(context, async () =>
        {
            using var app = await context.OpenAsync(parse.GetValue(BanwatchCli.Db), ct);
            var added = await CategoryUpdates.AddAsync(
                app,
                new CategoryInput(
                    parse.GetValue(state) ?? "", parse.GetValue(category), !parse.GetValue(not), parse.GetValue(asOf), parse.GetValue(start), parse.GetValue(end),
                    parse.GetValue(source), parse.GetValue(note)),
                await Accounts.CliCallerAsync(app, parse.GetValue(BanwatchCli.As), ct), ct);
            await context.Out.WriteLineAsync(
                $"added #{added.Id}: {added.Name} ({added.Iso3}) {(added.Listed ? "is" : "is not")} {WireName.Of(added.Category)} as of {added.AsOf} (source: {added.Source})");
        }));
        return add;
    }

    private static void Render(IAnsiConsole console, CategoriesReport report)
    {
        console.MarkupLine($"[bold]Categories on {report.AsOf:yyyy-MM-dd}[/]: {report.Rows.Count} entries");
        var table = new Table().Border(TableBorder.Simple).AddColumns("State", "Category", "Date", "List", "Period", "Source", "ISO3");
        foreach (var r in report.Rows.OrderBy(r => r.Name, FittedTable.ByName))
        {
            table.AddRow(
                Markup.Escape(r.Name), WireName.Of(r.Category) + (r.Unclear ? " (unclear)" : ""), r.ListDate ?? "undated", Markup.Escape(r.ListName),
                Markup.Escape(r.Period ?? ""), Markup.Escape(r.Source), r.Iso3);
        }

        console.WriteFitted(table);
    }
}
