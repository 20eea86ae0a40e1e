using System.CommandLine;
using Banwatch.Core.Failures;
using Banwatch.Core.Intake;
using Banwatch.Core.Intake.Learned;
using Banwatch.Core.States;
using Banwatch.Features;
using Banwatch.Features.Intake;

namespace Banwatch.Cli;

public static class TrainCommand
{
    public static Command Create(CliContext context)
    {
        var sets = new Option<string[]>("--set") { HelpName = "GOLD=PATH[,PATH...]", Description = "A gold file and the documents or folders it annotates (repeat for several sets)", AllowMultipleArgumentsPerToken = false };
        var setsFile = new Option<FileInfo>("--sets") { HelpName = "FILE", Description = "A file of sets, one GOLD=PATH[,PATH...] per line, paths relative to the file (eval/training-sets.txt)" };
        var output = new Option<FileInfo>("--out") { HelpName = "FILE", Description = "Where to write the model (tab-separated weights)", Required = true };
        var threshold = new Option<double>("--threshold") { Description = "Score from which the model proposes a fact", DefaultValueFactory = _ => 0.5 };
        var l2 = new Option<double>("--l2") { Description = "Weight decay", DefaultValueFactory = _ => 0.1 };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the data per fit", DefaultValueFactory = _ => 10 };
        var rounds = new Option<int>("--rounds") { Description = "Rounds of multiple-instance relabelling", DefaultValueFactory = _ => 2 };
        var command = new Command("train-facts", "Learn the fact model from gold-annotated documents (see eval/README.md)") { sets, setsFile, output, threshold, l2, epochs, rounds };
        command.SetAction((parse, ct) => BanwatchCli.Guard(context, async () =>
        {
            using var app = await context.OpenAsync(parse.GetValue(BanwatchCli.Db), ct);
            var catalog = await Catalog.LoadAsync(app.Db, ct);
            var documents = new List<TrainingDocument>();
            var given = (parse.GetValue(sets) ?? []).Select(s => Parse(s, "--set", FailureKind.Invalid, relativeTo: null))
                .Concat(parse.GetValue(setsFile) is { } file ? ReadSets(file) : []).ToList();
            if (given.Count == 0)
            {
                throw new BanwatchException(FailureKind.Invalid, $"give the training sets with --set or --sets");
            }

            foreach (var parts in given)
            {

                var gold = Evaluation.ReadGold(parts[0]).Documents.ToDictionary(d => d.Doc, StringComparer.Ordinal);
                // The rules alone: their facts show which mention states a gold fact, and the shipped model plays no part.
                var batch = Extractor.ExtractFiles(catalog, DocumentFiles.Expand(parts[1].Split(',')), model: null);
                foreach (var x in batch.Documents.Where(x => gold.ContainsKey(x.Document.Name)))
                {
                    var facts = (gold[x.Document.Name].Facts ?? []).Select(f => (KindOf(f.Kind, parts[0], x.Document.Name), StateOf(f.State, parts[0], x.Document.Name))).ToHashSet();
                    documents.Add(new TrainingDocument(x.Document.Text, x.Sentences, x.Mentions, facts, Evidence(x)));
                }
            }

            var model = FactModel.Train(documents, parse.GetValue(threshold), parse.GetValue(rounds), parse.GetValue(epochs), parse.GetValue(l2));
            await using var writer = parse.GetValue(output)!.CreateText();
            model.Write(writer);
            await context.Out.WriteLineAsync($"{documents.Count} documents, model written to {parse.GetValue(output)!.FullName}");
        }));
        return command;
    }

    /// <summary>"GOLD=PATH[,PATH...]" as the gold file and the paths, resolved against <paramref name="relativeTo"/> when given.</summary>
    private static string[] Parse(string set, string where, FailureKind failure, string? relativeTo)
    {
        var parts = set.Split('=', 2);
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            throw new BanwatchException(failure, $"{where}: '{set}' is not GOLD=PATH[,PATH...]");
        }

        return relativeTo is null ? parts : [Path.Combine(relativeTo, parts[0]), string.Join(',', parts[1].Split(',').Select(p => Path.Combine(relativeTo, p)))];
    }

    /// <summary>A file of sets: one per line; blank lines and lines starting with "#" are skipped.</summary>
    private static List<string[]> ReadSets(FileInfo file)
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

    private static FactKind KindOf(string name, string gold, string doc) =>
        Enum.GetValues<FactKind>().Cast<FactKind?>().FirstOrDefault(k => IntakeNames.Of(k!.Value) == name)
        ?? throw new BanwatchException(FailureKind.MalformedFile, $"{gold}: {doc}: '{name}' is not a fact kind");

    private static Iso3 StateOf(string code, string gold, string doc) =>
        Iso3.TryParse(code, out var state) ? state : throw new BanwatchException(FailureKind.MalformedFile, $"{gold}: {doc}: '{code}' is not an ISO3 code");

    /// <summary>Every mention the rules state a fact on (each fact's first place and its others).</summary>
    private static HashSet<(FactKind, int)> Evidence(Extraction x) =>
        [.. x.Facts.SelectMany(f => (f.Also ?? []).Select(a => a.Mention).Prepend(f.Mention).Select(m => (f.Kind, m.Start)))];
}
