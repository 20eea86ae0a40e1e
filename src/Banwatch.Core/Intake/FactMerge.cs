namespace Banwatch.Core.Intake;

/// <summary>Another sentence of the same document stating a fact already found: its evidence and the state's name there.</summary>
public sealed record FactPlace(TextSpan Sentence, TextSpan Mention);

/// <summary>
/// One fact per (kind, state, subject) per document: a report that says three times that Norway signed the
/// Convention, or that Ghana endorsed the Wellington Declaration, puts one fact before a person, with every sentence
/// that states it (<see cref="Fact.Also"/>), instead of three to review one by one. The subject is what the fact is
/// about: the issue and stance of a position, the meeting (by event where the record has it), the declaration, the
/// amount pledged. Two positions of one state on one issue with different stances stay two facts, as do attendance
/// of two meetings. The first sentence in the text is the fact's evidence; the date and the rest of its context are the first's.
/// </summary>
public sealed class FactMergeStep : IExtractionStep
{
    public string Name => "one fact per subject";

    public void Run(ExtractionContext context)
    {
        var first = new Dictionary<(FactKind, Core.States.Iso3, PositionIssue?, Stance?, string?, string?, string?), int>();
        var others = new Dictionary<int, List<FactPlace>>();
        var kept = new List<Fact>(context.Facts.Count);
        foreach (var fact in context.Facts.OrderBy(f => f.Sentence.Start).ThenBy(f => f.Mention.Start))
        {
            var about = fact.About ?? FactContext.None;
            var key = (fact.Kind, fact.State, fact.Issue, fact.Stance, about.EventId ?? about.Meeting?.ToUpperInvariant(), about.Declaration?.ToUpperInvariant(), about.Amount);
            if (first.TryGetValue(key, out var at))
            {
                if (kept[at].Sentence != fact.Sentence)
                {
                    (others.TryGetValue(at, out var list) ? list : others[at] = []).Add(new FactPlace(fact.Sentence, fact.Mention));
                }

                continue;
            }

            first[key] = kept.Count;
            kept.Add(fact);
        }

        foreach (var (at, places) in others)
        {
            kept[at] = kept[at] with { Also = places.DistinctBy(p => p.Sentence).ToList() };
        }

        context.Facts.Clear();
        context.Facts.AddRange(kept);
    }
}
