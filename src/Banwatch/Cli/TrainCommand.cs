using System.CommandLine;
using System.Globalization;
using Banwatch.Core.Failures;
using Banwatch.Features;
using Banwatch.Features.Intake;
using Banwatch.Output;
using Spectre.Console;

namespace Banwatch.Cli;

public static class TrainCommand
{
    public static Command Create(CliContext context)
    {
        var sets = new Option<string[]>("--set") { HelpName = "GOLD=PATH[,PATH...]", Description = "A gold file and the documents or folders it annotates (repeat for several sets)", AllowMultipleArgumentsPerToken = false };
        var setsFile = new Option<FileInfo>("--sets") { HelpName = "FILE", Description = "A file of sets, one GOLD=PATH[,PATH...] per line, paths relative to the file (eval/training-sets.txt)" };
        var output = new Option<FileInfo>("--out") { HelpName = "FILE", Description = "Where to write the model (tab-separated weights); required unless --cross-validate" };
        var threshold = new Option<double>("--threshold") { Description = "Score from which the model proposes a fact", DefaultValueFactory = _ => 0.5 };
        var l2 = new Option<double>("--l2") { Description = "Weight decay", DefaultValueFactory = _ => 0.03 };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the data per fit", DefaultValueFactory = _ => 10 };
        var rounds = new Option<int>("--rounds") { Description = "Rounds of multiple-instance relabelling", DefaultValueFactory = _ => 2 };
        var kindThresholds = new Option<FileInfo>("--thresholds") { HelpName = "FILE", Description = "Per-kind thresholds, one 'kind<TAB>score' per line (eval/fact-thresholds.tsv); --threshold for the kinds it does not name" };
        var crossValidate = new Option<bool>("--cross-validate") { Description = "Write no model: score each set with the rules and a model trained on the other sets, and all pooled; and choose each kind's threshold" };
        var choose = new Option<FileInfo>("--write-thresholds") { HelpName = "FILE", Description = "With --cross-validate: write the chosen per-kind thresholds there, for --thresholds" };
        var format = BanwatchCli.FormatOption(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("train-facts", "Learn the fact model from gold-annotated documents (see eval/README.md)") { sets, setsFile, output, threshold, kindThresholds, l2, epochs, rounds, crossValidate, choose, format };
        command.SetAction((parse, ct) => BanwatchCli.Guard(context, async () =>
        {
            var given = (parse.GetValue(sets) ?? []).Select(s => Parse(s, "--set", FailureKind.Invalid, relativeTo: null))
                .Concat(parse.GetValue(setsFile) is { } file ? ReadSets(file) : []).ToList();
            if (given.Count == 0)
            {
                throw new BanwatchException(FailureKind.Invalid, $"give the training sets with --set or --sets");
            }

            var crossValidating = parse.GetValue(crossValidate);
            if (!crossValidating && parse.GetValue(output) is null)
            {
                throw new BanwatchException(FailureKind.Invalid, $"--out: say where to write the model (or --cross-validate)");
            }

            using var app = await context.OpenAsync(parse.GetValue(BanwatchCli.Db), ct);
            var catalog = await Catalog.LoadAsync(app.Db, ct);
            var settings = new TrainingSettings(
                parse.GetValue(threshold), parse.GetValue(rounds), parse.GetValue(epochs), parse.GetValue(l2), parse.GetValue(kindThresholds) is { } thresholdsFile ? ThresholdsFile.Read(thresholdsFile) : null);
            var training = FactModelTraining.Load(catalog, given);
            if (crossValidating)
            {
                var result = FactModelTraining.CrossValidate(catalog, training, settings);
                if (parse.GetValue(choose) is { } chosen)
                {
                    ThresholdsFile.Write(chosen, result);
                }

                context.Write(parse.GetValue(format), result, () => Render(context.Console, result), () => { });
                return;
            }

            var model = FactModelTraining.Train(training, settings);
            await using var writer = parse.GetValue(output)!.CreateText();
            model.Write(writer);
            await context.Out.WriteLineAsync($"{training.Sum(t => t.Documents.Count)} documents, model written to {parse.GetValue(output)!.FullName}");
        }));
        return command;
    }

    private static void Render(IAnsiConsole console, CrossValidation result)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumns("Held-out set", "Docs", "P", "R", "F1");
        foreach (var f in result.Folds)
        {
            table.AddRow(Markup.Escape(f.Gold), f.Documents.ToString(CultureInfo.InvariantCulture), Number(f.Facts.Precision), Number(f.Facts.Recall), Number(f.Facts.F1));
        }

        table.AddRow("pooled", result.Folds.Sum(f => f.Documents).ToString(CultureInfo.InvariantCulture), Number(result.Pooled.Precision), Number(result.Pooled.Recall), Number(result.Pooled.F1));
        console.WriteFitted(table);

        var kinds = new Table().Border(TableBorder.Simple).AddColumns("Kind", "Best threshold", "P", "R", "F1");
        foreach (var k in result.Chosen)
        {
            kinds.AddRow(k.Kind, k.Threshold.ToString("0.00", CultureInfo.InvariantCulture), Number(k.Facts.Precision), Number(k.Facts.Recall), Number(k.Facts.F1));
        }

        kinds.AddRow("pooled", "", Number(result.PooledAtChosen.Precision), Number(result.PooledAtChosen.Recall), Number(result.PooledAtChosen.F1));
        console.WriteFitted(kinds);
        console.MarkupLine("[grey]With each kind's best threshold, chosen on these folds, so a little hopeful.[/]");
    }

    private static string Number(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>"GOLD=PATH[,PATH...]" as the gold file and the paths, resolved against <paramref name="relativeTo"/> when given.</summary>
    private static (string Gold, IReadOnlyList<string> Paths) Parse(string set, string where, FailureKind failure, string? relativeTo)
    {
        var parts = set.Split('=', 2);
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            throw new BanwatchException(failure, $"{where}: '{set}' is not GOLD=PATH[,PATH...]");
        }

        string Resolve(string path) => relativeTo is null ? path : Path.Combine(relativeTo, path);
        return (Resolve(parts[0]), [.. parts[1].Split(',').Select(Resolve)]);
    }

    /// <summary>A file of sets: one per line; blank lines and lines starting with "#" are skipped.</summary>
    private static List<(string Gold, IReadOnlyList<string> Paths)> ReadSets(FileInfo file)
    {
        if (!file.Exists)
        {
            throw new BanwatchException(FailureKind.MissingFile, $"--sets: {file.FullName}: no such file");
        }

        var folder = file.DirectoryName!;
        return File.ReadAllLines(file.FullName)
            .Select((line, i) => (Line: line.Trim(), Number: i + 1))
            .Where(l => l.Line.Length > 0 && !l.Line.StartsWith('#'))
            .Select(l => Parse(l.Line, $"{file.FullName} line {l.Number}", FailureKind.MalformedFile, folder))
            .ToList();
    }
}
