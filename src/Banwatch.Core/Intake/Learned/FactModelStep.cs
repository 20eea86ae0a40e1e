using Banwatch.Core.Intake.FactRules;
using Banwatch.Core.States;

namespace Banwatch.Core.Intake.Learned;

/// <summary>
/// Proposes the facts the rules did not find where the learned model is confident enough: the rules read the structures
/// they know precisely, the model reads how reports usually speak. Its fact cites the sentence of the mention it scored
/// highest, with the state's name as the cue, so a reviewer sees where it came from; a position also says, where that
/// sentence does, what issue it is on and which way it leans.
/// </summary>
public sealed class FactModelStep(FactModel model) : IExtractionStep
{
    public string Name => "learned facts";

    public void Run(ExtractionContext context)
    {
        if (context.Mentions.Count == 0)
        {
            return;
        }

        // Each mention's score for each kind, not its features: a long document's features are never held at once.
        var kinds = Enum.GetValues<FactKind>();
        var scores = new double[context.Mentions.Count * kinds.Length];
        var seen = new HashSet<int>();
        MentionFeatures.ForEach(context.Text, context.Sentences, context.Mentions, (i, features) =>
        {
            model.Score(features, scores.AsSpan(i * kinds.Length, kinds.Length), seen);
            if (i % 1024 == 0)
            {
                context.Budget.Check();
            }
        }, context.Cues);

        var found = context.Facts.Select(f => (f.Kind, f.State)).ToHashSet();
        var answered = AnsweredByRules(context);
        var byState = ByState(context.Mentions);
        foreach (var kind in kinds)
        {
            var threshold = model.Thresholds[(int)kind];
            foreach (var (state, mentions) in byState)
            {
                if (found.Contains((kind, state)))
                {
                    continue;
                }

                // The mention the rules left open with the highest score (the first of equals); plain loops, as this runs
                // for every kind and state of a document.
                Mention? best = null;
                var score = 0.0;
                foreach (var i in mentions)
                {
                    var m = context.Mentions[i];
                    var s = scores[(i * kinds.Length) + (int)kind];
                    if ((best is null || s > score) && !answered(m, kind))
                    {
                        (best, score) = (m, s);
                    }
                }

                if (best is null)
                {
                    continue;
                }

                // The score as shown decides, so that a fact scored 0.35 is kept under a threshold of 0.35 however it was rounded.
                var shown = Math.Round(score, 2);
                if (shown >= threshold)
                {
                    // A position reads its issue and stance from the sentence the model scored, as a rule's does from its clause.
                    var (issue, stance) = kind == FactKind.Position ? Positions.Classify(best.Sentence.Of(context.Text)) : (null, null);
                    context.Facts.Add(new Fact(kind, state, best.Sentence, best.Span, best.Span, issue, stance, LearnedScore: shown));
                }
            }
        }
    }

    /// <summary>Each state's mentions (their indexes, in text order), the states in the order they are first named.</summary>
    private static List<(Iso3 State, List<int> Mentions)> ByState(List<Mention> mentions)
    {
        var result = new List<(Iso3, List<int>)>();
        var of = new Dictionary<Iso3, List<int>>();
        for (var i = 0; i < mentions.Count; i++)
        {
            if (!of.TryGetValue(mentions[i].State, out var list))
            {
                of[mentions[i].State] = list = [];
                result.Add((mentions[i].State, list));
            }

            list.Add(i);
        }

        return result;
    }

    /// <summary>
    /// Where the rules have read every cue of a kind in a sentence, the model's words around a name see neither what
    /// denies a verb further off nor whose verb it is. If every one is held back ("have still not signed, among them
    /// ..."), the sentence states that kind of no one; if the rest are some states' acts, it does not state it of a
    /// state the rules already gave another act there ("signed by A, while B ratified"), nor of a name in brackets when
    /// the rules gave it to the names of another bracketed group of the sentence. Returns whether a mention's sentence
    /// has so answered for a kind.
    /// </summary>
    private static Func<Mention, FactKind, bool> AnsweredByRules(ExtractionContext context)
    {
        var used = context.Facts.Select(f => (f.Kind, f.Cue)).ToHashSet();
        var actors = context.Facts.Select(f => (f.Sentence, f.State)).ToHashSet();
        var heldBack = new HashSet<(TextSpan Sentence, FactKind Kind)>();
        var read = new HashSet<(TextSpan Sentence, FactKind Kind)>();
        foreach (var (sentence, cues) in context.Cues.Where(c => c.Value.Length > 0))
        {
            var s = sentence.Of(context.Text);
            foreach (var kind in cues.GroupBy(c => c.Rule.Kind))
            {
                var (count, held, others) = (0, 0, 0);
                foreach (var cue in kind)
                {
                    count++;
                    if (FactStep.HeldBack(s, cue))
                    {
                        held++;
                    }
                    else if (used.Contains((kind.Key, new TextSpan(sentence.Start + cue.Index, sentence.Start + cue.End))))
                    {
                        others++;
                    }
                }

                if (held == count)
                {
                    heldBack.Add((sentence, kind.Key));
                }
                else if (held + others == count)
                {
                    read.Add((sentence, kind.Key));
                }
            }
        }

        // "8 African States are signatories (Angola, ..., Uganda), and 10 others (Algeria, ..., Zimbabwe) are still to
        // accede": brackets hold one group each, so a kind the rules gave one group's names is not the other group's.
        var groups = new HashSet<(FactKind Kind, int Open)>();
        var bracketed = new HashSet<(TextSpan Sentence, FactKind Kind)>();
        foreach (var f in context.Facts.Where(f => read.Contains((f.Sentence, f.Kind))))
        {
            if (OpeningBracket(context.Text, f.Sentence, f.Mention.Start) is var open and >= 0)
            {
                groups.Add((f.Kind, open));
                bracketed.Add((f.Sentence, f.Kind));
            }
        }

        return (m, kind) => heldBack.Contains((m.Sentence, kind))
            || (read.Contains((m.Sentence, kind)) && (actors.Contains((m.Sentence, m.State))
                || (bracketed.Contains((m.Sentence, kind)) && OpeningBracket(context.Text, m.Sentence, m.Span.Start) is var open and >= 0 && !groups.Contains((kind, open)))));
    }

    /// <summary>Where the brackets a name is inside open, within its sentence; -1 if it is not inside any.</summary>
    private static int OpeningBracket(string text, TextSpan sentence, int at)
    {
        for (var i = at - 1; i >= sentence.Start; i--)
        {
            if (text[i] == ')')
            {
                return -1;
            }

            if (text[i] == '(')
            {
                return i;
            }
        }

        return -1;
    }
}
