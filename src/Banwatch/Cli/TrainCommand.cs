using System.CommandLine;
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
        var sets = new Option<string[]>("--set") { HelpName = "GOLD=PATH[,PATH...]", Description = "A gold file and the documents or folders it annotates (repeat for several sets)", Required = true, AllowMultipleArgumentsPerToken = false };
        var output = new Option<FileInfo>("--out") { HelpName = "FILE", Description = "Where to write the model (tab-separated weights)", Required = true };
        var threshold = new Option<double>("--threshold") { Description = "Score from which the model proposes a fact", DefaultValueFactory = _ => 0.4 };
        var l2 = new Option<double>("--l2") { Description = "Weight decay", DefaultValueFactory = _ => 0.1 };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the data per fit", DefaultValueFactory = _ => 10 };
        var rounds = new Option<int>("--rounds") { Description = "Rounds of multiple-instance relabelling", DefaultValueFactory = _ => 2 };
        var command = new Command("train-facts", "Learn the fact model from gold-annotated documents (see eval/README.md)") { sets, output, threshold, l2, epochs, rounds };
        command.SetAction((parse, ct) => BanwatchCli.Guard(context, async () =>
        {
            using var app = await context.OpenAsync(parse.GetValue(BanwatchCli.Db), ct);
            var catalog = await Catalog.LoadAsync(app.Db, ct);
            var documents = new List<TrainingDocument>();
            foreach (var set in parse.GetValue(sets) ?? [])
            {
                var parts = set.Split('=', 2);
                var gold = Evaluation.ReadGold(parts[0]).Documents.ToDictionary(d => d.Doc, StringComparer.Ordinal);
                // The rules alone: their facts show which mention states a gold fact, and the shipped model plays no part.
                var batch = Extractor.ExtractFiles(catalog, DocumentFiles.Expand(parts[1].Split(',')), () => null);
                foreach (var x in batch.Documents.Where(x => gold.ContainsKey(x.Document.Name)))
                {
                    var facts = (gold[x.Document.Name].Facts ?? []).Select(f => (Enum.GetValues<FactKind>().Single(k => IntakeNames.Of(k) == f.Kind), Iso3.Parse(f.State))).ToHashSet();
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

    /// <summary>Every mention the rules state a fact on (each fact's first place and its others).</summary>
    private static HashSet<(FactKind, int)> Evidence(Extraction x) =>
        [.. x.Facts.SelectMany(f => (f.Also ?? []).Select(a => a.Mention).Prepend(f.Mention).Select(m => (f.Kind, m.Start)))];
}
