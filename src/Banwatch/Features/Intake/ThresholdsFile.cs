using System.Globalization;
using Banwatch.Core.Failures;
using Banwatch.Core.Intake;

namespace Banwatch.Features.Intake;

/// <summary>
/// The learned model's per-kind thresholds as `train-facts --cross-validate --write-thresholds` chose them and
/// `train-facts --thresholds` reads them: one "kind&lt;TAB&gt;score" per line, "#" lines are comments.
/// </summary>
public static class ThresholdsFile
{
    public static IReadOnlyDictionary<FactKind, double> Read(FileInfo file)
    {
        if (!file.Exists)
        {
            throw new BanwatchException(FailureKind.MissingFile, $"--thresholds: {file.FullName}: no such file");
        }

        var result = new Dictionary<FactKind, double>();
        var number = 0;
        foreach (var line in File.ReadLines(file.FullName))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            var kind = cells.Length == 2 ? IntakeNames.KindNamed(cells[0]) : null;
            if (kind is null)
            {
                throw Malformed(file, number, $"'{cells[0]}' is not a fact kind followed by a tab and a score");
            }

            if (!double.TryParse(cells[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var threshold) || threshold is <= 0 or >= 1)
            {
                throw Malformed(file, number, $"'{cells[1]}' is not a score between 0 and 1");
            }

            if (!result.TryAdd(kind.Value, threshold))
            {
                throw Malformed(file, number, $"'{cells[0]}' is named twice");
            }
        }

        return result;
    }

    public static void Write(FileInfo file, CrossValidation result)
    {
        using var writer = file.CreateText();
        writer.WriteLine($"# Per-kind thresholds of the learned fact model, chosen by leave-one-set-out cross-validation over {result.Folds.Count} sets");
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# ({result.Folds.Sum(f => f.Documents)} documents): pooled fact F1 {result.Pooled.F1:0.000} at the given settings, {result.PooledAtChosen.F1:0.000} with these."));
        foreach (var k in result.Chosen)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{k.Kind}\t{k.Threshold:0.00}"));
        }
    }

    private static BanwatchException Malformed(FileInfo file, int line, string problem) =>
        new(FailureKind.MalformedFile, $"{file.FullName} line {line}: {problem}");
}
