using System.Buffers;
using System.Text.RegularExpressions;
using Banwatch.Core.Intake.FactRules;
using Banwatch.Core.States;

namespace Banwatch.Core.Intake;

/// <summary>
/// Turns sentences into facts about states. Each rule is a cue ("co-chaired", "announced a moratorium", "signatories");
/// its actors are found by the sentence's structure (<see cref="SentenceView"/>): the subject of a verb, the agent of
/// a passive, a list the cue introduces ("including Argentina, Austria ..."), or for a role the states named as
/// holding it ("A and B are signatories"). A state is not an actor when the words between it and the cue make the
/// act expected, hoped for, urged by others or negated ("Canada is expected to ratify", "Poland did not endorse"), or
/// when it is the object of someone else's act ("the CMC urged Japan to ..."). Pronouns ("it", "both countries")
/// stand for the states they refer back to.
/// </summary>
public sealed partial class FactStep : IExtractionStep
{
    private static readonly CueFinder Cues = new(Rules.All);

    /// <summary>
    /// A report of a meeting names it in its title or first lines; a country profile that mentions one later is not,
    /// and neither is a preview ("ahead of the Second Meeting", "when delegates gather next week").
    /// </summary>
    private static bool IsMeetingReport(string head) => MeetingReferences.In(head) && !Preview.IsMatch(head);

    private static readonly Regex Preview = new(@"\b(?:ahead\s+of|next\s+(?:week|month|year)|upcoming|forthcoming|preview|will\s+(?:gather|meet|open|convene|take\s+place))\b", Linear);

    private const int OpeningLength = 400;

    public string Name => "facts";

    public void Run(ExtractionContext context)
    {
        var text = context.Text;
        var aboutAMeeting = IsMeetingReport((context.Document.Title ?? "") + "\n" + text[..Math.Min(text.Length, OpeningLength)]);
        var bySentence = context.Mentions.GroupBy(m => m.Sentence).ToDictionary(g => g.Key, g => g.ToList());
        var facts = new List<Fact>();
        var absent = new HashSet<Iso3>();
        var aboutMeetings = new HashSet<TextSpan>();
        List<(FactRule Rule, TextSpan Cue)>? intro = null;
        var cues = new List<CueMatch>();
        SentenceView? previous = null;
        foreach (var sentence in context.Sentences)
        {
            var named = bySentence.GetValueOrDefault(sentence) ?? [];
            var span = text.AsSpan(sentence.Start, sentence.Length);
            var opensList = span.TrimEnd().EndsWith(":");

            // A sentence with no state in it, no list to open and no pronoun has nothing to say about any state.
            var pronouns = span.IndexOfAny(PronounStems) >= 0;
            if (named.Count == 0 && !opensList && intro is null && !(pronouns && previous is { Subject.Count: > 0 }) && span.IndexOfAny(AbsenceStems) < 0)
            {
                previous = null;
                continue;
            }

            var s = sentence.Of(text);
            var view = new SentenceView(s, sentence, named, pronouns, previous);
            if (span.IndexOfAny(AbsenceStems) >= 0 && Absence.IsMatch(s))
            {
                absent.UnionWith((named.Count > 0 ? named : previous?.Mentions ?? []).Select(m => m.State));
            }

            // Items under an introduction ending in ":" ("The following states endorsed the Declaration:") take its cues.
            var isItem = intro is not null && (IsBulleted(text, sentence.Start) || IsBareList(s, sentence.Start, named));
            if (isItem && !NotStatedAsDone.IsMatch(s))
            {
                foreach (var (rule, cue) in intro!)
                {
                    facts.AddRange(named.Select(m => NewFact(rule.Kind, m, sentence, cue, s)));
                }
            }
            else if (!isItem)
            {
                intro = null;
            }

            var fired = new List<(FactRule Rule, TextSpan Cue)>();
            if (view.Mentions.Count > 0 || opensList)
            {
                cues.Clear();
                Cues.Find(span, cues);
                if (ForOrAgainst.Match(s) is { Success: true } heading)
                {
                    cues.Add(new CueMatch(Position.Rule, heading.Groups["cue"].Index, heading.Groups["cue"].Length));
                }

                var meetingNamed = MeetingReferences.In(span);
                if (meetingNamed)
                {
                    aboutMeetings.Add(sentence);
                }

                foreach (var cue in cues)
                {
                    if (cue.Rule.Kind == FactKind.Attended && !aboutAMeeting && !meetingNamed)
                    {
                        continue;
                    }

                    var cueSpan = new TextSpan(sentence.Start + cue.Index, sentence.Start + cue.End);
                    fired.Add((cue.Rule, cueSpan));
                    facts.AddRange(FactsAt(cue.Rule, view, cueSpan, cue.Index, cue.Rule.IsRole ? view.Members(cue, cues) : view.Actors(cue)));
                }
            }

            if (opensList && fired.Count > 0 && !NotStatedAsDone.IsMatch(s))
            {
                intro = fired;
            }

            previous = view;
        }

        // The host or chair of a meeting is recorded as such, not as one more participant (issue 4's rule); a state
        // that stated a position, announced or reported something in a sentence about a meeting took part in it.
        var chairs = facts.Where(f => f.Kind == FactKind.Chaired).Select(f => f.State).ToHashSet();
        facts.AddRange(facts
            .Where(f => f.Kind is FactKind.Position or FactKind.Moratorium or FactKind.Pledged or FactKind.RatificationProgress
                or FactKind.StockpileDestroyed or FactKind.StockpileProgress or FactKind.ClearanceCompleted or FactKind.ClearanceProgress)
            .Where(f => (aboutAMeeting || aboutMeetings.Contains(f.Sentence)) && !absent.Contains(f.State))
            .Select(f => f with { Kind = FactKind.Attended, Issue = null, Stance = null })
            .ToList());

        context.Facts.AddRange(facts
            .Where(f => f.Kind != FactKind.Attended || (!chairs.Contains(f.State) && !absent.Contains(f.State)))
            .DistinctBy(f => (f.Kind, f.State, f.Sentence, f.Issue, f.Stance)));
    }

