using System.Buffers;
using System.Text.RegularExpressions;
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

    /// <summary>For patterns scanned over whole sentences: NonBacktracking runs them in linear time (see <see cref="Cue"/>).</summary>
    private const RegexOptions Linear = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    // Cues that read differently depending on what follows ("signed the Wellington Declaration" is an endorsement).
    private static readonly Regex SignedSomethingElse = new(@"^signed\s+(?:on\s+to\s+|up\s+(?:to\s+)?)?(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}(?:Declaration|agreement|memorandum|contract|letter|statement|petition|pledge|communiqu)", Linear);

    private static readonly Regex Withdrawal = new(@"^deposited\s+(?:its|their)\s+instruments?\s+of\s+withdrawal", Linear);

    private static readonly Regex WholeStockpile = new(@"^destroyed\s+(?:its|their|all)\s+(?:of\s+its\s+)?(?:entire\s+|whole\s+|remaining\s+|last\s+)?(?:stockpiles?|stocks?|cluster\s+munitions)\b", Linear);

    private static readonly Rule[] Rules =
    [
        new(FactKind.Chaired, ["chair", "presid", "host", "friend", "coordinat", "co-ordinat", "facilitat", "led"], Cue(@"\b(?:co-?chair(?:ed|s|ing|man|woman|person)?|chair(?:ed|s|ing|man|woman|person)?|presid(?:ed|es|ing)|presidency|(?:elected|as|served\s+as|became)\s+(?:the\s+)?President|hosted|hosts|hosting|host(?:\s+country|\s+government)?|Friends?\s+of\s+the\s+President|co-?ordinators?|co-?ordinated|facilitator|led\s+(?:the\s+)?(?:discussions?|sessions?|debate|work|consultations))\b")),
        new(FactKind.Endorsed, ["endors", "subscrib", "adhered", "associated", "declaration"], Cue(@"\b(?:endors(?:ed|es|ing|ement)|subscrib(?:ed|es|ing)\s+to|adhered\s+to|associated\s+(?:itself|themselves)\s+with|(?:signed|signing|adopted|agreed\s+to|supported|joined|backed)\s+(?:on\s+to\s+|up\s+to\s+)?(?:the\s+)?(?:\w+\s+){0,3}Declaration)\b")),
        new(FactKind.Signed, ["signed", "signing", "signator", "put their name", "put its name"], reject: SignedSomethingElse, cue: Cue(@"\b(?:signed|signing)\s+(?:the\s+)?(?:Convention|treaty|CCM|accord)\b|\bsigned\b|\bput\s+(?:their|its)\s+names?\s+to\b|\b(?:a|both|all|as\s+a)\s+signator(?:y|ies)\b|\bbecame\s+(?:a|the\s+\w+)\s+signatory\b")),
        new(FactKind.Ratified, ["ratif", "acced", "deposited", "part", "joined the", "parties"], reject: Withdrawal, cue: Cue(@"\b(?:ratified|ratifies|acceded|accedes|deposited\s+(?:its|their)\s+instruments?|became\s+(?:a|the\s+[\w-]+)\s+States?\s+Part(?:y|ies)|joined\s+the\s+(?:Convention|treaty|CCM)|(?:a|are|is|as)\s+(?:a\s+)?States?\s+Part(?:y|ies))\b")),
        new(FactKind.RatificationProgress, ["ratif", "acced", "accession", "parliament", "cabinet", "senate", "congress", "assembly", "council of ministers", "join the", "approved the", "ready to be deposited", "ready", "preparing"], Cue(@"\b(?:ratification\s+(?:process|bill|law|legislation|progress)|progress\s+(?:towards?|on)\s+(?:ratification|accession)|aim(?:ed|s)?\s+to\s+(?:ratify|accede)|approved\s+(?:the\s+)?(?:CCM|Convention|ratification|accession)|(?:ratification|accession|instrument)\s+(?:has\s+been|was|had\s+been)\s+approved|approved\s+by\s+(?:the\s+)?(?:parliament|cabinet|senate|congress|national\s+assembly|council)|ready\s+to\s+be\s+deposited|instrument\s+of\s+(?:ratification|accession)\s+(?:was|is|had\s+been|has\s+been)\s+ready|preparing\s+(?:its|their)\s+instrument|(?:parliament|cabinet|senate|congress|national\s+assembly|council\s+of\s+ministers)\b[^.;]{0,60}\b(?:approved|passed|adopted|voted|endorsed)|(?:will|would|intends?\s+to|plans?\s+to|(?:is|was)\s+preparing\s+to|committed\s+(?:itself\s+)?to)\s+(?:ratify|accede|join\s+the\s+(?:Convention|treaty))|steps?\s+towards?\s+(?:ratification|accession)|(?:began|started|initiated|launched)\s+(?:the\s+|its\s+)?(?:ratification|accession)|submitted\s+[^.;]{0,40}\bto\s+(?:parliament|the\s+national\s+assembly|congress))")),
        new(FactKind.Moratorium, ["moratori", "national ban", "unilateral ban", "banned"], Cue(@"\b(?:moratori(?:um|a)|national\s+ban|unilateral\s+ban|banned\s+(?:the\s+)?(?:use|production|transfer|export))\b")),
        new(FactKind.StockpileDestroyed, ["destr"], Cue(@"\b(?:(?:completed|finished|concluded|completion\s+of|completing)\s+(?:the\s+|its\s+|their\s+)?(?:(?:destruction\s+of|destroying)\s+(?:its\s+|their\s+|all\s+)?(?:\w+\s+)?(?:stockpiles?|stocks?|cluster\s+munitions)|stockpile\s+destruction)|destroyed\s+(?:its|their|all\s+(?:of\s+)?its)\s+(?:entire\s+|last\s+|remaining\s+|whole\s+)?(?:stockpiles?|stocks?|cluster\s+munitions))\b")),
        new(FactKind.StockpileProgress, ["destr", "removed from", "withdrawn from", "no longer", "out of service"], reject: WholeStockpile, cue: Cue(@"\b(?:destroyed\s+[\d,]+|destroyed\s+(?:[\w,-]+\s+){1,6}?(?:submunitions|cluster\s+munitions|bomblets|stocks?)|(?:take|taken|taking|took)\s+(?:all\s+)?(?:of\s+)?(?:its\s+|their\s+)?(?:[\w-]+\s+){0,3}out\s+of\s+service|destruction\s+of\s+[\d,]+|removed\s+from\s+(?:operational\s+)?(?:service|use)|withdrawn\s+from\s+service|marked\s+for\s+destruction|no\s+longer\s+(?:retains?|holds?|possess(?:es)?|has)\s+(?:any\s+)?(?:cluster|stock)|(?:began|started|continued)\s+(?:the\s+)?(?:destruction|destroying)|stockpile\s+destruction\s+(?:began|started|continued|is\s+under\s+way))\b")),
        new(FactKind.ClearanceCompleted, ["clearance", "free of", "cleared all", "clearing"], Cue(@"\b(?:(?:completed|finished|concluded|completion\s+of)\s+(?:the\s+|its\s+)?(?:clearance|survey\s+and\s+clearance)|declared\s+(?:itself\s+|the\s+country\s+)?free\s+of\s+(?:cluster\s+munition|CMR)|(?:finished|completed)\s+clearing|cleared\s+all\s+(?:known\s+)?(?:cluster|contaminated|areas))\b")),
        new(FactKind.ClearanceProgress, ["clearing", "cleared", "released", "clearance of", "land release", "contamination", "square", "km2", "hectares", "surveyed"], Cue(@"\b(?:cleared\s+[\d,.]+|clearing\s+[\d,.]+|released\s+[\d,.]+|clearance\s+of\s+[\d,.]+|land\s+released|released\s+land|land\s+release|reduced\s+[^.;]{0,40}\bcontamination|contamination\s+[^.;]{0,30}\breduced|(?:square\s+(?:metres|meters|kilometres|kilometers)|km2|hectares)\b[^.;]{0,40}\b(?:cleared|released|surveyed)|(?:surveyed|cleared)\s+[^.;]{0,30}\bsquare\s+(?:metres|meters|kilometres|kilometers))")),
        new(FactKind.Pledged, ["pledg", "donat", "contribut", "fund", "announced", "provid", "gave", "give", "allocat", "commit", "grant", "earmark"], Cue(@"\b(?:pledg(?:ed|es|ing)|donat(?:ed|es|ing)|(?:provid|gave|give|giv|contribut|announc|allocat|commit|grant|fund|earmark)\w*\s+(?:[\w-]+\s+){0,4}?(?:US\$|USD|\$|€|EUR|£|NOK|CHF|SEK|DKK|AUD|NZD|¥)\s?[\d,.]+|announced\s+(?:new\s+)?(?:funding|assistance|support\s+of)|fund(?:ed|s|ing)\s+(?:for\s+)?(?:clearance|victim|mine|risk|survey)|funded\s+(?:\w+\s+){0,3}?by\b|(?:funding|assistance|support|contributions?)\s+(?:that\s+)?(?:they|it)\s+(?:have|has|had)\s+(?:committed|pledged|provided)|outlined\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}funding)")),
        new(FactKind.Position, ["call", "favo", "support", "push", "press", "ask", "sought", "seeking", "argu", "insist", "oppos", "object", "resist", "reject", "advocat", "champion", "back", "warn", "condemn", "critici", "regret", "attempt", "tried", "tries", "trying", "want", "propos", "weaken", "strengthen", "water", "exception", "exemption", "transition", "interoperab", "spoke", "urg", "shared", "withdr", "decided"], Cue(@"(?:\b(?:call(?:ed|s|ing)\s+for|in\s+favou?r\s+of|in\s+support\s+of|support(?:ed|s|ing)?\s+(?:a|an|the)?\s*(?:comprehensive\s+|total\s+|strong\s+|immediate\s+)?(?:ban|treaty|prohibition|convention)|push(?:ed|es|ing)\s+for|press(?:ed|es|ing)\s+(?:hardest\s+|hard\s+)?for|ask(?:ed|s|ing)\s+for|sought|seeking|argu(?:ed|es|ing)|insist(?:ed|s|ing)|oppos(?:ed|es|ing|ition)|object(?:ed|s|ing)\s+to|resist(?:ed|s|ing)|reject(?:ed|s|ing)?|urg(?:ed|es|ing)\s+(?:[\w'’-]+\s+){0,8}?to\s+(?:join|ratify|accede|sign|adhere)|shared\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:goals|aims|objectives|concerns)|instrument\s+of\s+withdrawal|withdr(?:ew|awn)\s+from\s+the\s+(?:Convention|treaty)|decided\s+to\s+(?:leave|withdraw)|advocat(?:ed|es|ing)|champion(?:ed|s|ing)|back(?:ed|s|ing)|warn(?:ed|s|ing)|condemn(?:ed|s|ing)|criticis(?:ed|es|ing)|criticiz(?:ed|es|ing)|regret(?:ted|s)?|attempt(?:ed|s|ing)\s+to|tr(?:ied|ies|ying)\s+to|want(?:ed|s)\s+(?:a|an|the|to)|propos(?:ed|es|ing)|weaken|strengthen|water(?:ed)?\s+down|exceptions?|exemptions?|transition\s+periods?|interoperability|spoke\s+(?:out\s+)?(?:in\s+favou?r|against))\b|^\W*(?:For|Against)\b)")),
        new(FactKind.Attended, ["attend", "particip", "took part", "represent", "delegat", "spoke", "speak", "said", "stated", "told", "announc", "argued", "expressed", "proposed", "noted", "pushed", "pressed", "welcomed", "presented", "introduced", "intervened", "raised", "insisted", "stressed", "emphasi", "highlight", "urged", "warned", "declared", "confirmed", "reported", "described", "tabled", "offered", "statement", "delivered", "gave", "took the floor", "observer", "followed the", "called", "asked", "backed", "rejected", "condemned", "critici", "regretted", "supported", "opposed", "sought", "attempted", "tried", "signed", "endorsed", "joined"], Cue(@"\b(?:attend(?:ed|ing|s)?|participat(?:ed|ing|es)|took\s+part|represented|delegations?|delegates?|spoke|speaking|said|stated|told|announced|argued|expressed|proposed|noted|pushed|pressed|welcomed|presented|introduced|intervened|raised|insisted|stressed|emphasi[sz]ed|highlighted|urged|warned|declared|confirmed|reported|described|tabled|offered|made\s+(?:a\s+)?statements?|delivered|gave\s+(?:an\s+)?updates?|took\s+the\s+floor|observers?|followed\s+the\s+(?:ceremony|meeting|conference|proceedings|session|talks)|called|asked|backed|rejected|condemned|criticised|criticized|regretted|supported|opposed|sought|attempted|tried|signed|endorsed|joined\s+(?:the\s+)?(?:process|talks|meeting|conference|discussions))\b")),
    ];

    /// <summary>
    /// A cue pattern on the NonBacktracking engine: these long alternations run in linear time as a DFA, several
    /// times faster here than compiled backtracking. It takes no lookarounds, so cues that depend on what follows
    /// them use a rule's <c>reject</c> pattern instead.
    /// </summary>
    private static Regex Cue(string pattern) => new(pattern, Linear);

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
        List<(Rule Rule, TextSpan Cue)>? intro = null;
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

            var fired = new List<(Rule Rule, TextSpan Cue)>();
            Marks? marks = null;
            foreach (var rule in mentions.Count > 0 || opensList ? Rules : [])
            {
                if ((rule.Kind == FactKind.Attended && !aboutAMeeting)
                    || (s.AsSpan().IndexOfAny(rule.Stems) < 0 && !(rule.Kind == FactKind.Position && ForOrAgainst.IsMatch(s))))
                {
                    continue;
                }

                foreach (Match cue in rule.Cue.Matches(s))
                {
                    if (rule.Reject is { } reject && reject.IsMatch(s.AsSpan(cue.Index, Math.Min(s.Length - cue.Index, cue.Length + 80))))
                    {
                        continue;
                    }

                    marks ??= new Marks(s);
                    var cueSpan = new TextSpan(sentence.Start + cue.Index, sentence.Start + cue.Index + cue.Length);
                    fired.Add((rule, cueSpan));
                    facts.AddRange(FactsAt(rule, s, sentence, cueSpan, cue.Index, Actors(s, marks, sentence.Start, cue, mentions), marks.Breaks));
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
    private static IEnumerable<Fact> FactsAt(Rule rule, string s, TextSpan sentence, TextSpan cueSpan, int cueIndex, IEnumerable<Mention> actors, List<(int Index, int Length)> breaks)
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

    private static IEnumerable<Mention> Actors(string sentence, Marks marks, int offset, Match cue, List<Mention> mentions)
    {
        var (clauseStart, clauseEnd) = Clause(sentence, marks.Breaks, cue.Index);

        // "coordinators for the year: Italy and Chile; Iraq and Sweden" — a colon after the cue opens a list to the end.
        var colon = sentence.IndexOf(':', cue.Index + cue.Length);
        if (colon >= 0 && colon < clauseEnd)
        {
            clauseEnd = sentence.Length;
        }

        var cueEnd = cue.Index + cue.Length;
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
                        || (cue.Value.EndsWith("by", StringComparison.OrdinalIgnoreCase) && PassiveAfterBy.IsMatch(sentence.AsSpan(cueEnd, start - cueEnd)))
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

    private static readonly Regex ForOrAgainst = new(@"^\W*(?:For|Against)\b[^:]{0,200}:", RegexOptions.CultureInvariant | RegexOptions.Compiled);

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

    /// <param name="Stems">Words every cue of the rule contains: a vectorised search for them skips the regex on most sentences.</param>
    /// <param name="reject">Read from the cue's start: when it matches, the cue means something else here.</param>
    private sealed class Rule(FactKind kind, string[] stems, Regex cue, Regex? reject = null)
    {
        public FactKind Kind { get; } = kind;

        public Regex? Reject { get; } = reject;

        public SearchValues<string> Stems { get; } = SearchValues.Create(stems, StringComparison.OrdinalIgnoreCase);

        public Regex Cue { get; } = cue;
    }
}

/// <summary>Which treaty issue a stance is about, and which way it leans, from the words of its sentence.</summary>
public static class Positions
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private static readonly (Regex Words, PositionIssue Issue)[] Issues =
    [
        (new(@"\btransition(?:al)?\s+period", Options), PositionIssue.Transition),
        (new(@"\binter-?operab|\bjoint\s+(?:military\s+)?operations\b", Options), PositionIssue.Interoperability),
        (new(@"\bdefinition|\bexceptions?\b|\bexemptions?\b|\bself-?destruct|\bfailure\s+rates?|\breliab|\btechnical\s+(?:features|criteria)|\bsubmunitions?\s+(?:with|that)", Options), PositionIssue.DefinitionExemptions),
        (new(@"\bvictim|\bsurvivor", Options), PositionIssue.VictimAssistance),
        (new(@"\bstockpil|\bretention|\bretain", Options), PositionIssue.Stockpiles),
        (new(@"\bclearance|\bremnants|\bcontaminat", Options), PositionIssue.Clearance),
        (new(@"\bban\b|\btreaty|\bconvention\b|\bprocess\b|\bCCW\b|\bdeclaration|\bprohibit|\bwithdr|\bjoin", Options), PositionIssue.Process),
    ];

    private static readonly (Regex Words, Stance Stance)[] Stances =
    [
        (new(@"\boppos|\bagainst\b|\bresist|\bobject|\breject|\bopposition|\bwithdr", Options), Stance.Oppose),
        (new(@"\bweaken|\bwater(?:ed)?\s+down|\bloophole|\bexceptions?\b|\bexemptions?\b|\btransition(?:al)?\s+periods?|\binter-?operab|\bdelay|\bdilut", Options), Stance.Weaken),
        (new(@"\bstronger\b|\bstrengthen|\bbroad\s+definition|\bwithout\s+exception|\bno\s+exceptions|\bgo\s+further|\bcondemn", Options), Stance.Strengthen),
        (new(@"\bsupport|\bin\s+favou?r|\bback(?:ed|s)?\b|\bwelcom|\bchampion|\bcall(?:ed|s)?\s+for|\burg(?:ed|es|ing)\b|\bshared\b", Options), Stance.Support),
    ];

    /// <summary>The first issue and the first stance whose words the sentence uses, in the order listed above.</summary>
    public static (PositionIssue? Issue, Stance? Stance) Classify(string sentence)
    {
        var issue = Issues.Where(i => i.Words.IsMatch(sentence)).Select(i => (PositionIssue?)i.Issue).FirstOrDefault() ?? PositionIssue.Other;
        var stance = Stances.Where(s => s.Words.IsMatch(sentence)).Select(s => (Stance?)s.Stance).FirstOrDefault();
        return (issue, stance);
    }
}
