using System.CommandLine;
using Banwatch.Features;
using Banwatch.Features.Timeline;
using Banwatch.Output;
using Spectre.Console;

namespace Banwatch.Cli;

public static class TimelineCommand
{
    public static Command Create(CliContext context)
    {
        var from = BanwatchCli.DateOption("--from", "First month; default December 2008, when the Convention opened for signature");
        var to = BanwatchCli.DateOption("--to", "Last month; default today");
        var format = BanwatchCli.FormatOption(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
        var svg = new Option<FileInfo?>("--svg") { HelpName = "FILE", Description = "Also write the chart as an SVG file" };
        var command = new Command("timeline", "States parties and signatories month by month (last day of each month)") { from, to, format, svg };
        command.SetAction((parse, ct) => BanwatchCli.Guard(context, async () =>
        {
            using var app = await context.OpenAsync(parse.GetValue(BanwatchCli.Db), ct);
            var catalog = await Catalog.LoadAsync(app.Db, ct);
            var report = TimelineReport.For(catalog, parse.GetValue(from) ?? TimelineReport.OpenedForSignature, parse.GetValue(to) ?? app.Today);
            if (parse.GetValue(svg) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, TimelineChart.Svg(report), ct);
                await context.Error.WriteLineAsync($"wrote {file.FullName}");
            }

            context.Write(
                parse.GetValue(format),
                report,
                () => Render(context.Console, report),
                () => Csv.Write(context.Out, report.Months));
        }));
        return command;
    }

    private static void Render(IAnsiConsole console, TimelineReport report)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumns("Month", "As of", "States parties", "Bound, not in force", "Signatories", "Withdrawn");
        foreach (var m in report.Months)
        {
            table.AddRow(m.Month, Dates.Show(m.AsOf), m.StateParty.ToString(), m.BoundNotInForce.ToString(), m.Signatory.ToString(), m.Withdrawn.ToString());
        }

        console.WriteFitted(table);
    }
}
