using System.Buffers;
using System.Text.RegularExpressions;
using Banwatch.Core.Intake.FactRules;
using Banwatch.Core.States;

namespace Banwatch.Core.Intake;

/// <summary>
/// Turns sentences into facts about states. Each rule is a cue ("co-chaired", "announced a moratorium"); its actors
/// are the states named before the cue in the same clause, after "by" in a passive, or in a list the cue introduces
/// ("including Argentina, Austria ..."). A state is not an actor when the words between it and the cue make the act
/// expected, hoped for, urged by others or negated ("Canada is expected to ratify", "Poland did not endorse"), or
/// when it is the object of someone else's act ("the CMC urged Japan to ...").
/// </summary>
public sealed class FactStep : IExtractionStep
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    /// <summary>For patterns scanned over whole sentences: NonBacktracking runs them in linear time.</summary>
    private const RegexOptions Linear = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly CueFinder Cues = new(Rules.All);

    /// <summary>Between an actor and its cue, these make the act someone else's wish, a condition or a denial.</summary>
    private static readonly Regex NotStatedAsDone = new(
        @"\b(?:expected|likely|hope[sd]?|hoping|urged?|urging|call(?:ed|ing)?\s+on|press(?:ed|ing)|encourag(?:ed|es|ing)|asked|invited|should|could|may|might|must|not|never|yet\s+to|refus(?:ed|es)|fail(?:ed|s)|declin(?:ed|es)|reluctant|unless|if|whether|pressure|appeal(?:ed)?\s+to|no|without|neither|nor|none|working\s+towards?|consider(?:ing|ed)?|discuss(?:ing|ed)|debat(?:ing|ed)|stud(?:y|ying|ied))\b|n't\b",
        Linear);

    /// <summary>Words that make the next state an object or a place rather than the actor.</summary>
    // Anchored at the end: RightToLeft starts there instead of trying every position from the left.
    private static readonly Regex ObjectMarker = new(
        @"\b(?:in|to|at|for|against|than|on|from|into|towards?|upon|with|like|unlike|about|over|hopes?|hoped|hoping|expects?|expected|wants?|wanted|urges?|urged|called\s+on|pressed|encouraged|asked|invited|welcomed|congratulated|thanked|praised|criticis(?:ed|es)|criticiz(?:ed|es)|condemned|accused|named|including\s+in|visit(?:ed)?\s+to)\s*(?:the\s+)?$",
        Options | RegexOptions.RightToLeft);

    private static readonly Regex ListIntroducer = new(@"\b(?:including|such\s+as|namely|notably|among\s+them|led\s+by)\b|:", Linear);

    private static readonly Regex PassiveAfterBy = new(@"^\s*(?:the\s+)?(?:(?:government|delegation|people|republic)\s+of\s+(?:the\s+)?)?$", Options);

    private static readonly Regex Passive = new(@"^\s*(?:\w+\s+){0,4}?by\s+(?:the\s+)?(?:(?:government|delegation|people|republic|representatives?|ambassadors?|ministers?)\s+of\s+(?:the\s+)?)?$", Options);

    /// <summary>A report of a meeting says so in its title or first lines; a country profile that mentions one later is not.</summary>
    private static readonly Regex MeetingDocument = new(@"\b(?:conference|meeting|session|summit|talks|forum|negotiations|intersessional|ceremony|signing|plenary)\b|\b\d{0,2}MSP\b|\b\d?RC\b", Options);

    private const int OpeningLength = 500;

    public string Name => "facts";

    public void Run(ExtractionContext context)
    {
        var text = context.Text;
        var aboutAMeeting = MeetingDocument.IsMatch((context.Document.Title ?? "") + " " + text[..Math.Min(text.Length, OpeningLength)]);
        var bySentence = context.Mentions.GroupBy(m => m.Sentence).ToDictionary(g => g.Key, g => g.ToList());
        var facts = new List<Fact>();
        var absent = new HashSet<Iso3>();
        List<(FactRule Rule, TextSpan Cue)>? intro = null;
        var cues = new List<CueMatch>();
        List<Mention>? previous = null;
        foreach (var sentence in context.Sentences)
        {
            var mentions = bySentence.GetValueOrDefault(sentence) ?? [];
            var span = text.AsSpan(sentence.Start, sentence.Length);
            var opensList = span.TrimEnd().EndsWith(":");

            // A sentence with no state in it and no list to open has nothing to say about any state.
            if (mentions.Count == 0 && !opensList && intro is null && span.IndexOfAny(AbsenceStems) < 0)
            {
                previous = mentions;
                continue;
            }

            var s = sentence.Of(text);
            if (span.IndexOfAny(AbsenceStems) >= 0 && Absence.IsMatch(s))
            {
                absent.UnionWith((mentions.Count > 0 ? mentions : previous ?? []).Select(m => m.State));
            }

            // Items under an introduction ending in ":" ("The following states endorsed the Declaration:") take its cues.
            var isItem = intro is not null && (IsBulleted(text, sentence.Start) || IsBareList(s, sentence.Start, mentions));
            if (isItem && !NotStatedAsDone.IsMatch(s))
            {
                foreach (var (rule, cue) in intro!)
                {
                    facts.AddRange(mentions.Select(m => NewFact(rule.Kind, m, sentence, cue, s)));
                }
            }
            else if (!isItem)
            {
                intro = null;
            }

            var fired = new List<(FactRule Rule, TextSpan Cue)>();
            Marks? marks = null;
            if (mentions.Count > 0 || opensList)
            {
                cues.Clear();
                Cues.Find(span, cues);
                if (ForOrAgainst.Match(s) is { Success: true } heading)
                {
                    cues.Add(new CueMatch(Position.Rule, heading.Groups["cue"].Index, heading.Groups["cue"].Length));
                }

                foreach (var cue in cues)
                {
                    if (cue.Rule.Kind == FactKind.Attended && !aboutAMeeting)
                    {
                        continue;
                    }

                    marks ??= new Marks(s);
                    var cueSpan = new TextSpan(sentence.Start + cue.Index, sentence.Start + cue.End);
                    fired.Add((cue.Rule, cueSpan));
                    facts.AddRange(FactsAt(cue.Rule, s, sentence, cueSpan, cue.Index, Actors(s, marks, sentence.Start, cue, mentions), marks.Breaks));
                }
            }

            if (opensList && fired.Count > 0 && !NotStatedAsDone.IsMatch(s))
            {
                intro = fired;
            }

            previous = mentions;
        }

        // The host or chair of a meeting is recorded as such, not as one more participant (issue 4's rule); a state
        // that stated a position, announced or reported something in a meeting's report took part in it.
        var chairs = facts.Where(f => f.Kind == FactKind.Chaired).Select(f => f.State).ToHashSet();
        if (aboutAMeeting)
        {
            facts.AddRange(facts
                .Where(f => f.Kind is FactKind.Position or FactKind.Moratorium or FactKind.Pledged or FactKind.RatificationProgress
                    or FactKind.StockpileDestroyed or FactKind.StockpileProgress or FactKind.ClearanceCompleted or FactKind.ClearanceProgress)
                .Where(f => !absent.Contains(f.State))
                .Select(f => f with { Kind = FactKind.Attended, Issue = null, Stance = null })
                .ToList());
        }

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
    private static IEnumerable<Fact> FactsAt(FactRule rule, string s, TextSpan sentence, TextSpan cueSpan, int cueIndex, IEnumerable<Mention> actors, List<(int Index, int Length)> breaks)
    {
        (FactKind Kind, PositionIssue? Issue, Stance? Stance)? reading = null;
        foreach (var actor in actors)
        {
            if (reading is null)
            {
                var kind = rule.Kind == FactKind.Ratified && IsIntention(s, cueIndex) ? FactKind.RatificationProgress : rule.Kind;
                var (clauseStart, clauseEnd) = Clause(s, breaks, cueIndex);
                var (issue, stance) = kind == FactKind.Position ? Positions.Classify(s[clauseStart..clauseEnd]) : (null, null);
                reading = (kind, issue, stance);
            }

            var (k, i, st) = reading.Value;
            yield return new Fact(k, actor.State, sentence, actor.Span, cueSpan, i, st);
        }
    }

    private static IEnumerable<Mention> Actors(string sentence, Marks marks, int offset, CueMatch cue, List<Mention> mentions)
    {
        var (clauseStart, clauseEnd) = Clause(sentence, marks.Breaks, cue.Index);

        // "coordinators for the year: Italy and Chile; Iraq and Sweden" — a colon after the cue opens a list to the end.
        var colon = sentence.IndexOf(':', cue.Index + cue.Length);
        if (colon >= 0 && colon < clauseEnd)
        {
            clauseEnd = sentence.Length;
        }

        var cueEnd = cue.End;
        Mention? last = null;
        var lastWasActor = false;
        foreach (var m in mentions)
        {
            var start = m.Span.Start - offset;
            var end = m.Span.End - offset;
            var isActor = false;
            if (start >= clauseStart && end <= clauseEnd)
            {
                if (end <= cue.Index)
                {
                    // Asides between commas ("Kazakhstan, neither of which has signed, told ...") do not deny the act.
                    isActor = !marks.Blocked(end, cue.Index, skipAsides: true)
                        && ((!IsObject(sentence, clauseStart, start) && !marks.Introduced(end, cue.Index)) || marks.Introduced(clauseStart, start));
                }
                else if (start >= cueEnd)
                {
                    var continues = lastWasActor && last is not null && ListContinues.IsMatch(sentence.AsSpan(last.Span.End - offset, start - (last.Span.End - offset)));
                    isActor = continues
                        || (start - cueEnd < 120 && Passive.IsMatch(sentence.AsSpan(cueEnd, start - cueEnd)))
                        || (sentence.AsSpan(cue.Index, cue.Length).EndsWith("by", StringComparison.OrdinalIgnoreCase) && PassiveAfterBy.IsMatch(sentence.AsSpan(cueEnd, start - cueEnd)))
                        || (colon >= 0 && colon < start)
                        || (marks.Introduced(cueEnd, start) && !marks.Blocked(clauseStart, cue.Index, skipAsides: false) && !marks.Blocked(cueEnd, start, skipAsides: false));
                }
            }

            if (isActor)
            {
                yield return m;
            }

            last = m;
            lastWasActor = isActor;
        }
    }

    /// <summary>An object marker stands just before the name ("urged the", "in"): the last few words are enough to look at.</summary>
    private static bool IsObject(string sentence, int clauseStart, int start)
    {
        var from = Math.Max(clauseStart, start - 40);
        return ObjectMarker.IsMatch(sentence.AsSpan(from, start - from));
    }

    /// <summary>
    /// Where a sentence's clause breaks, blockers, list introducers and asides are, found once per sentence: each
    /// (cue, state) pair then asks about a range instead of running a regex over it, which keeps long lists linear.
    /// </summary>
    private sealed class Marks(string sentence)
    {
        private List<(int Start, int End)>? _blockers;
        private List<(int Start, int End)>? _introducers;
        private List<(int Start, int End)>? _asides;
        private List<(int Index, int Length)>? _breaks;

        public List<(int Index, int Length)> Breaks => _breaks ??= ClauseBreaks(sentence);

        /// <summary>Whether [from, to) holds a word that makes the act expected, urged or denied (asides excepted, if asked).</summary>
        public bool Blocked(int from, int to, bool skipAsides)
        {
            _blockers ??= Find(NotStatedAsDone);
            foreach (var (start, end) in _blockers)
            {
                if (start >= from && end <= to && !(skipAsides && InAside(start, from, to)))
                {
                    return true;
                }
            }

            return false;
        }

        public bool Introduced(int from, int to)
        {
            _introducers ??= Find(ListIntroducer);
            return _introducers.Exists(i => i.Start >= from && i.End <= to);
        }

        private bool InAside(int at, int from, int to)
        {
            _asides ??= Find(Aside);
            return _asides.Exists(a => a.Start >= from && a.End <= to && a.Start <= at && at < a.End);
        }

        private List<(int Start, int End)> Find(Regex regex)
        {
            var found = new List<(int, int)>();
            foreach (var m in regex.EnumerateMatches(sentence))
            {
                found.Add((m.Index, m.Index + m.Length));
            }

            return found;
        }
    }

    private static readonly Regex Aside = new(@",\s*(?:which|who|whose|neither\s+of\s+(?:which|whom)|both\s+of\s+(?:which|whom)|none\s+of\s+(?:which|whom)|one\s+of|a|an|the|as|its|their)\b[^,]*,", Linear);

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

        var rest = new System.Text.StringBuilder(sentence);
        foreach (var m in mentions.OrderByDescending(m => m.Span.Start))
        {
            rest.Remove(m.Span.Start - offset, m.Span.Length);
        }

        return BareListRemainder.IsMatch(rest.ToString());
    }

    private static readonly Regex BareListRemainder = new(@"^(?:[\s,;.()]|\band\b|\bthe\b)*$", Options);

    private static readonly Regex ListContinues = new(@"^\s*(?:,|;|and|or|&|as\s+well\s+as)?\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?$", Options);

    /// <summary>A list heading that states a stance: "For a ban without exceptions: Austria, Norway".</summary>
    private static readonly Regex ForOrAgainst = new(@"^\W*(?<cue>For|Against)\b[^:]{0,200}:", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled);

    private static readonly SearchValues<string> AbsenceStems = SearchValues.Create(["attend", "absent", "stayed away", "boycott", "represented"], StringComparison.OrdinalIgnoreCase);

    private static readonly Regex Absence = new(@"\b(?:did\s+not|didn't|none|neither|never|nor)\b[^.;]{0,40}\battend|\b(?:absent|stayed\s+away|boycott(?:ed)?|was\s+not\s+represented|were\s+not\s+represented)\b", Linear);

    /// <summary>Where a sentence's clauses break: found once per sentence, used for every cue and actor in it.</summary>
    private static List<(int Index, int Length)> ClauseBreaks(string sentence)
    {
        var breaks = new List<(int, int)>();
        foreach (var b in ClauseBreak.EnumerateMatches(sentence))
        {
            breaks.Add((b.Index, b.Length));
        }

        return breaks;
    }

    /// <summary>The clause around an offset: sentences join independent clauses with ";" and contrastive "but", "while".</summary>
    private static (int Start, int End) Clause(string sentence, List<(int Index, int Length)> breaks, int at)
    {
        var start = 0;
        var end = sentence.Length;
        foreach (var b in breaks)
        {
            if (b.Index + b.Length <= at)
            {
                start = b.Index + b.Length;
            }
            else if (b.Index > at)
            {
                end = b.Index;
                break;
            }
        }

        return (start, end);
    }

    private static readonly Regex ClauseBreak = new(@";|\b(?:but|while|whereas|however|although)\b|\.\s", Linear);

    private static readonly Regex Intention = new(@"\b(?:will|would|to|intends?|plans?|soon|shortly)\s+(?:\w+\s+)?$", Options | RegexOptions.RightToLeft);

    private static bool IsIntention(string sentence, int cue) => Intention.IsMatch(sentence.AsSpan(Math.Max(0, cue - 40), Math.Min(40, cue)));
}
