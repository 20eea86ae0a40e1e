using System.Globalization;
using Banwatch.Core.Failures;
using Banwatch.Core.States;

namespace Banwatch.Core.Intake.Learned;

/// <summary>A document the model learns from: its text, its mentions, and the facts its gold gives each state.</summary>
/// <param name="Evidence">Where the rules state a fact (kind, start of the mention): when gold agrees, these mentions alone are its positive examples.</param>
public sealed record TrainingDocument(string Text, IReadOnlyList<TextSpan> Sentences, IReadOnlyList<Mention> Mentions, IReadOnlySet<(FactKind Kind, Iso3 State)> Facts, IReadOnlySet<(FactKind Kind, int Mention)>? Evidence = null);

/// <summary>
/// One logistic regression per fact kind over <see cref="MentionFeatures"/>: how likely a mention's context states that
/// kind of fact about its state. A state's score in a document is the best of its mentions' scores. Gold says which
/// states have a fact, not which sentence says it. Where the rules state the same fact, the mentions they state it on
/// are its examples; elsewhere training is multiple-instance: first every mention of the state counts as positive, then
/// only the mentions the model itself finds most telling.
/// </summary>
public sealed class FactModel
{
    private static readonly FactKind[] Kinds = Enum.GetValues<FactKind>();

    private readonly Dictionary<string, int> index;
    private readonly double[][] weights;
    private readonly double[] bias;

    private FactModel(Dictionary<string, int> index, double[][] weights, double[] bias, double[] thresholds)
    {
        this.index = index;
        this.weights = weights;
        this.bias = bias;
        Thresholds = thresholds;
    }

    /// <summary>The name of the model built into this assembly (eval/train-facts.sh writes it).</summary>
    public const string ShippedResource = "Banwatch.Core.Intake.Learned.fact-model.tsv";

    private static readonly Lazy<FactModel> LazyShipped = new(() =>
    {
        using var stream = typeof(FactModel).Assembly.GetManifestResourceStream(ShippedResource)
            ?? throw new InvalidOperationException($"{ShippedResource} is not embedded");
        using var reader = new StreamReader(stream);
        return Read(reader);
    });

    /// <summary>The model trained on the project's own evaluation sets, built into the assembly.</summary>
    public static FactModel Shipped => LazyShipped.Value;

    /// <summary>Per kind, the score from which a fact the rules did not find is proposed.</summary>
    public double[] Thresholds { get; }

    /// <summary>The same weights with other thresholds for the kinds <paramref name="thresholds"/> names.</summary>
    public FactModel WithThresholds(IReadOnlyDictionary<FactKind, double> thresholds) =>
        new(index, weights, bias, [.. Kinds.Select(k => thresholds.TryGetValue(k, out var t) ? t : Thresholds[(int)k])]);

    /// <summary>
    /// The score for every kind at once, into <paramref name="scores"/> (one per kind); each known feature counts once,
    /// however often it is named. <paramref name="seen"/> is scratch space, reused between calls.
    /// </summary>
    public void Score(IEnumerable<string> features, Span<double> scores, HashSet<int> seen)
    {
        seen.Clear();
        bias.CopyTo(scores);
        foreach (var f in features)
        {
            if (index.TryGetValue(f, out var i) && seen.Add(i))
            {
                for (var k = 0; k < scores.Length; k++)
                {
                    scores[k] += weights[k][i];
                }
            }
        }

        for (var k = 0; k < scores.Length; k++)
        {
            scores[k] = Sigmoid(scores[k]);
        }
    }

    /// <param name="rounds">Rounds of multiple-instance relabelling after the first fit.</param>
    public static FactModel Train(IReadOnlyList<TrainingDocument> documents, double threshold = 0.5, int rounds = 2, int epochs = 10, double l2 = 0.03, int minCount = 2)
    {
        var instances = new List<(int Doc, Mention Mention, string[] Features)>();
        for (var d = 0; d < documents.Count; d++)
        {
            var features = MentionFeatures.Of(documents[d].Text, documents[d].Sentences, documents[d].Mentions);
            for (var m = 0; m < features.Length; m++)
            {
                instances.Add((d, documents[d].Mentions[m], features[m]));
            }
        }

        var counts = instances.SelectMany(x => x.Features).CountBy(f => f).Where(c => c.Value >= minCount).Select(c => c.Key).Order(StringComparer.Ordinal);
        var index = counts.Select((f, i) => (f, i)).ToDictionary(x => x.f, x => x.i, StringComparer.Ordinal);
        var encoded = instances.Select(x => x.Features.Where(index.ContainsKey).Select(f => index[f]).ToArray()).ToArray();
        var weights = new double[Kinds.Length][];
        var bias = new double[Kinds.Length];
        foreach (var kind in Kinds)
        {
            var k = (int)kind;
            var positive = instances.Select(x => documents[x.Doc].Facts.Contains((kind, x.Mention.State))).ToArray();
            var use = Enumerable.Repeat(true, instances.Count).ToArray();
            var bags = Enumerable.Range(0, instances.Count).Where(i => positive[i]).GroupBy(i => (instances[i].Doc, instances[i].Mention.State)).ToList();
            var open = new List<IGrouping<(int, Iso3), int>>();
            foreach (var bag in bags)
            {
                var evidence = bag.Where(i => documents[instances[i].Doc].Evidence?.Contains((kind, instances[i].Mention.Span.Start)) == true).ToHashSet();
                if (evidence.Count == 0)
                {
                    open.Add(bag);
                }

                foreach (var i in bag)
                {
                    use[i] = evidence.Count == 0 || evidence.Contains(i);
                }
            }

            (weights[k], bias[k]) = Fit(encoded, positive, use, index.Count, epochs, l2);
            for (var round = 0; round < rounds; round++)
            {
                var scores = encoded.Select(x => Sigmoid(bias[k] + x.Sum(i => weights[k][i]))).ToArray();
                foreach (var bag in open)
                {
                    var best = bag.Max(i => scores[i]);
                    foreach (var i in bag)
                    {
                        use[i] = scores[i] >= Math.Min(best, 0.5);
                    }
                }

                (weights[k], bias[k]) = Fit(encoded, positive, use, index.Count, epochs, l2);
            }
        }

        return new FactModel(index, weights, bias, [.. Kinds.Select(_ => threshold)]);
    }

