using System.Buffers;
using System.Text.RegularExpressions;
using Banwatch.Core.Intake.FactRules;
using Banwatch.Core.States;

namespace Banwatch.Core.Intake;

public sealed partial class FactStep
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>For patterns scanned over whole sentences: NonBacktracking runs them in linear time.</summary>
    private const RegexOptions Linear = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    /// <summary>Between an actor and its cue, these make the act someone else's wish, a condition or a denial.</summary>
    private static readonly Regex NotStatedAsDone = new(
        @"\b(?:expected|likely|hope[sd]?|hoping|urged?|urging|call(?:ed|ing)?\s+on|press(?:ed|ing)|encourag(?:ed|es|ing)|asked|invited|should|could|(?-i:may)|might|must|not|never|yet\s+to|still\s+to|refus(?:ed|es)|fail(?:ed|s)|declin(?:ed|es)|reluctant|unable|h[eo]ld(?:s|ing)?\s+back|unless|if|whether|pressure|appeal(?:ed)?\s+to|no|without|neither|nor|none|working\s+towards?|consider(?:ing|ed)?|discuss(?:ing|ed)|debat(?:ing|ed)|stud(?:y|ying|ied)|due\s+to|scheduled\s+to|set\s+to|slated\s+to|look(?:s|ed|ing)?\s+forward\s+to)\b|n't\b",
        Linear);

    /// <summary>The words of <see cref="NotStatedAsDone"/> that deny an act or a role, rather than hope for or urge it.</summary>
    [GeneratedRegex(@"^(?:not|never|no|neither|nor|none|without|yet\s+to|still\s+to|refus\w*|fail\w*|declin\w*|unable|h[eo]ld\w*\s+back|n't)$", Options)]
    private static partial Regex Denial { get; }

    /// <summary>
    /// Words that make the next state an object or a place rather than the actor, a hope or fear of someone else's
    /// ("campaigners expect that Russia will ..."), and a city before it ("met in Livingstone, Zambia"): a place named
    /// with its country. Not the state a speaker is for ("the speaker for Brazil said") nor the one its delegates come
    /// from ("Delegates from the Lao PDR spoke").
    /// </summary>
    // Anchored at the end: RightToLeft starts there instead of trying every position from the left.
    [GeneratedRegex(
        @"(?:(?i:\b(?:in|to|at|(?<!\b(?:speakers?|representatives?|delegates?|envoys?|spokes(?:man|woman|person))\s+)for|against|than|on|(?<!\b(?:delegates?|delegations?|representatives?|ministers?|officials?|envoys?|diplomats?|ambassadors?)\s+)from|into|towards?|upon|with|like|unlike|about|over|hopes?|hoped|hoping|expects?|expected|wants?|wanted|urges?|urged|called\s+on|pressed|encouraged|asked|invited|welcomed?|congratulated?|thanked|thank|praised|criticis(?:ed|es)|criticiz(?:ed|es)|condemned|accused|named|including\s+in|visit(?:ed)?\s+to|border(?:s|ed|ing)?|near|across|between|except|exception\s+of|other\s+than|apart\s+from|excluding|save\s+for)\s*(?:the\s+)?)"
        + @"|(?i:\b(?:hopes?|hoped|hoping|expects?|expected|expecting|fears?|feared|fearing|predicts?|predicted|anticipates?|anticipated|wants?|wanted|wish(?:es|ed)?|doubts?|doubted)\s+that\s+(?:the\s+)?)"
        + @"|(?i:\b(?:in|at|from|near|outside)\s+(?:the\s+)?)[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?,\s*)$",
        RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex ObjectMarker { get; }

    [GeneratedRegex(@"^\s*(?:and|or|nor)\s+(?:the\s+)?$", Options)]
    private static partial Regex Coordinated { get; }

    /// <summary>
    /// A phrase of place or time that opens the clause, after an adverb if any: "In Dublin, Ireland presided", "At the
    /// Vienna Conference, Kenya spoke", "Also in Lima, Hungary announced".
    /// </summary>
    [GeneratedRegex(@"^\W*(?:" + OpeningAdverb + @"\s+)?(?:in|at|during|on|from|after|before)\s+[^,;:]+,\s*$", Options)]
    private static partial Regex Fronted { get; }

    /// <summary>An adverb or conjunction before a sentence's opening phrase of place or time: "Also in Lima", "Meanwhile in".</summary>
    private const string OpeningAdverb = "(?:also|later|then|again|earlier|meanwhile|still|even|and|but|yet|[a-z]+ly)";

    private const int MaximumFronted = 100;

    /// <summary>What opens a list of members: "including", "among them", "among the first" (of a group that did it first).</summary>
    private static readonly Regex ListIntroducer = new(@"\b(?:including|such\s+as|namely|notably|among\s+(?:them|the\s+(?:first|earliest))|led\s+by)\b|:", Linear);

    /// <summary>The verb that lists a group's members after it: "Observer delegations seen in the hall included those of Brazil".</summary>
    private static readonly Regex IncludedVerb = new(@"\binclude[sd]?(?:\s+those\s+of)?\b", Linear);

    [GeneratedRegex(@"^\s*(?:the\s+)?" + Office + "$", Options)]
    private static partial Regex PassiveAfterBy { get; }

    /// <summary>"the Foreign Ministers of", "the Government of", "the Permanent Representative of": an office that acts for its state.</summary>
    private const string Office = @"(?:(?:[\w-]+\s+){0,3}?(?:governments?|delegations?|people|republic|representatives?|ambassadors?|ministers?|presidents?|heads\s+of\s+state|officials?|envoys?|missions?)\s+of\s+(?:the\s+)?)?";

    /// <summary>
    /// From a cue to its agent: "chaired by", "handed to the world body on Tuesday by", "delivered by, among others,"
    /// (or "inter alia,"). An
    /// object right after the cue
    /// ("criticised the transfers ... by the United States") makes the "by" someone else's, and so does a passive
    /// verb of its own in between ("signed in 2008, was ratified by Peru"). A second "and by" after the first agent
    /// and its aside names more agents ("delivered by Norway, which recalled the process it had launched, and by Mexico").
    /// </summary>
    [GeneratedRegex(@"^\s*(?!(?:the|a|an|its|their|this|these|those|his|her)\b)(?:(?!(?:is|are|was|were|been|be)\b)[\w,]+\s+){0,8}?by(?:\s*,\s*(?:among\s+others|inter\s+alia)\s*,)?\s+(?:the\s+)?" + Office + "$"
        + @"|^\s*by\s[^;:]{1,160}?,\s*and\s+(?:also\s+|then\s+|later\s+)?by\s+(?:the\s+)?" + Office + "$", Options)]
    private static partial Regex Passive { get; }

    private static readonly Regex RelativeAside = new(@",\s*(?:which|who|whose|where)\b[^,;:]*,", Linear);

    // "Lebanon and Serbia, all of which still have remnants, endorsed": a quantified relative aside is the states' too, as
    // is "both" with its noun ("Cambodia and Viet Nam, both affected states that have not signed, attended").
    private static readonly Regex Aside = new(@",\s*(?:which|who|whose|(?:all|each|both|neither|none|most|many|several|some)(?:\s+(?:two|three|four|five|six|seven|eight|nine|ten))?\s+of\s+(?:which|whom)|one\s+of|a|an|the|as|its|their|both)\b[^,]*,", Linear);

    /// <summary>
    /// Between two names of one list: "A, B and C", "A (B)", "A (28 April 2010), B", "A[1] and B", "A as well as the B",
    /// "A, as well as B", "A, together with B", and the speakers of a summary record: "Mr. Ruiz (Mexico), Ms. Kuster
    /// (Austria) and ...", and an aside after the last "and": "A, B and, only last week, C".
    /// </summary>
    [GeneratedRegex(
        @"^\s*(?:\((?:[^()\d]{0,20}\d{1,2}\s)?[^()\d]{0,12}(?:19|20)\d\d\))?[\s()]*(?:\[\d+\])?[\s()]*(?:,|;|&|\band\b|\bor\b|\bnor\b|as\s+well\s+as)?\s*(?:,\s*)?(?:\band\s+|\bor\s+|\bnor\s+|as\s+well\s+as\s+|(?:together|along)\s+with\s+)?(?:of\s+)?(?:the\s+)?[\s()]*$"
        + @"|^\s*,?\s*and\s*,\s*(?:[\w'’-]+\s+){0,3}[\w'’-]+\s*,\s*(?:the\s+)?$"
        + @"|^\)\s*(?:,\s*(?:and\s+)?|and\s+)(?:" + Honorific + @")\.?\s+(?:[\w'’.-]+\s+){1,3}\($",
        Options)]
    private static partial Regex ListGap { get; }

    /// <summary>A comma and a conjunction between two names: a new clause unless a list of three or more runs up to it.</summary>
    [GeneratedRegex(@"^\s*,\s*(?:and|but)\s+(?:the\s+)?$", Options)]
    private static partial Regex ClauseJoin { get; }

    /// <summary>A title before a person's name, whose full stop ends no clause: "Mr. Ruiz (Mexico)".</summary>
    private const string Honorific = "Mr|Ms|Mrs|Dr|St|Amb|Gen";

    /// <summary>
    /// A dateline opening a sentence, "Geneva, Switzerland, 25 November 2020 – ", ends at its dash: the state in it is
    /// where the report was written, never an actor of what follows.
    /// </summary>
    [GeneratedRegex(@"(?<=^[^.;:!?]{0,100}\b(?:19|20)\d\d\)?\s*)[–—-](?=\s)", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline { get; }

    /// <summary>
    /// Clauses break at ";", at a full stop inside a sentence (not a title's: "Mr. Ruiz (Mexico) and Ms. Kuster (Austria)
    /// condemned"), and at contrastive "but", "while", "whereas", ", yet"; not at a "but" before what the subject has
    /// still to do or has not done ("States that signed but have yet to ratify include ...", "States that signed in Oslo
    /// but had not ratified by 2010 include ...").
    /// </summary>
    [GeneratedRegex(@";|\b(?:but|while|whereas|however|although)\b|,\s*yet\b|(?<!\b(?:" + Honorific + @"))\.\s", Options)]
    private static partial Regex ClauseBreak { get; }

    /// <summary>A group named by the status it lacks, "States not parties", "countries not yet party": what it is, not an act denied.</summary>
    [GeneratedRegex(@"(?<=\b(?:states|countries|governments|delegations|observers)\s+)not\s+(?:yet\s+)?(?:part(?:y|ies)|signator(?:y|ies))\b(?!\s+to\b)", Options)]
    private static partial Regex GroupNotParty { get; }

    [GeneratedRegex(@"\G\s+(?:(?:have|has|had|are|is)\s+(?:yet|still)\s+to\b|(?:(?:have|has|had|did|do|does)\s+)?(?:not|never)\s+(?:yet\s+)?(?:ratif|acced|join|deposit))", Options)]
    private static partial Regex PendingAfterBut { get; }

    /// <summary>
    /// One sentence as the fact rules read it: its mentions grouped into lists, its clauses, and the places of its
    /// blockers, list introducers and asides, each found once, so that every (cue, state) pair asks about a range
    /// instead of running a pattern over it, which keeps long lists linear.
    /// </summary>
    private sealed partial class SentenceView
    {
        private List<(int Start, int End)>? _blockers;
        private List<(int Start, int End)>? _introducers;
        private List<(int Start, int End)>? _asides;
        private List<(int Start, int End)>? _relatives;
        private List<(int Start, int End)>? _breaks;
        private List<Mention>? _subject;

        /// <param name="pronouns">Whether the sentence may have pronouns that stand for states ("both countries").</param>
        /// <param name="previous">The sentence before, whose subject such a pronoun may refer back to.</param>
        public SentenceView(string text, TextSpan span, List<Mention> named, bool pronouns, SentenceView? previous)
        {
            Text = text;
            Span = span;
            Mentions = pronouns ? WithPronouns(text, span, named, previous) : named;
            if (text.AsSpan().IndexOfAny(GroupStems) >= 0 && WithEveryone(text, span, Mentions) is { } withEveryone)
            {
                Mentions = withEveryone;
            }

            Lists = ListsOf(text, span.Start, Mentions);
        }

        public string Text { get; }

        /// <summary>When the sentence speaks of every participant ("everyone present"), the states it excepts; else null.</summary>
        public HashSet<Iso3>? Everyone { get; private set; }

        public TextSpan Span { get; }

        /// <summary>The states named in the sentence and the pronouns that stand for states, in order.</summary>
        public List<Mention> Mentions { get; }

        /// <summary>Runs of consecutive mentions joined by commas and "and": as [first, last] indexes into <see cref="Mentions"/>.</summary>
        public List<(int First, int Last)> Lists { get; }

        /// <summary>
        /// Where clauses break, as [Start, End) of the breaking words; not at the full stop of a state's name ("St.
        /// Vincent and the Grenadines", "U.S."), which is a word of the name, not the end of a clause.
        /// </summary>
        public List<(int Start, int End)> Breaks => _breaks ??= [.. Find(Dateline).Concat(Find(ClauseBreak))
            .Where(b => !Mentions.Exists(m => Start(m) <= b.Start && b.Start < End(m)))
            .Where(b => !(Text.AsSpan(b.Start, b.End - b.Start).Equals("but", StringComparison.OrdinalIgnoreCase) && PendingAfterBut.IsMatch(Text, b.End)))
            .OrderBy(b => b.Start)];

        /// <summary>The states the sentence is about: the first list of its first clause, unless that list is an object.</summary>
        public List<Mention> Subject => _subject ??= FindSubject();

        public int Start(Mention m) => m.Span.Start - Span.Start;

        public int End(Mention m) => m.Span.End - Span.Start;

        /// <summary>The clause of a cue: the one it starts in, widened to hold all of a cue that runs across a break
        /// ("clearance there, while slow, continues").</summary>
        public (int Start, int End) Clause(CueMatch cue)
        {
            var (start, end) = Clause(cue.Index);
            return (start, Math.Max(end, cue.End));
        }

        /// <summary>The clause around an offset.</summary>
        public (int Start, int End) Clause(int at)
        {
            var start = 0;
            var end = Text.Length;
            foreach (var b in Breaks)
            {
                if (b.End <= at)
                {
                    start = b.End;
                }
                else if (b.Start > at)
                {
                    end = b.Start;
                    break;
                }
            }

            return (start, end);
        }

        /// <summary>
        /// Whether [from, to) holds a word that makes the act expected, urged or denied (asides excepted, if asked); with
        /// <paramref name="denialsOnly"/>, only a word that denies it ("not", "neither"): an appeal or a hope leaves a role
        /// standing ("urged the signatories, among them Angola, to ratify").
        /// </summary>
        private List<(int Start, int End)> Blockers => _blockers ??= FindBlockers();

        /// <summary>
        /// Words that hold an act back, less those inside what a group has still to do ("signatories still to ratify") or
        /// what it is not ("The following States not parties took part as observers").
        /// </summary>
        private List<(int Start, int End)> FindBlockers()
        {
            var found = Find(NotStatedAsDone);
            if (found.Count > 0 && PendingAct.IsMatch(Text))
            {
                var pending = Find(PendingAct);
                found.RemoveAll(b => pending.Exists(p => p.Start <= b.Start && b.End <= p.End));
            }

            if (found.Count > 0 && GroupNotParty.IsMatch(Text))
            {
                var status = Find(GroupNotParty);
                found.RemoveAll(b => status.Exists(p => p.Start <= b.Start && b.End <= p.End));
            }

            return found;
        }

        public bool Blocked(int from, int to, bool skipAsides, bool denialsOnly = false)
        {
            foreach (var (start, end) in Blockers)
            {
                if (start >= from && end <= to && !(skipAsides && InAside(start, from, to))
                    && (!denialsOnly || Denial.IsMatch(Text.AsSpan(start, end - start))))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether [from, to) holds a list introducer ("including", ":") that a state follows within the range.</summary>
        public bool Introduced(int from, int to)
        {
            _introducers ??= Find(ListIntroducer);
            return OpensList(_introducers, from, to);
        }

        /// <summary>
        /// Whether a group named by the cue's noun ("delegations", "observers") has its members listed after "included" in
        /// [from, to); not a verb's ("States that have signed but not yet ratified now include"), whose group is its subject.
        /// </summary>
        public bool IncludedMembers(CueMatch cue, int from, int to)
        {
            var noun = Text.AsSpan(cue.Index, cue.Length).TrimEnd();
            if (noun.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || noun.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            _included ??= Find(IncludedVerb);
            return OpensList(_included, from, to);
        }

        /// <summary>Whether one of <paramref name="openers"/> lies in [from, to) with a state after it within the range.</summary>
        private bool OpensList(List<(int Start, int End)> openers, int from, int to) =>
            openers.Exists(i => i.Start >= from && i.End <= to && Mentions.Exists(m => Start(m) >= i.End && Start(m) <= to));

        private List<(int Start, int End)>? _included;

        /// <summary>An object marker stands just before the name ("urged the", "in"): the last few words are enough to look at.</summary>
        public bool IsObject(int clauseStart, int start)
        {
            // Every cue of the clause asks it of every state before it, and a chain of "A and B and C" asks it again.
            _objects ??= [];
            if (!_objects.TryGetValue((clauseStart, start), out var isObject))
            {
                _objects[(clauseStart, start)] = isObject = FindIsObject(clauseStart, start);
            }

            return isObject;
        }

        private Dictionary<(int ClauseStart, int Start), bool>? _objects;

        private bool FindIsObject(int clauseStart, int start)
        {
            if (start - clauseStart <= MaximumFronted && Fronted.IsMatch(Text.AsSpan(clauseStart, start - clauseStart)))
            {
                return false;
            }

            var from = Math.Max(clauseStart, start - 40);
            if (ObjectMarker.IsMatch(Text.AsSpan(from, start - from)))
            {
                return true;
            }

            // "members that border Russia or Ukraine": a state joined by "and"/"or" to an object is one too. Not one
            // after a comma, which may start the clause's own subject ("that border Russia, Lithuania alone has signed").
            var before = Mentions.FindLastIndex(m => End(m) <= start);
            return before >= 0 && Start(Mentions[before]) >= clauseStart
                && Coordinated.IsMatch(Text.AsSpan(End(Mentions[before]), start - End(Mentions[before])))
                && IsObject(clauseStart, Start(Mentions[before]));
        }

        /// <summary>The issue and stance of a clause, read once however many cues it holds.</summary>
        public (PositionIssue? Issue, Stance? Stance) PositionOf((int Start, int End) clause)
        {
            _positions ??= [];
            if (!_positions.TryGetValue(clause, out var reading))
            {
                _positions[clause] = reading = Positions.Classify(Text[clause.Start..clause.End]);
            }

            return reading;
        }

        private Dictionary<(int Start, int End), (PositionIssue?, Stance?)>? _positions;

        /// <summary>Where the relative clause set off by commas that holds <paramref name="at"/> ends (", which hosted the Conference,"), or -1.</summary>
        public int AsideEnd(int at)
        {
            _relatives ??= Find(RelativeAside);
            return _relatives.Find(a => a.Start <= at && at < a.End) is { End: > 0 } aside ? aside.End : -1;
        }

        private bool InAside(int at, int from, int to)
        {
            _asides ??= Find(Aside);
            return _asides.Exists(a => a.Start >= from && a.End <= to && a.Start <= at && at < a.End);
        }

        private List<(int Start, int End)> Find(Regex regex)
        {
            var found = new List<(int, int)>();
            foreach (var m in regex.EnumerateMatches(Text))
            {
                found.Add((m.Index, m.Index + m.Length));
            }

            return found;
        }

        /// <summary>
        /// Whether nothing before the cue in its clause could be its subject but the document's own state: a field
        /// label ("CCM meetings: took part in ..."), a date ("On 16 October 2018, ..."), a national office ("President
        /// Duterte had put his signature to ..."), nothing at all ("Ratification followed on 4 May 2010"), or the object
        /// of a passive cue ("by 2013, 95% of the submunitions had been destroyed").
        /// </summary>
        public bool Subjectless(CueMatch cue)
        {
            var (clauseStart, _) = Clause(cue.Index);
            return !Mentions.Exists(m => Start(m) < cue.Index)
                && (SubjectlessBefore.IsMatch(Text.AsSpan(clauseStart, cue.Index - clauseStart))
                    || PassiveCue.IsMatch(Text.AsSpan(cue.Index, cue.Length)));
        }

        /// <summary>The sentence's mentions with "everyone present" added as one standing for every participant.</summary>
        private List<Mention>? WithEveryone(string text, TextSpan span, List<Mention> mentions)
        {
            var groups = Group.Matches(text);
            if (groups.Count == 0)
            {
                return null;
            }

            Everyone = [];
            foreach (Match e in Exception.Matches(text))
            {
                var after = e.Index + e.Length;
                var first = mentions.FindIndex(m => m.Span.Start - span.Start >= after && m.Span.Start - span.Start - after < 5);
                for (var i = first; i >= 0 && i < mentions.Count; i++)
                {
                    Everyone.Add(mentions[i].State);
                    if (i + 1 >= mentions.Count || mentions[i + 1].Span.Start < mentions[i].Span.End
                        || !ListGap.IsMatch(text.AsSpan(mentions[i].Span.End - span.Start, mentions[i + 1].Span.Start - mentions[i].Span.End)))
                    {
                        break;
                    }
                }
            }

            var added = groups.Select(g => new Mention(EveryParticipant, new TextSpan(span.Start + g.Index, span.Start + g.Index + g.Length), AliasKind.Name, span));
            return [.. mentions.Concat(added).OrderBy(m => m.Span.Start)];
        }

        private List<Mention> FindSubject()
        {
            if (Lists.Count == 0)
            {
                return [];
            }

            var (first, last) = Lists[0];
            var start = Start(Mentions[first]);
            var (clauseStart, _) = Clause(start);
            return clauseStart == 0 && start <= SubjectReach && SubjectPrefix.IsMatch(Text.AsSpan(0, start)) ? Mentions[first..(last + 1)] : [];
        }

        private static List<(int First, int Last)> ListsOf(string text, int offset, List<Mention> mentions)
        {
            var lists = new List<(int, int)>();
            for (var i = 0; i < mentions.Count; i++)
            {
                var first = i;
                // A pronoun that stands for several states is one span holding several mentions. Two names joined by ", and"
                // are two clauses, not a list ("Lao PDR signed after Norway, and Chile ratified"): a serial comma needs three.
                while (i + 1 < mentions.Count && (mentions[i + 1].Span == mentions[i].Span || Continues(i, first)))
                {
                    i++;
                }

                lists.Add((first, i));
            }

            return lists;

            bool Continues(int i, int first)
            {
                if (mentions[i + 1].Span.Start < mentions[i].Span.End)
                {
                    return false;
                }

                var gap = text.AsSpan(mentions[i].Span.End - offset, mentions[i + 1].Span.Start - mentions[i].Span.End);
                return ListGap.IsMatch(gap) && !(i == first && ClauseJoin.IsMatch(gap));
            }
        }
    }

    /// <summary>How far into its sentence a subject may start ("In a statement on 3 December 2008, the Government of ...").</summary>
    private const int SubjectReach = 120;

    /// <summary>
    /// What may come before a sentence's subject: phrases closed by commas ("Yesterday, after six months, ..."), a
    /// determiner, "the Government of" — but not a preposition that makes the state part of a phrase ("In a statement
    /// through the official Saudi news agency, the coalition ...").
    /// </summary>
    [GeneratedRegex(
        """
        ^ \s* (?: [^,;:]{0,60} , \s* ){0,2}
        (?: (?:the|both|neither|either|only|all|now|also|meanwhile|then|today|yesterday) \s+ )*
        (?: (?:government|delegation|people|republic|president|minister|ambassador|representatives?|authorities|parliament|cabinet|kingdom|state)s? \s+ of \s+ (?:the\s+)? )?
        $
        | ^ \s* (?:in|at|during|on|after|before|since) \s+ [^,;:]{0,80} \s $   # a phrase of place or time with no comma:
                                                                 # "At the Lima conference in May 2007 it argued"
        """,
        Options | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex SubjectPrefix { get; }

    /// <summary>
    /// Stands for every participant of the meeting until the document's list of participants is known: a
    /// user-assigned ISO 3166 code, which names no state.
    /// </summary>
    private static readonly Iso3 EveryParticipant = Iso3.Parse("XXP");

    /// <summary>"Everyone present", "all participating states", "every delegation": the meeting's participants.</summary>
    [GeneratedRegex(
        """
        \b (?: every(?:one|body) \s+ (?:present|attending|participating|there|taking\s+part)
          | all \s+ (?:of\s+)? (?:the\s+)? (?:[\w-]+\s+)? (?:states|countries|governments|delegations|participants|those) \s+ (?:present|attending|participating|taking\s+part|represented)
          | all \s+ (?:of\s+)? (?:the\s+)? (?:participants|participating\s+(?:[\w-]+\s+)?(?:states|countries|governments|delegations))
          | every \s+ (?:delegation|participant|participating\s+(?:[\w-]+\s+)?(?:state|country|government|delegation)) (?:\s+present)?
                                                                 # "every participating African state"
          | (?:every|each) \s+ (?:[\w-]+\s+){0,2}? (?:state|country|government|delegation) \s+ (?:present|attending|represented|taking\s+part)
                                                                 # "every African government present"
          | (?:all \s+ (?:of\s+)? (?:the\s+)?)? (?:states|countries|governments|delegations) \s+ (?:listed|named|mentioned) \s+ (?:in\s+paragraph\s+\d+|above)
                                                                 # a communiqué's own list
          | (?<= (?<! \b (?:of|among|between|from) \s+ ) \b the \s+ (?:[\w-]+\s+)? )
            (?: participating \s+ (?:[\w-]+\s+){0,2} (?:states|countries|governments|delegations)
              | (?:states|countries|governments|delegations) \s+ (?:present|attending|represented|taking\s+part) )
                                                                 # "the participating African States adopted ...", "the
                                                                 # States present": not a part of them ("several of the ...")
        ) \b
        """,
        Options | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Group { get; }

    [GeneratedRegex(@"\b(?:" + Position.WithException + @"(?:\s+of|\s*[:,–—])|except(?:\s+for)?|other\s+than|apart\s+from|excluding|save\s+for|but\s+not)\s+(?:the\s+)?", Options)]
    private static partial Regex Exception { get; }

    /// <summary>The words <see cref="Group"/> can start with, read from it, so that no group is skipped by a stem someone forgot.</summary>
    private static readonly SearchValues<string> GroupStems = SearchValues.Create([.. CueAnchors.Of(Group.ToString())], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A cue in the passive ("95% of the submunitions had been destroyed"): what comes before it is the thing acted on,
    /// so in a document about one state, the act is that state's.
    /// </summary>
    [GeneratedRegex(@"^(?:has|have|had)\s+been\b", Options)]
    private static partial Regex PassiveCue { get; }

    /// <summary>What may stand before a cue whose subject is the document's own state (see <see cref="SentenceView.Subjectless"/>).</summary>
    [GeneratedRegex(
        """
        ^ \s* (?: [^.:;]{1,60} : \s* )?
        (?: (?:on|in|by|since|from|as\s+of|after|before|during|today|yesterday|last|this) \b [^,;]{0,40} ,? \s* )?
        (?: (?:the|its|this|whose|their) \s+ )?
        (?: (?:President|Prime\s+Minister|Foreign\s+Minister|Minister|Ambassador|Government|Cabinet|Parliament|Ministry|Permanent\s+Mission|Mission|Council\s+of\s+Ministers)
            \b [^;]{0,120}? )?
        $
        """,
        Options | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex SubjectlessBefore { get; }

    private static readonly SearchValues<string> PronounStems = SearchValues.Create(
        ["it ", "it,", "its ", "they", "both", "the two", "the three", "the four", "the country", "the government", "his country", "her country", "his government", "her government", "the latter", "the former"], StringComparison.OrdinalIgnoreCase);
}
