using System.CommandLine;
using Banwatch.Features.Events;
using Banwatch.Output;
using Spectre.Console;

namespace Banwatch.Cli;

public static class EventsCommand
{
    public static Command Create(CliContext context)
    {
        var format = BanwatchCli.FormatOption(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
        var command = new Command("events", "Oslo Process conferences and Convention meetings, with every reported figure and its source") { format };
        command.SetAction((parse, ct) => BanwatchCli.Guard(context, async () =>
        {
            using var app = await context.OpenAsync(parse.GetValue(BanwatchCli.Db), ct);
            var report = await EventsReport.LoadAsync(app.Db, ct);
            context.Write(
                parse.GetValue(format),
                report,
                () => Render(context.Console, report),
                () => Csv.Write(context.Out, report.Events.Select(EventCsvRow.From)));
        }));
        return command;
    }

    private static void Render(IAnsiConsole console, EventsReport report)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumns("Dates", "Event", "Where", "Figures reported", "Outcome");
        foreach (var e in report.Events)
        {
            table.AddRow(
                Markup.Escape(EventCsvRow.Dates(e)),
                Markup.Escape(e.Name),
                Markup.Escape(string.Join(", ", new[] { e.City, e.Country }.Where(x => !string.IsNullOrEmpty(x)))),
                Markup.Escape(e.FiguresSummary),
                Markup.Escape(e.Outcome ?? ""));
        }

        console.Write(table);
    }
}
