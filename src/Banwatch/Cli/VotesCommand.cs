using System.CommandLine;
using Banwatch.Core;
using Banwatch.Features;
using Banwatch.Features.Campaigns;
using Banwatch.Output;
using Spectre.Console;

namespace Banwatch.Cli;

public static class VotesCommand
{
    public static Command Create(CliContext context)
    {
        var state = new Option<string?>("--state") { HelpName = "STATE", Description = "Only this state: ISO3 code, name or alias" };
        var year = new Option<int?>("--year") { HelpName = "YYYY", Description = "Only this year's resolution" };
        var format = BanwatchCli.FormatOption(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
        var command = new Command("votes", "UN General Assembly votes on the annual resolution on the Convention: totals per year, per-state votes where found")
        {
            state, year, format,
        };
        command.SetAction((parse, ct) => BanwatchCli.Guard(context, async () =>
        {
            using var app = await context.OpenAsync(parse.GetValue(BanwatchCli.Db), ct);
            var report = await VotesReport.LoadAsync(app.Db, await Catalog.LoadAsync(app.Db, ct), parse.GetValue(state), parse.GetValue(year), ct);
            context.Write(parse.GetValue(format), report, () => Render(context.Console, report), () => Csv.Write(context.Out, report.Votes));
        }));
        return command;
    }

    private static void Render(IAnsiConsole console, VotesReport report)
    {
        var totals = new Table().Border(TableBorder.Simple).AddColumns("Year", "Resolution", "Adopted", "Yes", "No", "Abstain", "Source");
        foreach (var r in report.Resolutions)
        {
            totals.AddRow($"{r.Year}", Markup.Escape(r.Resolution ?? "not found"), Dates.Show(r.AdoptedOn), $"{r.Yes}", $"{r.No}", $"{r.Abstain}", Markup.Escape(r.Source));
        }

        console.WriteFitted(totals);
        var votes = new Table().Border(TableBorder.Simple).AddColumns("Year", "State", "ISO3", "Vote");
        foreach (var v in report.Votes)
        {
            votes.AddRow($"{v.Year}", Markup.Escape(v.Name), v.Iso3, WireName.Of(v.Vote));
        }

        console.WriteFitted(votes);
        console.MarkupLine("Absent is not a vote against. Per-state sources: --format json or csv.");
    }
}
