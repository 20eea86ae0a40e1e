using Banwatch.Core.Failures;
using Banwatch.Core.Intake;
using Banwatch.Core.Intake.Learned;
using Banwatch.Core.States;

namespace Banwatch.Features.Intake;

/// <summary>One training set: a gold file, the documents it annotates, and those documents as the model learns from them.</summary>
public sealed record TrainingSet(string Gold, IReadOnlyList<string> Files, GoldFile GoldFile, IReadOnlyList<TrainingDocument> Documents);

/// <summary>A set scored by a model trained on every other set, the rules running as always.</summary>
public sealed record FoldScore(string Gold, int Documents, Score Facts);

/// <summary>For one kind, the threshold that served the folds best and that kind's facts over all folds with it.</summary>
public sealed record KindThreshold(string Kind, double Threshold, Score Facts);

/// <summary>
/// Leave-one-set-out cross-validation: each set scored by a model that never saw it, and all sets pooled; then per kind
/// the threshold that gives the best pooled F1, and the pooled score with those thresholds (<see cref="PooledAtChosen"/>,
/// a little hopeful: the thresholds were chosen on the same folds).
/// </summary>
public sealed record CrossValidation(IReadOnlyList<FoldScore> Folds, Score Pooled, IReadOnlyList<KindThreshold> Chosen, Score PooledAtChosen);

/// <summary>Settings of <see cref="FactModel.Train"/>.</summary>
/// <param name="Threshold">The score from which the model proposes a fact, for the kinds <paramref name="KindThresholds"/> does not name.</param>
public sealed record TrainingSettings(double Threshold, int Rounds, int Epochs, double L2, IReadOnlyDictionary<FactKind, double>? KindThresholds = null);

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
        FactModel.Train([.. sets.SelectMany(s => s.Documents)], settings.Threshold, settings.Rounds, settings.Epochs, settings.L2)
            .WithThresholds(settings.KindThresholds ?? new Dictionary<FactKind, double>());

    /// <summary>The thresholds cross-validation tries for each kind, 0.10 to 0.90, at two places as the model's scores are shown.</summary>
    public static readonly IReadOnlyList<double> ThresholdGrid = [.. Enumerable.Range(2, 17).Select(i => Math.Round(i * 0.05, 2))];

    /// <summary>
    /// Trains one model per set on all the others and scores that set with the rules and it, as `banwatch eval` would:
    /// the figure to choose settings and features by, since no set scores a model that learned from it. Each fold is
    /// also scored at every threshold of <see cref="ThresholdGrid"/>, kind by kind, to choose each kind's threshold.
    /// </summary>
    public static CrossValidation CrossValidate(Catalog catalog, IReadOnlyList<TrainingSet> sets, TrainingSettings settings)
    {
        var kinds = Enum.GetValues<FactKind>();
        var zero = new Score(0, 0, 0);
        var atGrid = kinds.Select(_ => ThresholdGrid.Select(_ => zero).ToArray()).ToArray();
        var folds = new List<FoldScore>();
        foreach (var held in sets)
        {
            // The fold's model proposes down to the lowest threshold tried; each threshold then keeps what it would have.
            var model = Train(sets.Where(s => !ReferenceEquals(s, held)), settings);
            var batch = Extractor.ExtractFiles(catalog, held.Files, model.WithThresholds(kinds.ToDictionary(k => k, _ => ThresholdGrid[0])));
            var report = Evaluation.Run(held.GoldFile, Keep(batch, kind => model.Thresholds[(int)kind]));
            folds.Add(new FoldScore(held.Gold, report.Documents.Count, report.Facts));
            for (var t = 0; t < ThresholdGrid.Count; t++)
            {
                var kindScores = Evaluation.Run(held.GoldFile, Keep(batch, _ => ThresholdGrid[t])).FactKinds.ToDictionary(x => x.Kind, x => x.Score);
                foreach (var kind in kinds)
                {
                    atGrid[(int)kind][t] += kindScores[IntakeNames.Of(kind)];
                }
            }
        }

        var chosen = ChooseThresholds(atGrid);
        var chosenScores = kinds.Select(k => atGrid[(int)k][chosen[(int)k]]).ToList();
        return new CrossValidation(
            folds,
            folds.Aggregate(zero, (a, f) => a + f.Facts),
            [.. kinds.Select(k => new KindThreshold(IntakeNames.Of(k), ThresholdGrid[chosen[(int)k]], chosenScores[(int)k]))],
            chosenScores.Aggregate(zero, (a, s) => a + s));
    }

    /// <summary>
    /// Per kind, the index of the grid threshold that makes the pooled F1 of all kinds best, the others held: kind by
    /// kind, twice over, since one kind's choice shifts what the pool rewards for the next. Ties go to the higher threshold.
    /// </summary>
    /// <param name="atGrid">Per kind, its facts over all folds at each threshold of the grid.</param>
    public static int[] ChooseThresholds(IReadOnlyList<IReadOnlyList<Score>> atGrid)
    {
        var middle = atGrid.Count == 0 ? 0 : atGrid[0].Count / 2;
        var chosen = atGrid.Select(_ => middle).ToArray();
        for (var pass = 0; pass < 2; pass++)
        {
            for (var k = 0; k < atGrid.Count; k++)
            {
                var others = atGrid.Select((s, j) => j == k ? new Score(0, 0, 0) : s[chosen[j]]).Aggregate(new Score(0, 0, 0), (a, s) => a + s);
                var best = (Index: 0, F1: double.MinValue);
                for (var t = 0; t < atGrid[k].Count; t++)
                {
                    var f1 = (others + atGrid[k][t]).F1;
                    if (f1 >= best.F1 - 1e-12)
                    {
                        best = (t, Math.Max(f1, best.F1));
                    }
                }

                chosen[k] = best.Index;
            }
        }

        return chosen;
    }

    /// <summary>The batch with only the learned facts whose score reaches their kind's threshold (and every rule fact).</summary>
    private static ExtractionBatch Keep(ExtractionBatch batch, Func<FactKind, double> threshold) =>
        batch with
        {
            Extracted = [.. batch.Extracted.Select(e => e with { Extraction = e.Extraction with { Facts = [.. e.Extraction.Facts.Where(f => f.LearnedScore is not { } score || score >= threshold(f.Kind))] } })],
        };

    private static FactKind KindOf(string name, string gold, string doc) =>
        IntakeNames.KindNamed(name)
        ?? throw new BanwatchException(FailureKind.MalformedFile, $"{gold}: {doc}: '{name}' is not a fact kind");

    private static Iso3 StateOf(string code, string gold, string doc) =>
        Iso3.TryParse(code, out var state) ? state : throw new BanwatchException(FailureKind.MalformedFile, $"{gold}: {doc}: '{code}' is not an ISO3 code");

    /// <summary>Every mention the rules state a fact on (each fact's first place and its others).</summary>
    private static HashSet<(FactKind, int)> Evidence(Extraction x) =>
        [.. x.Facts.SelectMany(f => (f.Also ?? []).Select(a => a.Mention).Prepend(f.Mention).Select(m => (f.Kind, m.Start)))];
}
