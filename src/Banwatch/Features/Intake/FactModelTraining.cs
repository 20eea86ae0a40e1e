using Banwatch.Core.Failures;
using Banwatch.Core.Intake;
using Banwatch.Core.Intake.Learned;
using Banwatch.Core.States;

namespace Banwatch.Features.Intake;

/// <summary>One training set: a gold file, the documents it annotates, and those documents as the model learns from them.</summary>
public sealed record TrainingSet(string Gold, IReadOnlyList<string> Files, GoldFile GoldFile, IReadOnlyList<TrainingDocument> Documents);

/// <summary>A set scored by a model trained on every other set, the rules running as always.</summary>
public sealed record FoldScore(string Gold, int Documents, Score Facts);

/// <summary>Leave-one-set-out cross-validation: each set scored by a model that never saw it, and all sets pooled.</summary>
public sealed record CrossValidation(IReadOnlyList<FoldScore> Folds, Score Pooled);

/// <summary>Settings of <see cref="FactModel.Train"/>.</summary>
public sealed record TrainingSettings(double Threshold, int Rounds, int Epochs, double L2);

/// <summary>Learning the fact model from gold-annotated sets (`banwatch train-facts`), and measuring how it generalises.</summary>
public static class FactModelTraining
{
    /// <summary>Reads each gold file and extracts its documents with the rules alone.</summary>
    /// <param name="sets">Each set as its gold file and the documents or folders it annotates.</param>
    public static IReadOnlyList<TrainingSet> Load(Catalog catalog, IEnumerable<(string Gold, IReadOnlyList<string> Paths)> sets) =>
        [.. sets.Select(set =>
        {
            var goldFile = Evaluation.ReadGold(set.Gold);
            var gold = goldFile.Documents.ToDictionary(d => d.Doc, StringComparer.Ordinal);
            var files = DocumentFiles.Expand(set.Paths);
            // The rules alone: their facts show which mention states a gold fact, and the shipped model plays no part.
            var batch = Extractor.ExtractFiles(catalog, files, model: null);
            var documents = batch.Documents.Where(x => gold.ContainsKey(x.Document.Name)).Select(x =>
            {
                var facts = (gold[x.Document.Name].Facts ?? []).Select(f => (KindOf(f.Kind, set.Gold, x.Document.Name), StateOf(f.State, set.Gold, x.Document.Name))).ToHashSet();
                return new TrainingDocument(x.Document.Text, x.Sentences, x.Mentions, facts, Evidence(x));
            });
            return new TrainingSet(set.Gold, files, goldFile, [.. documents]);
        })];

    public static FactModel Train(IEnumerable<TrainingSet> sets, TrainingSettings settings) =>
        FactModel.Train([.. sets.SelectMany(s => s.Documents)], settings.Threshold, settings.Rounds, settings.Epochs, settings.L2);

    /// <summary>
    /// Trains one model per set on all the others and scores that set with the rules and it, as `banwatch eval` would:
    /// the figure to choose settings and features by, since no set scores a model that learned from it.
    /// </summary>
    public static CrossValidation CrossValidate(Catalog catalog, IReadOnlyList<TrainingSet> sets, TrainingSettings settings)
    {
        var folds = sets.Select(held =>
        {
            var model = Train(sets.Where(s => !ReferenceEquals(s, held)), settings);
            var batch = Extractor.ExtractFiles(catalog, held.Files, model);
            var report = Evaluation.Run(held.GoldFile, batch);
            return new FoldScore(held.Gold, report.Documents.Count, report.Facts);
        }).ToList();
        return new CrossValidation(folds, folds.Aggregate(new Score(0, 0, 0), (a, f) => a + f.Facts));
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
