using System.CommandLine;
using Banwatch.Features;
using Banwatch.Features.Status;
using Banwatch.Output;
using Spectre.Console;

namespace Banwatch.Cli;

public static class StatusCommand
{
    public static Command Create(CliContext context)
    {
        var asOf = BanwatchCli.DateOption("--as-of", "The day to report on; default today");
        var state = new Option<string?>("--state") { HelpName = "STATE", Description = "Only this state: ISO3 code, name or alias (\"Laos\", \"the UK\")" };
        var format = BanwatchCli.FormatOption(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
        var command = new Command("status", "Every state's status under the Convention on a date, with counts") { asOf, state, format };
        command.SetAction((parse, ct) => BanwatchCli.Guard(context, async () =>
        {
            using var app = await context.OpenAsync(parse.GetValue(BanwatchCli.Db), ct);
            var catalog = await Catalog.LoadAsync(app.Db, ct);
            var only = parse.GetValue(state) is { } name ? catalog.Resolve(name).Iso3 : (Core.States.Iso3?)null;
            var report = await StatusReport.LoadAsync(app.Db, parse.GetValue(asOf) ?? app.Today, only, ct);
            context.Write(
                parse.GetValue(format),
                report,
                () => Render(context.Console, report),
                () => Csv.Write(context.Out, report.States));
        }));
        return command;
    }

    private static void Render(IAnsiConsole console, StatusReport report)
    {
        var c = report.Counts;
        console.MarkupLine(
            $"[bold]Convention on Cluster Munitions — status on {report.AsOf:yyyy-MM-dd}[/]{Environment.NewLine}" +
            $"states parties {c.StateParty} · bound, not yet in force {c.BoundNotInForce} · signatories {c.Signatory} · " +
            $"withdrawn {c.Withdrawn} · not signed {c.NotSigned}{Environment.NewLine}" +
            Markup.Escape($"Obligations: {report.ObligationsSummary} (see `banwatch obligations`)"));
        var table = new Table().Border(TableBorder.Simple)
            .AddColumns("State", "Status", "In force", "Deposited", "Signed", "Withdrawal effective", "Instrument", "ISO3");
        foreach (var s in report.States.OrderBy(s => s.Name, FittedTable.ByName))
        {
            table.AddRow(
                Markup.Escape(s.Name),
                StatusText.Label(s.Status) + (s.ProvisionallyApplying ? " (Art. 18)" : ""),
                Dates.Show(s.EntryIntoForce),
                Dates.Show(s.Deposited),
                Dates.Show(s.Signed),
                Dates.Show(s.WithdrawalEffective),
                s.Instrument is { } i ? Csv.Cell(i) : "",
                s.Iso3);
        }

        console.WriteFitted(table);
    }
}