    /// <summary>Stochastic gradient descent with AdaGrad steps, in a fixed order: the same data gives the same model.</summary>
    private static (double[] Weights, double Bias) Fit(int[][] x, bool[] y, bool[] use, int features, int epochs, double l2)
    {
        var w = new double[features];
        var g2 = new double[features];
        double b = 0, b2 = 0;
        const double rate = 0.2;
        var order = Enumerable.Range(0, x.Length).Where(i => use[i]).ToArray();
        var random = new Random(17);
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var p = Sigmoid(b + x[i].Sum(j => w[j]));
                var error = p - (y[i] ? 1 : 0);
                foreach (var j in x[i])
                {
                    var g = error + (l2 * w[j]);
                    g2[j] += g * g;
                    w[j] -= rate * g / Math.Sqrt(g2[j]);
                }

                b2 += error * error;
                b -= rate * error / Math.Sqrt(b2 + 1e-9);
            }
        }

        return (w, b);
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    /// <summary>Tab-separated: a header of kinds, the thresholds, the biases, then one line per feature with a weight that matters.</summary>
    public void Write(TextWriter writer)
    {
        writer.WriteLine(string.Join('\t', ["feature", .. Kinds.Select(IntakeNames.Of)]));
        writer.WriteLine(Line("<threshold>", Thresholds));
        writer.WriteLine(Line("<bias>", bias));
        foreach (var (feature, i) in index.OrderBy(x => x.Key, StringComparer.Ordinal))
        {
            var row = Kinds.Select(k => weights[(int)k][i]).ToArray();
            if (row.Any(w => Math.Abs(w) >= 0.005))
            {
                writer.WriteLine(Line(feature, row));
            }
        }
    }

    private static string Line(string name, IEnumerable<double> values) =>
        string.Join('\t', [name, .. values.Select(v => Math.Round(v, 3).ToString("0.###", CultureInfo.InvariantCulture))]);

    /// <summary>Reads what <see cref="Write"/> wrote; a malformed line is an error naming <paramref name="name"/> and its number.</summary>
    public static FactModel Read(TextReader reader, string name = "fact model")
    {
        var header = reader.ReadLine()?.Split('\t') ?? throw Malformed(name, 1, "empty");
        var columns = header.Skip(1).Select(column => IntakeNames.KindNamed(column) ?? throw Malformed(name, 1, $"'{column}' is not a fact kind")).ToArray();
        foreach (var kind in Kinds)
        {
            // A kind without its column would have threshold 0: the model would propose it for every state.
            var count = columns.Count(c => c == kind);
            if (count != 1)
            {
                throw Malformed(name, 1, $"'{IntakeNames.Of(kind)}' needs one column, not {count}");
            }
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var weights = Kinds.Select(_ => new List<double>()).ToArray();
        var bias = new double[Kinds.Length];
        var thresholds = new double[Kinds.Length];
        var number = 1;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            number++;
            var cells = line.Split('\t');
            if (cells.Length != columns.Length + 1)
            {
                throw Malformed(name, number, $"{cells.Length} cells, {columns.Length + 1} expected");
            }

            var values = new double[columns.Length];
            for (var c = 0; c < columns.Length; c++)
            {
                if (!double.TryParse(cells[c + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out values[c]))
                {
                    throw Malformed(name, number, $"'{cells[c + 1]}' is not a number");
                }
            }

            var target = cells[0] switch { "<threshold>" => thresholds, "<bias>" => bias, _ => null };
            if (target is not null)
            {
                for (var c = 0; c < columns.Length; c++)
                {
                    target[(int)columns[c]] = values[c];
                }

                continue;
            }

            if (!index.TryAdd(cells[0], index.Count))
            {
                throw Malformed(name, number, $"'{cells[0]}' is named twice");
            }

            for (var c = 0; c < columns.Length; c++)
            {
                weights[(int)columns[c]].Add(values[c]);
            }
        }

        return new FactModel(index, [.. weights.Select(w => w.ToArray())], bias, thresholds);
    }

    private static BanwatchException Malformed(string name, int line, string problem) =>
        new(FailureKind.MalformedFile, $"{name} line {line}: {problem}");
}
