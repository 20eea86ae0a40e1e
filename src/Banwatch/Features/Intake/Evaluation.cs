using System.Text.Json;
using System.Text.Json.Serialization;
using Banwatch.Core.Failures;
using Banwatch.Core.Intake;

namespace Banwatch.Features.Intake;

/// <summary>Precision, recall and F1 of one comparison; counts kept so totals can be summed (micro-average).</summary>
public sealed record Score(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Score Compare(IReadOnlySet<string> found, IReadOnlySet<string> gold) =>
        new(found.Count(gold.Contains), found.Count(f => !gold.Contains(f)), gold.Count(g => !found.Contains(g)));

    public static Score operator +(Score a, Score b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);
}

/// <param name="Missed">Gold items not found; <paramref name="Spurious"/> found items not in the gold (for tuning).</param>
/// <param name="FoundFacts">Every fact found, as "kind ISO3".</param>
public sealed record DocumentScore(string Doc, Score Mentions, Score Facts, Score Figures, IReadOnlyList<string> Missed, IReadOnlyList<string> Spurious, IReadOnlyList<string> FoundFacts);

/// <summary>The facts of one kind, summed over the documents (micro-average).</summary>
public sealed record KindScore(string Kind, Score Score);

/// <summary>A file that could not be read, and why; one in the gold is scored as finding nothing.</summary>
public sealed record UnreadableDocument(string Doc, string Reason);

/// <summary>
/// The record behind `banwatch eval`: every document's scores, the micro-averaged totals, the facts per kind, and the
/// macro-averaged fact F1 (the mean of the documents' F1, so that one long list does not outweigh the rest).
/// </summary>
public sealed record EvaluationReport(
    IReadOnlyList<DocumentScore> Documents, Score Mentions, Score Facts, Score Figures, IReadOnlyList<KindScore> FactKinds, double FactsMacroF1, IReadOnlyList<string> NotInGold,
    IReadOnlyList<UnreadableDocument> Unreadable);

/// <summary>
/// Scores extraction against hand-made gold annotations: mentions as the set of states a document names,
/// facts as the set of (kind, state) pairs, figures as (value, what) pairs — the units a researcher records.
/// </summary>
public static class Evaluation
{
    public static GoldFile ReadGold(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<GoldFile>(File.ReadAllText(path), GoldOptions)
                ?? throw new BanwatchException(FailureKind.MalformedFile, $"{path}: empty gold file");
        }
        catch (JsonException e)
        {
            throw new BanwatchException(FailureKind.MalformedFile, $"{path}: line {e.LineNumber + 1}: {e.Message.Split('.')[0]}");
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new BanwatchException(FailureKind.MissingFile, $"{path}: no such file");
        }
    }

    /// <param name="batch">What was extracted, and the files that could not be read: one the gold names counts as
    /// finding nothing, so that a reader's failure lowers the totals instead of leaving the document out of them.</param>
    public static EvaluationReport Run(GoldFile gold, ExtractionBatch batch)
    {
        var byName = gold.Documents.ToDictionary(d => d.Doc, StringComparer.Ordinal);
        var scores = new List<DocumentScore>();
        var notInGold = new List<string>();
        var found = batch.Documents.Select(x => (
            Name: x.Document.Name,
            Mentions: x.Mentions.Select(m => m.State.Value).ToHashSet(),
            Facts: x.Facts.Select(f => $"{IntakeNames.Of(f.Kind)} {f.State}").ToHashSet(),
            Figures: x.Figures.Select(f => $"{f.Value} {IntakeNames.Of(f.What)}").ToHashSet()));
        var unreadable = batch.Failures.Select(f => new UnreadableDocument(Path.GetFileName(f.Path), f.Reason)).OrderBy(u => u.Doc, StringComparer.Ordinal).ToList();
        var nothing = unreadable.Where(u => byName.ContainsKey(u.Doc)).Select(u => (Name: u.Doc, Mentions: new HashSet<string>(), Facts: new HashSet<string>(), Figures: new HashSet<string>()));
        foreach (var (name, mentions, facts, figures) in found.Concat(nothing).OrderBy(x => x.Name, StringComparer.Ordinal))
        {
            if (!byName.TryGetValue(name, out var g))
            {
                notInGold.Add(name);
                continue;
            }

            var goldMentions = (g.Mentions ?? []).ToHashSet();
            var goldFacts = (g.Facts ?? []).Select(f => $"{f.Kind} {f.State}").ToHashSet();
            var goldFigures = (g.Figures ?? []).Select(f => $"{f.Value} {f.What}").ToHashSet();
            scores.Add(new DocumentScore(
                name,
                Score.Compare(mentions, goldMentions),
                Score.Compare(facts, goldFacts),
                Score.Compare(figures, goldFigures),
                [.. goldMentions.Except(mentions).Select(m => "mention " + m).Concat(goldFacts.Except(facts)).Concat(goldFigures.Except(figures).Select(f => "figure " + f)).Order()],
                [.. mentions.Except(goldMentions).Select(m => "mention " + m).Concat(facts.Except(goldFacts)).Concat(figures.Except(goldFigures).Select(f => "figure " + f)).Order()],
                [.. facts.Order()]));
        }

        var zero = new Score(0, 0, 0);
        return new EvaluationReport(
            scores,
            scores.Aggregate(zero, (a, d) => a + d.Mentions),
            scores.Aggregate(zero, (a, d) => a + d.Facts),
            scores.Aggregate(zero, (a, d) => a + d.Figures),
            [.. Enum.GetValues<FactKind>().Select(k => new KindScore(IntakeNames.Of(k), ByKind(scores, IntakeNames.Of(k))))],
            scores.Count == 0 ? 0 : scores.Average(d => d.Facts.F1),
            notInGold,
            unreadable);
    }

    /// <summary>One kind's facts, counted from what each document missed and found wrongly.</summary>
    private static Score ByKind(IEnumerable<DocumentScore> scores, string kind)
    {
        var prefix = kind + " ";
        var total = new Score(0, 0, 0);
        foreach (var d in scores)
        {
            var missed = d.Missed.Count(m => m.StartsWith(prefix, StringComparison.Ordinal));
            var spurious = d.Spurious.Count(m => m.StartsWith(prefix, StringComparison.Ordinal));
            var found = d.FoundFacts.Count(f => f.StartsWith(prefix, StringComparison.Ordinal));
            total += new Score(found - spurious, spurious, missed);
        }

        return total;
    }

    private static readonly JsonSerializerOptions GoldOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };
}

/// <summary>The gold file: per document, the states it mentions, its facts and its figures (eval/README.md).</summary>
public sealed record GoldFile(IReadOnlyList<GoldDocument> Documents);

/// <remarks>A document with nothing to find may leave its lists out.</remarks>
public sealed record GoldDocument(string Doc, IReadOnlyList<string>? Mentions, IReadOnlyList<GoldFact>? Facts, IReadOnlyList<GoldFigure>? Figures);

public sealed record GoldFact(string Kind, string State, string? Issue = null, string? Stance = null);

public sealed record GoldFigure(int Value, string What);
