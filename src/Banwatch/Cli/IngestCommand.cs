using System.CommandLine;
using Banwatch.Core.Failures;
using Banwatch.Features;
using Banwatch.Features.Accounts;
using Banwatch.Features.Intake;
using Banwatch.Output;
using Spectre.Console;

namespace Banwatch.Cli;

public static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders (.txt, .md, .html, .htm, .pdf)", Arity = ArgumentArity.OneOrMore };
        var format = BanwatchCli.FormatOption(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("ingest", "Store documents with their extracted mentions, figures and facts (facts wait for review); same content is stored once") { paths, format };
        command.SetAction((parse, ct) => BanwatchCli.Guard(context, async () =>
        {
            using var app = await context.OpenAsync(parse.GetValue(BanwatchCli.Db), ct);
            var catalog = await Catalog.LoadAsync(app.Db, ct);
            var audit = Accounts.Audit(app, Caller.OrLocal(await Accounts.CliCallerAsync(app, parse.GetValue(BanwatchCli.As), ct), "ingesting documents"));
            var files = DocumentFiles.Expand(parse.GetValue(paths) ?? []);
            var chosen = parse.GetValue(format);
            IngestSummary summary = null!;
            if (chosen is OutputFormat.Json || !context.Console.Profile.Capabilities.Interactive)
            {
                // Redirected or machine-read output gets no progress bar in it.
                summary = await Ingest.RunAsync(app.Db, catalog, files, null, audit, ct);
            }
            else
            {
                await context.Console.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask($"Ingesting {files.Count} files", maxValue: Math.Max(1, files.Count));
                    summary = await Ingest.RunAsync(app.Db, catalog, files, new Progress<IngestedFile>(_ => task.Increment(1)), audit, ct);
                });
            }

            context.Write(chosen, summary, () => Render(context.Console, summary), () => { });
            if (summary.Failed > 0)
            {
                throw new BanwatchException(FailureKind.MalformedFile, $"{summary.Failed} of {files.Count} files failed (see the table above)");
            }
        }));
        return command;
    }

    private static void Render(IAnsiConsole console, IngestSummary summary)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumns("File", "Outcome", "Document", "Mentions", "Facts", "Figures", "Reason");
        foreach (var f in summary.Files)
        {
            table.AddRow(
                Markup.Escape(f.Path),
                f.Outcome == IngestOutcome.Failed ? "[red]failed[/]" : Csv.Cell(f.Outcome),
                f.DocumentId?.ToString() ?? "",
                f.Mentions.ToString(),
                f.Facts.ToString(),
                f.Figures.ToString(),
                Markup.Escape(f.Reason ?? ""));
        }

        console.WriteFitted(table);
        console.MarkupLine($"ingested {summary.Ingested} · skipped {summary.Skipped} · failed {summary.Failed}");
    }
}