    /// <param name="words">The words a position's issue and stance are read from: the cue's clause, or the item.</param>
    private static Fact NewFact(FactKind kind, Mention actor, TextSpan sentence, TextSpan cue, string words)
    {
        var (issue, stance) = kind == FactKind.Position ? Positions.Classify(words) : (null, null);
        return new Fact(kind, actor.State, sentence, actor.Span, cue, issue, stance);
    }

    /// <summary>Facts whose cue has actors: kind, issue and stance depend on the cue alone, so they are worked out once.</summary>
    private static IEnumerable<Fact> FactsAt(FactRule rule, SentenceView view, TextSpan cueSpan, int cueIndex, IEnumerable<Mention> actors)
    {
        (FactKind Kind, PositionIssue? Issue, Stance? Stance)? reading = null;
        foreach (var actor in actors)
        {
            if (reading is null)
            {
                var kind = rule.Kind == FactKind.Ratified && IsIntention(view.Text, cueIndex) ? FactKind.RatificationProgress : rule.Kind;
                var (clauseStart, clauseEnd) = view.Clause(cueIndex);
                var (issue, stance) = kind == FactKind.Position ? Positions.Classify(view.Text[clauseStart..clauseEnd]) : (null, null);
                reading = (kind, issue, stance);
            }

            var (k, i, st) = reading.Value;
            yield return new Fact(k, actor.State, view.Span, actor.Span, cueSpan, i, st);
        }
    }

    /// <summary>A bullet or numbered item: the line holding the sentence starts with a bullet.</summary>
    private static bool IsBulleted(string text, int start)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        var head = text.AsSpan(lineStart, start - lineStart).Trim();
        var line = text.AsSpan(lineStart, Math.Min(4, text.Length - lineStart)).TrimStart();
        return head is "-" or "•" or "*" or "●" or "▪" || line.StartsWith("- ") || line.StartsWith("• ") || (line.Length > 0 && line[0] is '•' or '●' or '▪');
    }

    /// <summary>A paragraph that is only a list of names ("Afghanistan, Albania, ... and Zambia.").</summary>
    private static bool IsBareList(string sentence, int offset, List<Mention> mentions)
    {
        if (mentions.Count < 2)
        {
            return false;
        }

        var at = 0;
        foreach (var m in mentions)
        {
            if (!BareListRemainder.IsMatch(sentence.AsSpan(at, m.Span.Start - offset - at)))
            {
                return false;
            }

            at = m.Span.End - offset;
        }

        return BareListRemainder.IsMatch(sentence.AsSpan(at));
    }

    private static readonly Regex BareListRemainder = new(@"^(?:[\s,;.()]|\[\d+\]|\band\b|\bthe\b)*$", Options);

    /// <summary>A list heading that states a stance: "For a ban without exceptions: Austria, Norway".</summary>
    private static readonly Regex ForOrAgainst = new(@"^\W*(?<cue>For|Against)\b[^:]{0,200}:", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled);

    private static readonly SearchValues<string> AbsenceStems = SearchValues.Create(["attend", "absent", "stayed away", "boycott", "represented"], StringComparison.OrdinalIgnoreCase);

    private static readonly Regex Absence = new(@"\b(?:did\s+not|didn't|none|neither|never|nor)\b[^.;]{0,40}\battend|\b(?:absent|stayed\s+away|boycott(?:ed)?|was\s+not\s+represented|were\s+not\s+represented)\b", Linear);

    private static readonly Regex Intention = new(@"\b(?:will|would|to|intends?|plans?|soon|shortly)\s+(?:\w+\s+)?$", Options | RegexOptions.RightToLeft);

    private static bool IsIntention(string sentence, int cue) => Intention.IsMatch(sentence.AsSpan(Math.Max(0, cue - 40), Math.Min(40, cue)));
}
