using System.CommandLine;
using Banwatch.Core.Intake.Learned;
using Banwatch.Features;
using Banwatch.Features.Intake;
using Banwatch.Output;
using Spectre.Console;

namespace Banwatch.Cli;

public static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var gold = new Option<FileInfo>("--gold") { HelpName = "FILE", Description = "Gold annotations (JSON, see eval/README.md)", Required = true };
        var paths = new Argument<string[]>("docs") { Description = "Documents or folders to extract and score", Arity = ArgumentArity.OneOrMore };
        var details = new Option<bool>("--details") { Description = "List what each document missed and what it found wrongly" };
        var model = new Option<string?>("--fact-model") { HelpName = "FILE|none", Description = "Score with this learned fact model (from train-facts) instead of the built-in one, or none: the rules alone" };
        var format = BanwatchCli.FormatOption(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("eval", "Precision, recall and F1 of extraction against gold annotations, per document and in total") { gold, paths, details, model, format };
        command.SetAction((parse, ct) => BanwatchCli.Guard(context, async () =>
        {
            using var app = await context.OpenAsync(parse.GetValue(BanwatchCli.Db), ct);
            var catalog = await Catalog.LoadAsync(app.Db, ct);
            var goldFile = Evaluation.ReadGold(parse.GetValue(gold)!.FullName);
            var batch = Extractor.ExtractFiles(catalog, DocumentFiles.Expand(parse.GetValue(paths) ?? []), ModelOption(parse.GetValue(model)));
            var report = Evaluation.Run(goldFile, batch);
            context.Write(parse.GetValue(format), report, () => Render(context.Console, report, parse.GetValue(details)), () => { });
            foreach (var failure in batch.Failures)
            {
                await context.Error.WriteLineAsync($"{failure.Path}: {failure.Reason}");
            }
        }));
        return command;
    }

    /// <summary>The model --fact-model names: the built-in one when none is named, none for the rules alone, or a file.</summary>
    private static FactModel? ModelOption(string? value)
    {
        if (value is null || value == "none")
        {
            return value is null ? FactModel.Shipped : null;
        }

        using var reader = File.OpenText(value);
        return FactModel.Read(reader, value);
    }

    private static void Render(IAnsiConsole console, EvaluationReport report, bool details)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumns("Document", "Mentions P", "R", "F1", "Facts P", "R", "F1", "Figures P", "R", "F1");
        foreach (var d in report.Documents)
        {
            table.AddRow([Markup.Escape(d.Doc), .. Cells(d.Mentions), .. Cells(d.Facts), .. Cells(d.Figures)]);
        }

        table.AddEmptyRow();
        table.AddRow(["[bold]total[/]", .. Cells(report.Mentions), .. Cells(report.Facts), .. Cells(report.Figures)]);
        console.WriteFitted(table);
        if (report.NotInGold.Count > 0)
        {
            console.MarkupLine($"[yellow]not in the gold file, not scored:[/] {Markup.Escape(string.Join(", ", report.NotInGold))}");
        }

        foreach (var u in report.Unreadable)
        {
            console.MarkupLine($"[yellow]could not be read, scored as finding nothing:[/] {Markup.Escape(u.Doc)} ({Markup.Escape(u.Reason)})");
        }

        var kinds = new Table().Border(TableBorder.Simple).AddColumns("Fact kind", "P", "R", "F1", "gold", "found");
        foreach (var k in report.FactKinds)
        {
            kinds.AddRow([k.Kind, .. Cells(k.Score), $"{k.Score.TruePositives + k.Score.FalseNegatives}", $"{k.Score.TruePositives + k.Score.FalsePositives}"]);
        }

        kinds.AddRow(["[bold]mentions[/]", .. Cells(report.Mentions), $"{report.Mentions.TruePositives + report.Mentions.FalseNegatives}", $"{report.Mentions.TruePositives + report.Mentions.FalsePositives}"]);
        console.WriteFitted(kinds);
        console.MarkupLine($"facts macro-averaged over documents: F1 {report.FactsMacroF1:0.000}");

        if (details)
        {
            foreach (var d in report.Documents.Where(d => d.Missed.Count + d.Spurious.Count > 0))
            {
                console.MarkupLine($"[bold]{Markup.Escape(d.Doc)}[/]");
                console.MarkupLine($"  missed:   {Markup.Escape(string.Join("; ", d.Missed))}");
                console.MarkupLine($"  spurious: {Markup.Escape(string.Join("; ", d.Spurious))}");
            }
        }
    }

    private static string[] Cells(Score s) => [$"{s.Precision:0.000}", $"{s.Recall:0.000}", $"{s.F1:0.000}"];
}
