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
                () => Render(context, report),
                () => Csv.Write(context.Out, report.Events.Select(EventCsvRow.From)));
        }));
        return command;
    }

    // Chronological, as the process happened. The id is what other commands and the API take; sources are numbered
    // under the table, since a URL cannot wrap inside a column.
    private static void Render(CliContext context, EventsReport report)
    {
        var sources = new List<string>();
        var table = new Table().Border(TableBorder.Simple).AddColumns("Id", "Dates", "Event", "Figures reported", "Sources", "Where", "Outcome");
        foreach (var e in report.Events)
        {
            var numbers = e.Sources.Select(s =>
            {
                if (!sources.Contains(s))
                {
                    sources.Add(s);
                }

                return sources.IndexOf(s) + 1;
            });
            table.AddRow(
                Markup.Escape(e.Id),
                Markup.Escape(EventCsvRow.Dates(e)),
                Markup.Escape(e.Name),
                Markup.Escape(e.FiguresSummary.Replace('_', ' ')),
                string.Join(", ", numbers),
                Markup.Escape(string.Join(", ", new[] { e.City, e.Country }.Where(x => !string.IsNullOrEmpty(x)))),
                Markup.Escape(e.Outcome ?? ""));
        }

        context.Console.WriteFitted(table);
        context.Console.MarkupLine("Sources:");
        for (var i = 0; i < sources.Count; i++)
        {
            context.Out.WriteLine($"  [{i + 1}] {sources[i]}");
        }
    }
}
