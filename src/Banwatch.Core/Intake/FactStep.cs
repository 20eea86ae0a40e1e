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
/// <param name="keepCues">Keep each sentence's cues in <see cref="ExtractionContext.Cues"/> for a step after it (the learned model's).</param>
public sealed partial class FactStep(bool keepCues = false) : IExtractionStep
{
    internal static readonly CueFinder Cues = new(Rules.All);

    /// <summary>
    /// A report of a meeting names it in its title or first lines; a country profile that mentions one later is not,
    /// and neither is a preview ("ahead of the Second Meeting", "when delegates gather next week", "for delegations to the
    /// First Review Conference"; not "a treaty can be concluded next year", which looks past the meeting reported), a
    /// paper submitted to a meeting about the year before it ("Progress Report ... Submitted by the President"), nor a
    /// country profile that names a meeting in its opening lines ("Laos hosted the First Meeting ... in 2010").
    /// </summary>
    private static bool IsMeetingReport(string head)
    {
        // "may ask a Meeting of States Parties or a Review Conference for an extension": a kind of meeting, not one.
        head = AnyMeeting.Replace(head, "");
        var cased = CapsWord.Replace(head, w => w.Value[0] + w.Value[1..].ToLowerInvariant());
        return (MeetingReferences.In(head) || MeetingReferences.In(cased))
            && !Preview.Matches(cased).Any(p => !LooksPastIt(cased, p)) && !MeetingPaper.IsMatch(HeaderOf(head)) && !Profile.IsMatch(head);
    }

    /// <summary>
    /// Whether a preview names another meeting than the one the document has named before it: "Livingstone Conference
    /// ... convened ahead of the Dublin Diplomatic Conference" reports Livingstone; "ahead of the conference" previews it.
    /// </summary>
    private static bool LooksPastIt(string head, Match preview) =>
        preview.Groups["next"] is { Success: true } next && MeetingReferences.NameIn(head[..preview.Index]) is { } own
        && MeetingReferences.NameIn(next.Value) is { } other && !string.Equals(own, other, StringComparison.OrdinalIgnoreCase);

    // "the Meeting of States Parties or Review Conference": the Convention's bodies, either of which may meet; "may ask
    // the Meeting of States Parties for more time", "requests are submitted to the Meeting": the body a request goes to.
    [GeneratedRegex(@"\b(?:a|an|any|each|every)\s+(?:Meeting|Review\s+Conference|Conference)s?(?:\s+of\s+(?:the\s+)?States\s+Parties)?\b|\b(?:the\s+)?(?:Meeting|Review\s+Conference)s?(?:\s+of\s+(?:the\s+)?States\s+Parties)?\s+or\s+(?:a\s+|the\s+)?(?:Meeting|Review\s+Conference)s?(?:\s+of\s+(?:the\s+)?States\s+Parties)?\b|\b(?:ask|request|apply\s+to|submit(?:ted)?\s+to)\s+the\s+(?:Meeting|Review\s+Conference)(?:\s+of\s+(?:the\s+)?States\s+Parties)?(?:\s+or\s+(?:a\s+|the\s+)?(?:Meeting|Review\s+Conference)s?(?:\s+of\s+(?:the\s+)?States\s+Parties)?)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex AnyMeeting { get; }

    /// <summary>A word of four or more capitals in a heading ("FIRST REVIEW CONFERENCE"), read in title case; not "4MSP".</summary>
    [GeneratedRegex(@"\b[A-Z]{4,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex CapsWord { get; }

    private static readonly Regex Profile = new(@"\bcountry\s+(?:profile|update|report|summary)s?\b", Linear);

    private static readonly Regex Preview = new(@"\b(?:(?:ahead\s+of|upcoming|forthcoming)\s+(?<next>(?:[\w'’-]+\s+){0,5}?(?:meeting|conference|session|summit|talks|negotiations|assembly|committee|\d{0,2}MSP|[1-9]RC)s?)|next\s+(?:week|month)|(?:meet|meets|gather|gathers|convene|convenes|be\s+held|take\s+place)\s+(?:again\s+)?next\s+year|preview|for\s+(?:the\s+)?(?:delegations|delegates)\s+(?:to|at|attending)|will\s+(?:gather|meet|open|convene|take\s+place)|(?:prepared|written|compiled)[ \t]+for[ \t]+(?:the[ \t]+)?(?:[\w'’-]+[ \t]+){0,6}?(?:meeting|conference|session|summit)s?)\b", Linear);

    /// <summary>
    /// A paper written for a meeting, as its own header says ("CCM/MSP/2013/WP.4", "Progress report", "Submitted by the
    /// President"); in the text under the header such words name a paper the meeting discussed ("the Beirut Progress Report").
    /// </summary>
    private static readonly Regex MeetingPaper = new(@"\b(?:progress\s+report|working\s+paper|WP\.\d+|submitted\s+by)\b", Linear);

    /// <summary>The lines of a document's head before its first blank line.</summary>
    private static ReadOnlySpan<char> HeaderOf(string head) =>
        BlankLine.Match(head) is { Success: true } blank ? head.AsSpan(0, blank.Index) : head;

    [GeneratedRegex(@"\n[ \t\r]*\n", RegexOptions.CultureInvariant)]
    private static partial Regex BlankLine { get; }

    private const int OpeningLength = 400;

    /// <summary>
    /// One speaker's statement to a meeting: the states that deliver it, named on the line that says so ("STATEMENT BY THE
    /// DELEGATION OF GEORGIA"; none after "Mr President,"), or null for a document that is no such statement. The stances
    /// and pledges it recalls of other states were not taken at the meeting.
    /// </summary>
    private static HashSet<Iso3>? SpeechBy(ExtractionContext context)
    {
        var text = context.Text;
        if (Speech.Match(text, 0, Math.Min(text.Length, OpeningLength)) is not { Success: true } said)
        {
            return Speech.IsMatch(context.Document.Title ?? "") ? [] : null;
        }

        var start = said.Index == 0 ? 0 : text.LastIndexOf('\n', said.Index - 1) + 1;
        var end = text.IndexOf('\n', said.Index) is var newline and >= 0 ? newline : text.Length;
        return context.Mentions.Where(m => m.Span.Start >= start && m.Span.End <= end).Select(m => m.State).ToHashSet();
    }

    /// <summary>A statement, address or message delivered by one speaker, in a document's title or opening.</summary>
    [GeneratedRegex(@"\b(?:statement|remarks|address|speech|message)\s+(?:(?:delivered|made|given)\s+)?(?:by|of|from|on\s+behalf\s+of)\b|(?:^|\n)\s*(?:Mr\.?|Madam|Madame)\s+(?:President|Chair(?:person|man|woman)?)\b", Options)]
    private static partial Regex Speech { get; }

    public string Name => "facts";

    public void Run(ExtractionContext context)
    {
        var text = context.Text;
        var head = (context.Document.Title ?? "") + "\n" + text[..Math.Min(text.Length, OpeningLength)];
        var aboutAMeeting = IsMeetingReport(head);
        var deliveredBy = SpeechBy(context);
        // A conference where the Convention or a declaration is signed: what states signed there, they did in person.
        var signedThere = aboutAMeeting && SigningMeeting.IsMatch(head);
        var reportYear = Year.Match(head) is { Success: true } y ? int.Parse(y.Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        // Whether a sentence's taking part was at the meeting it is about, as an Attended cue is read below.
        bool AtMeeting(TextSpan sentence) =>
            MeetingReferences.In(text.AsSpan(sentence.Start, sentence.Length)) || (aboutAMeeting && !Recalled(sentence.Of(text), reportYear));
        var bySentence = context.Mentions.GroupBy(m => m.Sentence).ToDictionary(g => g.Key, g => g.ToList());
        var focus = FocusState(context, bySentence);
        var facts = new List<Fact>();
        var absent = new HashSet<Iso3>();
        var aboutMeetings = new HashSet<TextSpan>();
        var fromAfar = new HashSet<TextSpan>();
        var roles = new HashSet<TextSpan>(); // cues of a role ("signatories"), which say what a state is, not what it did there
        var toldThere = new HashSet<TextSpan>(); // sentences where a state speaks, reports or announces (an Attended cue)
        var announced = new List<Announcement>();
        var listedAway = new HashSet<TextSpan>(); // items of a list whose introduction names no meeting (as are names after a sentence's colon)
        var excepted = new Dictionary<TextSpan, HashSet<Iso3>>();
        var listing = new ListState(); // the list the sentences are in
        var cues = new List<CueMatch>();
        var speakers = Speakers(context, bySentence, out var speakerHeading);
        var spokenFor = new HashSet<TextSpan>(); // "we" of a statement delivered on behalf of others: their voice, not their presence
        SentenceView? previous = null;
        TextSpan? before = null; // the sentence before this one, read or skipped
        Mention? label = null; // "Indonesia. The ratification bill was placed ...": the state a paragraph's label names
        Mention? itemsSubject = null; // "Officials pointed out that the UK:" over "- ratified the convention in 2010;"
        List<(FactRule Rule, TextSpan Cue)>? labelActs = null; // what the first of a run of dated labels says its date is of
        List<(FactRule Rule, TextSpan Cue)>? itemActs = null; // what an item of a run of bulleted "topic: names" says its names did
        // What the part of the document being read is about: its heading's subject, or the title's under a heading without one.
        var titled = SectionOf(string.Concat(context.Document.Title ?? "", "\n", TitleBlock(text)));
        var section = titled;
        for (var i = 0; i < context.Sentences.Count; i++)
        {
            context.Budget.Check();
            var sentence = context.Sentences[i];
            var named = bySentence.GetValueOrDefault(sentence) ?? [];
            var span = text.AsSpan(sentence.Start, sentence.Length);
            if (named.Count == 0 && IsHeadingLine(HeadingText(span)))
            {
                section = SectionOf(span) is var own and not FactRules.Section.Any ? own : titled;
            }

            if (named.Count == 0 && listing.IsOpen && (RowFragment.IsMatch(span) || SentenceSplitter.IsNote(span)))
            {
                // "1.", "29 June 2011": a row's number or date split off from its name, inside the list; "(year of
                // adoption)": a note on how the rows read.
                continue;
            }

            listing.NextSentence();
            if (before is { } last && text.AsSpan(last.End, sentence.Start - last.End).Count('\n') >= 2)
            {
                label = null; // a blank line ends the paragraph
            }

            if ((named.Count == 1 && IsLabel(span, named[0].Span.Start - sentence.Start, named[0].Span.End - sentence.Start))
                || (named.Count > 0 && IsDashLabel(span, named[0].Span.Start - sentence.Start, named[0].Span.End - sentence.Start)))
            {
                label = named[0];
            }

            if (named.Count == 1 && !span[..(named[0].Span.Start - sentence.Start)].Trim(" \t\r\n*-•").IsEmpty
                && LabelEnd.IsMatch(span[(named[0].Span.End - sentence.Start)..]) && span.TrimEnd().EndsWith(':'))
            {
                itemsSubject = named[0];
            }
            else if (itemsSubject is not null && !IsBulleted(text, sentence.Start))
            {
                itemsSubject = null;
            }

            var voiced = speakers.Count > 0 ? WithSpeakers(text, sentence, named, speakers, spokenFor) : named;
            var endsInColon = span.TrimEnd().EndsWith(':');
            var announcesTable = named.Count == 0 && span.Length <= MaxHeadingLineLength * 2
                && (ForwardReference.IsMatch(span) || ((IsHeadingLine(span) || endsInColon) && Captions(context.Tables, sentence, context.Mentions)));
            // A label led by dots to its names ("States Parties ........ Australia, Fiji") introduces them as a colon does.
            // So does a question its answer lists ("Which countries signed but have not ratified?" "A: Angola, Cyprus").
            var opensList = endsInColon || (named.Count == 0 && (span.TrimEnd().EndsWith("...") || span.TrimEnd().EndsWith('?')))
                || (IsHeadingLine(WithoutRule(span)) && NamesUnder(text, context.Sentences, i, bySentence)
                    && !IsBareList(span.ToString(), sentence.Start, named)) // a row is no heading over the next row
                || announcesTable || EndsInListLine(text, sentence, named)
                || (named.Count == 0 && FollowingActs.IsMatch(span)); // "..., the following took part as observers." over its groups
            // "Signatures given at the conference on its first day, as read out by the chair." over "AFRICA (32)" and its
            // names: a sentence that names no one describes the bare names under it (after one more such sentence at
            // most: "Regions are the campaign's own groupings."), with the signing or endorsing it states (not a role it
            // names, nor a chair who read them out).
            var describesNext = !opensList && named.Count == 0
                && (NamesUnder(text, context.Sentences, i, bySentence)
                    || (i + 1 < context.Sentences.Count && !bySentence.ContainsKey(context.Sentences[i + 1]) && NamesUnder(text, context.Sentences, i + 1, bySentence)));
            opensList |= describesNext;

            // A sentence with no state in it, no list to open, no pronoun and no "everyone present" has nothing to say
            // about any state; unless the document is about one state, whose own clauses need not name it.
            var pronouns = span.IndexOfAny(PronounStems) >= 0;
            if (voiced.Count == 0 && !opensList && !listing.IsOpen && !(pronouns && previous is { Subject.Count: > 0 }) && focus is null && label is null
                && span.IndexOfAny(AbsenceStems) < 0 && !(span.IndexOfAny(GroupStems) >= 0 && Group.IsMatch(span)))
            {
                previous = null;
                before = sentence;
                continue;
            }

            var s = sentence.Of(text);
            var view = new SentenceView(s, sentence, voiced, pronouns, previous);
            if (span.IndexOfAny(AbsenceStems) >= 0 && Absence.IsMatch(s))
            {
                absent.UnionWith((named.Count > 0 ? named : previous?.Mentions ?? []).Select(m => m.State));
            }
            else if (named.Count > 0)
            {
                // "Indonesia reported ..., whereas Liberia sent no delegation": only the states of the clause that sent none.
                foreach (Match none in SentNone.Matches(s))
                {
                    var clause = ClauseBreak.Matches(s[..none.Index]) is { Count: > 0 } breaks ? breaks[^1].Index + breaks[^1].Length : 0;
                    absent.UnionWith(named.Where(m => m.Span.Start - sentence.Start >= clause && m.Span.Start - sentence.Start < none.Index).Select(m => m.State));
                }
            }

            if (view.Everyone is { } except)
            {
                excepted[sentence] = except;
            }

            if (listing.Awaited && (named.Count > 0 ? IsBareList(s, sentence.Start, named) : IsSubheading(span)))
            {
                listing.Begin();
            }

            // Items under an introduction ending in ":" ("The following states endorsed the Declaration:") take its cues.
            var intro = listing.Intro;
            var isItem = intro is not null && ((IsBulleted(text, sentence.Start) && !OwnIntroduction(s, named, sentence.Start))
                || (IsBareList(s, sentence.Start, named) && !(intro.Count > 0 && UnderOwnHeadings(context, sentence, intro[0].Cue.Start)))
                || (named.Count > 0 && LabelledName(s, sentence.Start, named) && intro.Count > 0 && IntroEndsLine(text, intro[0].Cue)));
            // "Four States Parties set out their needs: (a) Iraq described ...; (b) Chad said ...": a lettered item that
            // opens with its subject is one of those the introduction's role names, whatever the item says it did.
            var subjects = intro is not null && !isItem && intro.Exists(i => i.Rule.IsRole) ? LetteredSubjects(s, sentence.Start, named) : 0;
            isItem |= subjects > 0;
            var opener = listing.Read(isItem);
            if (subjects > 0)
            {
                foreach (var (rule, cue) in intro!.Where(i => i.Rule.IsRole))
                {
                    facts.AddRange(named.Take(subjects).Select(m => NewFact(rule.Kind, m, sentence, cue, s)));
                }
            }
            else if (isItem && Unlabelled(s, sentence.Start, named) is var words && (IsHedged(words) || PendingRow.IsMatch(words)) is var hedged)
            {
                // An item's own hedge ("ratification is being studied") holds back an act, not its role ("signatories"); its
                // denial ("legislation has still not been introduced") holds back a status role only if the item names that
                // role ("not a signatory after all").
                var denied = hedged && DeniedItem.IsMatch(words) ? KindsNamed(words) : null;
                foreach (var (rule, cue) in intro!.Where(i => !hedged || (i.Rule.IsRole && (denied is null || (IsStatusRole(i.Rule) && !denied.Contains(i.Rule.Kind))))))
                {
                    facts.AddRange(named.Select(m => NewFact(rule.Kind, m, sentence, cue, s)));
                }

                if (intro!.Count > 0 && !aboutMeetings.Contains(context.SentenceAt(intro[0].Cue.Start)))
                {
                    listedAway.Add(sentence);
                }
            }
            else if (!isItem && named.Count == 0 && (IsSubheading(span) || (listing.Attends && DeniesStatusOnly(span))))
            {
                listing.Subheading();
            }
            else if (!isItem)
            {
                listing.Interrupt(IsTitle(HeadingText(span)));
            }

            cues.Clear();
            if (sentence != speakerHeading) // "Signatories:" over a statement's names: they signed it, not the Convention
            {
                Cues.Find(span, cues);
            }

            cues.RemoveAll(c => c.Rule.ReadIn != FactRules.Section.Any && c.Rule.ReadIn != section);
            if (section != FactRules.Section.Any)
            {
                // "France declared completion" under a heading about stockpiles: the section's kind, not the one the words
                // alone would give.
                cues.RemoveAll(c => c.Rule.ReadIn == FactRules.Section.Any && cues.Exists(o => o.Rule.ReadIn == section && o.Index == c.Index && o.Rule.Kind != c.Rule.Kind));
            }
            if (cues.Count == 0 && opensList && named.Count == 0 && sentence != speakerHeading && IsHeadingLine(span.TrimEnd().TrimEnd(':')))
            {
                // "Accessions deposited, in date order" over dated names, with or without its colon: a heading is a noun
                // phrase, read as a column's, first up to its comma (what follows may only say how the names are
                // ordered), then whole ("The newcomers, in order of deposit, were:"). One naming several acts ("Format:
                // State ... signature / ratification") says what each row's columns are.
                var phrase = span.TrimEnd().TrimEnd(':');
                var comma = phrase.IndexOf(',');
                HeadingActs(comma > 0 ? phrase[..comma] : phrase, cues);
                if (cues.Count == 0 && comma > 0)
                {
                    HeadingActs(phrase, cues);
                }
                if (cues.Exists(c => c.Rule.Kind != cues[0].Rule.Kind))
                {
                    cues.Clear();
                }
            }

            if (keepCues)
            {
                context.Cues[sentence] = [.. cues];
            }

            if (span.Contains(" to ", StringComparison.Ordinal) || span.Contains(" yet ", StringComparison.Ordinal))
            {
                // "Signatories still to ratify:" — an act the states have yet to do is no cue of it.
                foreach (Match p in PendingAct.Matches(s))
                {
                    cues.RemoveAll(c => c.Index >= p.Index && c.Index < p.Index + p.Length && !c.Rule.IsRole);
                }
            }
            if (ForOrAgainst.Match(s) is { Success: true } heading)
            {
                cues.Add(new CueMatch(Position.Rule, heading.Groups["cue"].Index, heading.Groups["cue"].Length));
            }

            var meetingNamed = MeetingOutsideAsides(span);
            if (meetingNamed)
            {
                aboutMeetings.Add(sentence);
            }

            var fired = new List<(FactRule Rule, TextSpan Cue)>();
            var cell = named.Count > 0 && LeaderToCell.Match(s, named[^1].Span.End - sentence.Start) is { Success: true } leader
                && IsBareList(s[..leader.Index], sentence.Start, named) ? leader.Index + leader.Length - 1 : -1;
            foreach (var cue in cues)
            {
                if (cue.Rule.IsRole && RoleSetApart.IsMatch(span[Math.Max(0, cue.Index - 30)..cue.Index]))
                {
                    continue;
                }

                var meetingOfCue = meetingNamed || (cue.Rule.Kind == FactKind.Attended && MeetingInAsideOf(span, cue.Index));
                if ((cue.Rule.Kind == FactKind.Attended && ((!aboutAMeeting && !meetingOfCue) || Recalled(span, cue, reportYear, meetingOfCue))) || EndorsesOnly(cue, cues))
                {
                    continue;
                }

                var cueSpan = new TextSpan(sentence.Start + cue.Index, sentence.Start + cue.End);
                fired.Add((cue.Rule, cueSpan));
                if (cue.Rule.IsRole)
                {
                    roles.Add(cueSpan);
                }

                if (cue.Rule == Attended.Rule)
                {
                    toldThere.Add(sentence);
                }

                if (!cue.Rule.IsPresent)
                {
                    fromAfar.Add(cueSpan);
                }

                var found = FactsAt(cue.Rule, view, cueSpan, cue.Index, cue.Rule.IsRole ? view.Members(cue, cues) : view.Actors(cue)).ToList();
                // "We" speaks only the statement's own stances and what its members are ("We, the undersigned States
                // Parties"); what they did ("we have completed clearance") is for each to report.
                found.RemoveAll(f => spokenFor.Contains(f.Mention) ? !(cue.Rule == Position.JointVoice || cue.Rule.IsRole) : cue.Rule == Position.JointVoice);

                if (cue.Rule.Kind == FactKind.Attended && OnBehalf.Match(s, cue.End) is { Success: true } behalf)
                {
                    // "Delivered by New Zealand on behalf of the following States: ...": those spoken for were not heard.
                    found.RemoveAll(f => f.Mention.Start - sentence.Start > behalf.Index);
                }

                if (found.Count == 0 && focus is not null && view.Subjectless(cue))
                {
                    // "CCM meetings: took part in ...", "Ratification followed on 4 May 2010": the profile's own state.
                    found.AddRange(FactsAt(cue.Rule, view, cueSpan, cue.Index, [focus with { Sentence = sentence }]));
                }
                else if (found.Count == 0 && label is not null && label.Sentence != sentence && view.Subjectless(cue))
                {
                    // "Indonesia. The ratification bill was placed before the House": the paragraph's labelled state.
                    found.AddRange(FactsAt(cue.Rule, view, cueSpan, cue.Index, [label with { Sentence = sentence }]));
                }
                else if (found.Count == 0 && itemsSubject is not null && itemsSubject.Sentence != sentence && named.Count == 0
                    && span[..cue.Index].Trim(" \t\r\n*-•–—").IsEmpty)
                {
                    // "Officials pointed out that the UK:" over items that open with their verbs: the introduction's last
                    // word is each item's subject.
                    found.AddRange(FactsAt(cue.Rule, view, cueSpan, cue.Index, [itemsSubject with { Sentence = sentence }]));
                }
                else if (found.Count == 0 && IsDoneAtHome(cue.Rule.Kind) && PlaceOpening(s, sentence.Start, named, cue) is { } place)
                {
                    // "In Australia, the implementing bill is still before Parliament": a step taken at home, in the state
                    // the sentence opens with, when its own clause names no one.
                    found.AddRange(FactsAt(cue.Rule, view, cueSpan, cue.Index, [place]));
                }
                else if (found.Count == 0 && cell >= 0 && cue.Index >= cell && IsRecordedAct(cue.Rule.Kind) && !DeniedBefore(s, cue) && !PendingRow.IsMatch(s))
                {
                    // "Austria ....... Federal Law on the Prohibition of Cluster Munitions": a row's cell says what its name did
                    // ("China   yes   not signed" does not).
                    found.AddRange(named.Select(m => NewFact(cue.Rule.Kind, m, sentence, cueSpan, s)));
                }

                facts.AddRange(found);
            }

            // Its own words may say how the list was found ("The newcomers we have confirmed so far are"), not what they did.
            if (named.Count > 0 && before is { } referred && ReferringList.Match(s) is { Success: true } pointer
                && (!pointer.Groups["answer"].Success || referred.Of(text).TrimEnd().EndsWith('?'))
                && ItemsBeforeClause(s, pointer.Index + pointer.Length, sentence.Start, named) is var (cut, items)
                && fired.TrueForAll(f => (f.Rule.Kind == FactKind.Attended && f.Cue.End <= sentence.Start + pointer.Index + pointer.Length) || f.Cue.Start >= sentence.Start + cut)
                && IsBareList(s[(pointer.Index + pointer.Length)..cut], sentence.Start + pointer.Index + pointer.Length, items))
            {
                // "82 States had subscribed to the Declaration. They include Australia, Austria, ...". A count points back
                // to the sentence that gave it: "Thirteen more signed but never ratified. [...] The thirteen are: ...".
                var acts = pointer.Groups["count"] is { Success: true } count
                    ? ActsOf(text, Counted(context.Sentences, i, count.Value, text) ?? referred, null, AtMeeting)
                    : ActsOf(text, referred, pointer.Groups["more"].Success || pointer.Groups["others"].Success || pointer.Groups["followed"].Success || pointer.Groups["did"].Success ? null : facts, AtMeeting);
                if (pointer.Groups["others"].Success)
                {
                    // "Zambia, which holds the presidency, counts itself among 22 African states that are already parties. The
                    // others are ...": the others share what the counted group did, not what the named state did alone.
                    var counted = CountWord.Match(text, referred.Start, referred.Length);
                    acts.RemoveAll(a => !counted.Success || a.Cue.Start < counted.Index);
                }

                if (acts.Count == 0 && i >= 2 && context.Sentences[i - 1] == referred && BareCount.IsMatch(referred.Of(text)))
                {
                    // "States that signed but never ratified? There are twelve. They include ...": a bare count answers the
                    // sentence before it.
                    acts = ActsOf(text, context.Sentences[i - 2], facts, AtMeeting);
                }

                // "did so" repeats one act, the last stated: "New Zealand, as host, was the first to subscribe".
                foreach (var (rule, cue) in (pointer.Groups["did"].Success && acts.Count > 1 ? acts[^1..] : acts).Concat(fired.Where(f => f.Rule == Attended.DoneThere)))
                {
                    facts.AddRange(items.Select(m => NewFact(rule.Kind, m, sentence, cue, s)));
                }
            }

            if (named.Count > 0 && fired.Count == 0 && before is { } group && AmongThem.Match(s, named[^1].Span.End - sentence.Start) is { Success: true } among
                && IsBareList(s[..among.Index], sentence.Start, named))
            {
                // "By the final evening 82 states had signed the Wellington Declaration. Britain was among them.": the names
                // did what the group of the sentence before did.
                foreach (var (rule, cue) in ActsOf(text, group, facts, AtMeeting))
                {
                    facts.AddRange(named.Select(m => NewFact(rule.Kind, m, sentence, cue, s)));
                }
            }

            if (named.Count > 0 && LabelledAct.Match(s, named[^1].Span.End - sentence.Start) is { Success: true } labelled
                && IsBareList(s[..(named[^1].Span.End - sentence.Start)], sentence.Start, named))
            {
                // "Samoa: ratification (28 April 2010).": a notice's or a chronology's label says what the state did.
                var act = labelled.Groups["act"];
                var kind = act.Value.StartsWith("sign", StringComparison.OrdinalIgnoreCase) ? FactKind.Signed : FactKind.Ratified;
                facts.AddRange(named.Select(m => NewFact(kind, m, sentence, new TextSpan(sentence.Start + act.Index, sentence.Start + act.Index + act.Length), s)));
            }

            facts.AddRange(FollowedSuit(view, cues, facts));
            facts.AddRange(Gapped(view, cues, facts));
            // A role denied just before it ("Non-signatory States participating as observers:") introduces no one in it.
            // Its denial is the role's own, not the list's: "The following States not party to the Convention took part:".
            var undenied = s;
            foreach (var (_, cue) in opensList ? fired.Where(f => f.Rule.IsRole) : [])
            {
                var from = Math.Max(sentence.Start, cue.Start - 30);
                if (RoleNegated.Match(text, from, cue.Start - from) is { Success: true } denial)
                {
                    undenied = string.Concat(undenied.AsSpan(0, denial.Index - sentence.Start), new string(' ', cue.End - denial.Index), undenied.AsSpan(cue.End - sentence.Start));
                }
            }

            fired.RemoveAll(f => f.Rule.IsRole && RoleDeniedBefore(text.AsSpan(sentence.Start, sentence.Length), f.Cue.Start - sentence.Start));
            // An act is held back by a hedge or denial before it, not by one after it that is another act's: "Which
            // countries signed but have not ratified?" introduces signatories. What a role has still to do denies not the role.
            var heldBack = 0;
            if (opensList)
            {
                // "The following States not parties took part:": the group's status, not a denial of its act.
                undenied = GroupNotParty.Replace(undenied, m => new string(' ', m.Length));
                var pending = fired.Exists(f => f.Rule.IsRole) ? PendingAct.Replace(undenied, p => new string(' ', p.Length)) : undenied;
                heldBack = fired.RemoveAll(f => NotStatedAsDone.IsMatch((f.Rule.IsRole ? pending : undenied).AsSpan(0, f.Cue.End - sentence.Start)));
            }

            // "82 States had subscribed. Those that did so during the Conference include the following:": the acts of the
            // sentence before, and taking part if the introduction places them at the meeting.
            var pointsBack = opensList && heldBack == 0 && named.Count == 0 && before is not null
                && fired.TrueForAll(f => f.Rule == Attended.DoneThere) && ReferringIntro.IsMatch(s);
            if (opensList && fired.Count > 0 && !pointsBack && (!describesNext || fired.Exists(IsDescribedAct)))
            {
                // A table announced ("The table lists every state that signed") is a record, not a meeting's roll call, and
                // a list of those a statement is delivered for is not one either.
                var acts = describesNext ? fired.FindAll(IsDescribedAct)
                    : announcesTable || OnBehalf.IsMatch(s) ? fired.FindAll(f => f.Rule.Kind != FactKind.Attended) : fired;
                acts = opener is null ? acts : [.. opener, .. acts];
                // "The conference, hosted by Zambia, brought together the following states:": an act whose agent the
                // introduction names after "by" is that agent's, not the list's.
                acts = acts.FindAll(a => !named.Exists(m => m.Span.Start >= a.Cue.End && Passive.IsMatch(text.AsSpan(a.Cue.End, m.Span.Start - a.Cue.End))));
                if (Recipients.IsMatch(s))
                {
                    // "support ... in the following countries:": the list is of those who receive, not of those who give.
                    acts = acts.FindAll(f => f.Rule.Kind != FactKind.Pledged);
                }

                if (named.Count == 0 && before is { } earlier && ReferringIntro.IsMatch(s)
                    && ActsOf(text, earlier, null, AtMeeting) is var done && acts.TrueForAll(a => done.Exists(d => d.Rule.Kind == a.Rule.Kind)))
                {
                    // "82 States had subscribed to the Declaration at the Conference. Those subscribing included the
                    // following:": an introduction that repeats the act of the sentence before takes that sentence's place.
                    acts = [.. acts, .. done.Where(d => d.Rule.Kind == FactKind.Attended && !acts.Exists(a => a.Rule.Kind == FactKind.Attended))];
                }

                listing.Open(acts, announcesTable || describesNext, IsTitle(HeadingText(span)));
                if (announcesTable)
                {
                    announced.Add(new Announcement(sentence, acts));
                }
            }
            else if (pointsBack)
            {
                listing.PointBack([.. ActsOf(text, before!.Value, facts, AtMeeting), .. fired]);
            }

            if (OpensBulletedLine(text, sentence))
            {
                // "- Universalization: co-chaired by Ghana and Portugal." then "- Cooperation and assistance: Australia and
                // Zambia.": a run of bulleted items, each a topic and its names, whose earlier item says what its names did.
                var topic = TopicItem.Match(s);
                if (!topic.Success || named.Count == 0 || named[0].Span.Start - sentence.Start < topic.Length)
                {
                    itemActs = null;
                }
                else if (fired.FindAll(f => f.Cue.Start - sentence.Start == topic.Length && IsCarriedAct(f.Rule.Kind)) is { Count: > 0 } stated)
                {
                    itemActs = stated;
                }
                else if (itemActs is not null && fired.Count == 0 && IsBareList(s[topic.Length..], sentence.Start + topic.Length, named))
                {
                    facts.AddRange(itemActs.SelectMany(a => named.Select(m => NewFact(a.Rule.Kind, m, sentence, a.Cue, s))));
                }
                else
                {
                    itemActs = null;
                }
            }
            else if (text.AsSpan(0, sentence.Start).TrimEnd(" \t").EndsWith("\n") || sentence.Start == 0)
            {
                itemActs = null; // a line that is no item ends the run
            }

            if (label is { } dated && dated.Sentence == sentence)
            {
                // "Angola (signed 3 December 2008)." then "Cyprus (23 September 2009).": a run of labels whose first says
                // what their dates are.
                var stated = fired.FindAll(f => IsRecordedAct(f.Rule.Kind) && !f.Rule.IsRole);
                if (stated.Count > 0)
                {
                    labelActs = stated;
                }
                else if (labelActs is not null && DatedLabel.IsMatch(span[(dated.Span.End - sentence.Start)..]))
                {
                    facts.AddRange(labelActs.Select(a => NewFact(a.Rule.Kind, dated, sentence, a.Cue, s)));
                }
            }

            if (aboutAMeeting && named.Count > 0 && HeadingColon(text, named) is { } headingColon && !IsHeadingLine(HeadingText(span)) && !Recalled(s, reportYear))
            {
                // "- Sweden: instrument of ratification to be deposited": notes of a meeting give what each state told it
                // under the state's name.
                facts.Add(NewFact(FactKind.Attended, named[0], sentence, headingColon, s));
            }

            previous = view;
            before = sentence;
        }

        // "Everyone present, with the exception of Egypt, backed the declaration": the states of the document's list of
        // participants (the one cue, a sentence's or a list's introduction, naming the most of them), less the exceptions.
        // A host named before the list's cue is not on it ("Costa Rica, which hosted the Conference, ... met: A, B"); one
        // listed is ("..., Zimbabwe, and Zambia as host").
        var chairedHere = facts.Where(f => f.Kind == FactKind.Chaired).Select(f => (f.State, f.Sentence)).ToHashSet();
        var participants = facts.Where(f => f.Kind == FactKind.Attended && f.State != EveryParticipant
                && !(chairedHere.Contains((f.State, f.Sentence)) && f.Mention.Start < f.Cue.Start))
            .GroupBy(f => f.Cue).MaxBy(g => g.Count()) is { } list && list.Count() >= MinimumParticipants
            ? list.Select(f => f.State).ToHashSet()
            : [];
        var everyone = facts.Where(f => f.State == EveryParticipant).ToList();
        facts.RemoveAll(f => f.State == EveryParticipant);
        // The exception named in the group's own by-phrase ("endorsed by every delegation, with one exception: Egypt") is
        // not one more actor of the group's act.
        var groupActs = everyone.Select(f => f.Cue).ToHashSet();
        facts.RemoveAll(f => groupActs.Contains(f.Cue) && excepted.TryGetValue(f.Sentence, out var except) && except.Contains(f.State));
        facts.AddRange(everyone.SelectMany(f => participants.Except(excepted.GetValueOrDefault(f.Sentence) ?? []).Select(p => f with { State = p })));

        // The host or chair of a meeting is recorded as such, not as one more participant (issue 4's rule); a state
        // that stated a position, announced or reported something in a sentence about a meeting took part in it, unless
        // its act was one done from afar (FactRule.IsPresent: aligning with another's statement). In a meeting's report,
        // an act done at home (clearance, destruction, a ratification step) places the state there only when the
        // sentence names the meeting or says the state told it ("Croatia informed the meeting that ..."), not when
        // the report recalls it ("eight States Parties have completed clearance: ...").
        var chairs = ChairsByMeeting(text, facts);
        facts.AddRange(facts
            .Where(f => f.Kind is FactKind.Position or FactKind.Pledged || IsDoneAtHome(f.Kind))
            .Where(f => (aboutMeetings.Contains(f.Sentence) || (aboutAMeeting && !listedAway.Contains(f.Sentence) && f.Mention.Start < f.Sentence.End && ((f.Kind is FactKind.Position or FactKind.Pledged && (deliveredBy is null || deliveredBy.Contains(f.State))) || toldThere.Contains(f.Sentence))
                    && !RecalledAct(text, f, reportYear)))
                && !absent.Contains(f.State) && !fromAfar.Contains(f.Cue) && !spokenFor.Contains(f.Mention) && !MeetingOfAnother(text, f, bySentence.GetValueOrDefault(f.Sentence) ?? []))
            .Select(f => f with { Kind = FactKind.Attended, Issue = null, Stance = null })
            .ToList());

        // Signing or endorsing at a conference is attending it (eval/README.md): in a sentence that names the meeting,
        // unless it "had" been done before, and where the sentence gives an act, not a role ("the signatories" says what
        // a state is, not what it did there); or anywhere in the report of a signing conference, unless the sentence
        // dates it to a year before the report: its signatories signed there (a declaration's endorsers may have later).
        facts.AddRange(facts
            .Where(f => f.Kind is FactKind.Signed or FactKind.Endorsed
                && ((aboutMeetings.Contains(f.Sentence) && !roles.Contains(f.Cue) && !JustBefore(HadDone, text, f.Cue.Start))
                    || (signedThere && (f.Kind == FactKind.Signed || !roles.Contains(f.Cue)) && !Recalled(f.Sentence.Of(text), reportYear)))
                && !absent.Contains(f.State) && !spokenFor.Contains(f.Mention))
            .Select(f => f with { Kind = FactKind.Attended })
            .ToList());

        // After that: a table's row is a record, not something said at the meeting the document reports; unless it
        // records the signatures given at the conference the document reports.
        facts.AddRange(TableFacts(text, context.Tables, context.Mentions, announced, signedThere, head));
        facts.AddRange(LegendFacts(text, context.Mentions));

        context.Facts.AddRange(facts
            .Where(f => f.Kind != FactKind.Attended || (!chairs.Chaired(f) && !absent.Contains(f.State) && !spokenFor.Contains(f.Mention)))
            .DistinctBy(f => (f.Kind, f.State, f.Sentence, f.Issue, f.Stance)));
    }

    /// <summary>
    /// Which meetings each state chaired, by the meeting its sentence names (null: none named, so the document's own).
    /// A chair is not also a participant of the meeting it chaired, but it is one of another meeting the document names
    /// ("Lao PDR hosted the First Meeting ... It attended the Fourth Meeting"), both sentences naming theirs.
    /// </summary>
    private static ChairedMeetings ChairsByMeeting(string text, List<Fact> facts)
    {
        var meetings = new Dictionary<TextSpan, string?>();
        string? MeetingOf(TextSpan sentence)
        {
            if (!meetings.TryGetValue(sentence, out var name))
            {
                meetings[sentence] = name = MeetingReferences.NameIn(sentence.Of(text));
            }

            return name;
        }

        // Distinct names per state: a long document repeats the same few meetings thousands of times.
        var chaired = new Dictionary<Iso3, List<string?>>();
        // A meeting the state will host is another one: "Peru told the conference it would host the next round".
        foreach (var fact in facts.Where(f => f.Kind == FactKind.Chaired && !IsIntention(text, f.Cue.Start)))
        {
            var list = chaired.TryGetValue(fact.State, out var known) ? known : chaired[fact.State] = [];
            var meeting = MeetingOf(fact.Sentence);
            if (!list.Exists(m => string.Equals(m, meeting, StringComparison.OrdinalIgnoreCase)))
            {
                list.Add(meeting);
            }
        }

        return new ChairedMeetings(chaired, MeetingOf);
    }

    private sealed class ChairedMeetings(Dictionary<Iso3, List<string?>> chaired, Func<TextSpan, string?> meetingOf)
    {
        /// <summary>Whether the state attending in <paramref name="attended"/> chaired that same meeting.</summary>
        public bool Chaired(Fact attended) =>
            chaired.TryGetValue(attended.State, out var meetings)
            && (meetingOf(attended.Sentence) is not { } there
                || meetings.Exists(m => m is null || m.Contains(there, StringComparison.OrdinalIgnoreCase) || there.Contains(m, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// "States that signed in Oslo in 2008 ... include A, B", in a report of a meeting in 2013: signing or endorsing
    /// dated to an earlier year is recalled, not done at the meeting the report is about; so is any act the sentence
    /// dates back from the report ("In the past twelve months three States Parties have told us", "Switzerland
    /// announced the completion in March this year"), and so is one told in the present perfect ("Tonga has asked for
    /// help"), unless it names the meeting.
    /// </summary>
    private static bool Recalled(ReadOnlySpan<char> sentence, CueMatch cue, int reportYear, bool meetingNamed)
    {
        if (meetingNamed)
        {
            return false;
        }

        // "Norway has presented its plan to the support unit": done some time before, not at the meeting. "The following
        // have signed the Declaration here: Chile and Peru" is a list's introduction, which says what its names did there.
        if (JustBefore(PerfectBefore, sentence, cue.Index) && !(sentence[cue.Index..].StartsWith("sign", StringComparison.OrdinalIgnoreCase) && sentence[cue.End..].Contains(':')))
        {
            return true;
        }

        return RecallableAct.IsMatch(sentence.Slice(cue.Index, cue.End - cue.Index))
            ? Recalled(sentence, reportYear)
            : PastTimeOfAct(sentence, cue.Index, cue.End);
    }

    /// <summary>
    /// Whether a time counted back from the report (<see cref="PastTime"/>) is the act's own, in its clause: not "the
    /// delegations of Nauru ..., each of which has joined in the past twelve months", welcomed at the meeting.
    /// </summary>
    /// <param name="start">Where the act's cue starts in <paramref name="sentence"/>.</param>
    /// <param name="end">Where it ends.</param>
    private static bool PastTimeOfAct(ReadOnlySpan<char> sentence, int start, int end)
    {
        foreach (var time in PastTime.EnumerateMatches(sentence))
        {
            // A time after the act is its own up to the next comma ("signed late on Wednesday, a decision campaigners had
            // not expected a week earlier"); one before it may be fronted ("In the past twelve months, three States ...").
            var after = time.Index >= end;
            var (from, to) = after ? (end, time.Index) : (time.Index + time.Length, start);
            if (from <= to && !AnotherClause.IsMatch(sentence[from..to]) && !(after && sentence[from..to].Contains(',')) && !InAsideBefore(sentence, time.Index, start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A time inside a relative aside that closes before the act: "Norway, which launched the process last year, said".</summary>
    private static bool InAsideBefore(ReadOnlySpan<char> sentence, int at, int act) => AsideHolding(sentence, at) is { } aside && aside.End <= act;

    /// <summary>The relative aside set off by commas (", which hosted the Conference,") that holds <paramref name="at"/>, if any.</summary>
    private static (int Start, int End)? AsideHolding(ReadOnlySpan<char> sentence, int at)
    {
        foreach (var aside in RelativeAside.EnumerateMatches(sentence))
        {
            if (aside.Index <= at && at < aside.Index + aside.Length)
            {
                return (aside.Index, aside.Index + aside.Length);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the sentence names a meeting outside its relative asides: "Switzerland, which was chosen to preside over
    /// the Second Review Conference, said it was alarmed" speaks from home; the meeting is the aside's. "The meeting" in an
    /// aside is the one the sentence is at ("Mexico, which presided over the meeting, and several delegations said").
    /// </summary>
    private static bool MeetingOutsideAsides(ReadOnlySpan<char> sentence)
    {
        if (!MeetingReferences.In(sentence))
        {
            return false;
        }

        var from = 0;
        foreach (var aside in RelativeAside.EnumerateMatches(sentence))
        {
            var inAside = sentence.Slice(aside.Index, aside.Length);
            if (MeetingReferences.In(sentence[from..aside.Index]) || (MeetingReferences.In(inAside) && !MeetingReferences.NamedIn(inAside)))
            {
                return true;
            }

            from = aside.Index + aside.Length;
        }

        return from == 0 || MeetingReferences.In(sentence[from..]);
    }

    /// <summary>A meeting named in the relative aside that holds the cue: "Lao PDR, which attended the First Meeting as an observer,".</summary>
    private static bool MeetingInAsideOf(ReadOnlySpan<char> sentence, int cue) =>
        AsideHolding(sentence, cue) is { } aside && MeetingReferences.In(sentence[aside.Start..aside.End]);

    /// <summary>
    /// A sentence that names its meeting only in a relative clause on a later state of its list: "States Parties that
    /// have fulfilled their obligations: Albania, ... and Bosnia and Herzegovina, which announced completion at the
    /// Eleventh Meeting". The meeting is that state's, not the rest of the list's.
    /// </summary>
    private static bool MeetingOfAnother(string text, Fact f, List<Mention> mentions)
    {
        var sentence = text.AsSpan(f.Sentence.Start, f.Sentence.Length);
        var meeting = MeetingReferences.FirstIn(sentence);
        if (meeting < 0)
        {
            return false;
        }

        var relative = -1;
        foreach (var r in RelativeOpening.EnumerateMatches(sentence[..meeting]))
        {
            relative = f.Sentence.Start + r.Index;
        }

        return relative > f.Mention.End && mentions.Exists(m => m.Span.Start > f.Mention.End && m.Span.End <= relative);
    }

    /// <summary>A relative clause set off by its comma: ", which", ", who".</summary>
    [GeneratedRegex(@",\s*(?:which|who|whose)\b", Options)]
    private static partial Regex RelativeOpening { get; }

    /// <summary>
    /// A stance, pledge or report done before the meeting its sentence is about: dated to a year before the report, or
    /// back from it in its own clause, as a speaking cue is (<see cref="Recalled(ReadOnlySpan{char}, CueMatch, int, bool)"/>).
    /// </summary>
    private static bool RecalledAct(string text, Fact f, int reportYear)
    {
        var sentence = text.AsSpan(f.Sentence.Start, f.Sentence.Length);
        return f.Cue.Start < f.Sentence.Start || f.Cue.End > f.Sentence.End
            ? Recalled(sentence, reportYear)
            : EarlierYear(sentence, reportYear) || PastTimeOfAct(sentence, f.Cue.Start - f.Sentence.Start, f.Cue.End - f.Sentence.Start);
    }

    /// <summary>What puts a time in another clause than the act: a relative or subordinate clause's opening word, ";" or ":".</summary>
    [GeneratedRegex(@"[;:]|\b(?:which|who|whom|whose|that|when|while|whereas|although|though|but|since|after|before|because|until)\b", Options)]
    private static partial Regex AnotherClause { get; }

    /// <summary>The present perfect before a cue: "has presented", "have repeatedly asked", "has since reported".</summary>
    [GeneratedRegex(@"\b(?:has|have)\s+(?:(?:already|earlier|previously|long|all|both|also|repeatedly|since|now|publicly|consistently|not|never|each)\s+)?$", Options)]
    private static partial Regex PerfectBefore { get; }

    /// <summary>
    /// Whether <paramref name="pattern"/>, anchored at its end, matches the words just before <paramref name="at"/>: an
    /// auxiliary ("had", "has repeatedly"), an intention ("will") or an object's preposition, which sit within a few words.
    /// </summary>
    private static bool JustBefore(Regex pattern, ReadOnlySpan<char> text, int at) =>
        pattern.IsMatch(text.Slice(Math.Max(0, at - JustBeforeReach), Math.Min(JustBeforeReach, at)));

    private const int JustBeforeReach = 40;

    /// <summary>"The states that had signed in Oslo were praised": an act done before the meeting the sentence is about.</summary>
    [GeneratedRegex(Attended.HadDone + "$", Options)]
    private static partial Regex HadDone { get; }

    [GeneratedRegex(Attended.AtTheMeeting, Options | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex AtTheMeeting { get; }

    /// <summary>
    /// Whether the sentence dates what it says to before the report: to an earlier year, or back from it ("last year",
    /// "in the past twelve months", "since we last met", "in March this year").
    /// </summary>
    private static bool Recalled(ReadOnlySpan<char> sentence, int reportYear) => PastTime.IsMatch(sentence) || EarlierYear(sentence, reportYear);

    /// <summary>Whether the sentence names a year before the report's (none is when the report has no year).</summary>
    private static bool EarlierYear(ReadOnlySpan<char> sentence, int reportYear)
    {
        if (reportYear == 0)
        {
            return false;
        }

        foreach (var m in Year.EnumerateMatches(sentence))
        {
            if (int.Parse(sentence.Slice(m.Index, m.Length), System.Globalization.CultureInfo.InvariantCulture) < reportYear)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^(?:signed|endorsed)\b", Options)]
    private static partial Regex RecallableAct { get; }

    /// <summary>A time counted back from the report's own: "last September", "over the past year", "in March this year".</summary>
    [GeneratedRegex(
        @"\b(?:last\s+(?:year|month|week|spring|summer|autumn|winter|" + DateWords.Month + @")"
        + @"|(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+(?:[\w-]+\s+)?(?:years?|months?|weeks?)"
        + @"|since\s+(?:we\s+last\s+met|(?:the|our)\s+(?:last|previous)\s+(?:meeting|conference|session))"
        + @"|earlier\s+this\s+year"
        + @"|(?:" + DateWords.Month + @")\s+(?:of\s+)?(?:this|last)\s+year)\b",
        Options)]
    private static partial Regex PastTime { get; }

    /// <summary>
    /// A signing conference or ceremony, named in a document's title or opening ("Signing Conference for the Convention");
    /// not one the text dates something by ("the busiest week since the Oslo signing ceremony").
    /// </summary>
    [GeneratedRegex(@"(?<!\b(?:since|after|before|until)\s+(?:the\s+)?(?:[\w-]+\s+)?)\bsigning\s+(?:conference|ceremony)\b|\b(?:conference|ceremony)\s+(?:for|of)\s+(?:the\s+)?signing\b|\bopened\s+for\s+signature\b", Options)]
    private static partial Regex SigningMeeting { get; }

    [GeneratedRegex(@"\b(?:19|20)\d\d\b", RegexOptions.CultureInvariant)]
    private static partial Regex Year { get; }

    /// <summary>
    /// "Ghana backed the Wellington Declaration" is an endorsement and not also a stance: a position cue that starts
    /// where an endorsement cue does says nothing more.
    /// </summary>
    private static bool EndorsesOnly(CueMatch cue, List<CueMatch> cues) =>
        cue.Rule.Kind == FactKind.Position && cues.Exists(c => c.Rule.Kind == FactKind.Endorsed && c.Index == cue.Index);

    /// <summary>Fewer states than this attending in one sentence is not the meeting's list of participants.</summary>
    private const int MinimumParticipants = 3;

    /// <summary>
    /// The state a document is about, whose clauses need not name it ("Status: State Party", "Ratification followed on
    /// 4 May 2010"): the only state its first heading names, not as a place, if no other state is named more often in
    /// it. Lines before that heading that name no state (a source line, a date, a kicker) are passed over.
    /// </summary>
    private static Mention? FocusState(ExtractionContext context, Dictionary<TextSpan, List<Mention>> bySentence)
    {
        foreach (var sentence in context.Sentences.Take(MaximumLeadingLines + 1))
        {
            var line = sentence.Of(context.Text);
            if (bySentence.GetValueOrDefault(sentence) is not { Count: > 0 } named)
            {
                if (line.Contains('\n') || line.AsSpan().Trim().Length > MaximumLeadingLine)
                {
                    return null; // a paragraph, not a line above the heading
                }

                continue;
            }

            // A heading that names its state as a place ("65 nations gather in Peru", "a survivor from Italy") is not about it.
            var at = named[0].Span.Start - sentence.Start;
            if (named.Select(m => m.State).Distinct().Count() != 1 || !IsHeading(line) || JustBefore(ObjectMarker, line, at))
            {
                return null;
            }

            var counts = context.Mentions.CountBy(m => m.State).ToList();
            var most = counts.Max(c => c.Value);
            return counts.Single(c => c.Key == named[0].State).Value == most ? named[0] : null;
        }

        return null;
    }

    /// <summary>
    /// A paragraph's label: the sentence is a state's name alone, after a bullet at most and with a note in brackets at
    /// most ("Canada.", "Djibouti (signed 30 July 2010).").
    /// </summary>
    private static bool IsLabel(ReadOnlySpan<char> sentence, int start, int end) =>
        sentence[..start].Trim(" \t\r\n*-•").IsEmpty && LabelEnd.IsMatch(sentence[end..]);

    [GeneratedRegex(@"^\s*(?:\([^()\n]{0,60}\))?\s*[.:]?\s*$", Options)]
    private static partial Regex LabelEnd { get; }

    /// <summary>
    /// A paragraph's label set off by a dash before its first words: "BOTSWANA - Declared a small stockpile ...", whose
    /// next sentences ("Destruction was completed on 18 September 2018") are about it too.
    /// </summary>
    private static bool IsDashLabel(ReadOnlySpan<char> sentence, int start, int end) =>
        sentence[..start].Trim(" \t\r\n*•").IsEmpty && DashAfterLabel.IsMatch(sentence[end..]);

    [GeneratedRegex(@"^[ \t]+[-–—][ \t]+\p{L}", RegexOptions.CultureInvariant)]
    private static partial Regex DashAfterLabel { get; }

    /// <summary>
    /// Names placed in the group the sentence before counted: "Britain was among them.", "Britain was among them, after
    /// days in which ...", "Chile and Peru were also among those."
    /// </summary>
    [GeneratedRegex(@"\G\s*(?:is|are|was|were)\s+(?:also\s+|both\s+|all\s+)?among\s+(?:them|these|those)\b(?=\s*(?:[,;.]|$))", Options)]
    private static partial Regex AmongThem { get; }

    /// <summary>
    /// A list's names before a relative clause on its last one ("Among them were the UK, Germany and France, which argued
    /// that ..."), and where the clause starts (the sentence's end if there is none): the clause says what they did besides.
    /// </summary>
    private static (int Cut, List<Mention> Items) ItemsBeforeClause(string sentence, int from, int offset, List<Mention> named) =>
        ListClause.Match(sentence, from) is { Success: true } clause
            ? (clause.Index, named.FindAll(m => m.Span.End - offset <= clause.Index))
            : (sentence.Length, named);

    [GeneratedRegex(@",\s*(?:all\s+of\s+(?:which|whom)|which|who|whose)\b", Options)]
    private static partial Regex ListClause { get; }

    /// <summary>
    /// The colon after a state's name that opens its line, before words of its own ("- Sweden: instrument of ratification
    /// to be deposited"), or null: a line that does not open with the name, or a colon that opens a list of names.
    /// </summary>
    private static TextSpan? HeadingColon(string text, List<Mention> named)
    {
        var first = named[0].Span;
        var at = first.Start;
        while (at > 0 && text[at - 1] is ' ' or '\t' or '*' or '-' or '•')
        {
            at--; // back over the bullet only, not over a long line
        }

        if ((at > 0 && text[at - 1] != '\n') || NameHeading.Match(text, first.End) is not { Success: true } colon)
        {
            return null;
        }

        var words = colon.Index + colon.Length;
        return named.Count > 1 && named[1].Span.Start == words ? null : new TextSpan(colon.Index, words);
    }

    /// <summary>A colon right after a name (a note in brackets between at most), then a word on the same line.</summary>
    [GeneratedRegex(@"\G[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?:[ \t]+(?=\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex NameHeading { get; }

    /// <summary>A label's note that is a date alone: "Cyprus (23 September 2009).".</summary>
    [GeneratedRegex(@"^\s*\(\s*(?:" + RowDate + @")\s*\)\s*[.:]?\s*$", Options)]
    private static partial Regex DatedLabel { get; }

    /// <summary>How many lines naming no state may come before a document's heading, and how long each may be.</summary>
    private const int MaximumLeadingLines = 3;

    private const int MaximumLeadingLine = 200;

    /// <summary>A title or heading line: short, and not ended like a sentence ("United Kingdom", "IRAQ - country update").</summary>
    private static bool IsHeading(string sentence)
    {
        var trimmed = sentence.AsSpan().Trim();
        return trimmed.Length is > 0 and <= MaximumHeading && trimmed[^1] is not ('.' or '!' or '?');
    }

    private const int MaximumHeading = 120;

    /// <summary>"Malawi lodged its instrument on 7 October and Macedonia followed on 8 October": the same act again.</summary>
    private static IEnumerable<Fact> FollowedSuit(SentenceView view, List<CueMatch> cues, List<Fact> facts)
    {
        foreach (Match m in Followed.Matches(view.Text))
        {
            foreach (var earlier in cues.Where(c => c.End <= m.Index && !c.Rule.IsRole).DistinctBy(c => c.Rule))
            {
                if (!FiredAt(facts, view.Span, view.Span.Start + earlier.Index))
                {
                    continue;
                }

                var followed = new CueMatch(earlier.Rule, m.Index, m.Length);
                var cueSpan = new TextSpan(view.Span.Start + m.Index, view.Span.Start + m.Index + m.Length);
                foreach (var fact in FactsAt(earlier.Rule, view, cueSpan, m.Index, view.Actors(followed)))
                {
                    yield return fact;
                }
            }
        }

        // "Ireland ratified on 3 December 2008, as did Norway and Sierra Leone": the nearest act before, by the list after.
        foreach (Match m in AsDid.Matches(view.Text))
        {
            if (NearestAct(view, cues, facts, m.Index) is not { } act)
            {
                continue;
            }

            // "Ireland signed it and deposited its instrument; so did Norway": every act of the nearest act's actor.
            var actors = ActorsOf(facts, view.Span, view.Span.Start + act.Index);
            var cueSpan = new TextSpan(view.Span.Start + m.Index, view.Span.Start + m.Index + m.Length);
            var list = view.ListAt(m.Index + m.Length).ToList();
            // Attendance is not carried: "signed" is an attended cue too, and whether it places its actor at a meeting is
            // decided for the whole document later.
            foreach (var c in cues.Where(c => c.End <= m.Index && !c.Rule.IsRole && (c == act || c.Rule.Kind != FactKind.Attended)
                && ActorsOf(facts, view.Span, view.Span.Start + c.Index).Overlaps(actors)).DistinctBy(c => c.Rule))
            {
                foreach (var fact in FactsAt(c.Rule, view, cueSpan, m.Index, list))
                {
                    yield return fact;
                }
            }
        }
    }

    /// <summary>
    /// The act repeated for the states after it: "as did Mexico", "so have Chile and Peru", "as are Lebanon and Chile";
    /// in turn: "Lao PDR hosted the first in 2010, followed by Lebanon in Beirut".
    /// </summary>
    [GeneratedRegex(@"\b(?i:as|so)\s+(?:did|had|have|has|does|do|is|are|was|were)\b(?:\s+(?:also|too))?|(?<=,\s*)(?i:(?:then\s+|soon\s+|closely\s+|quickly\s+)?followed\s+by)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AsDid { get; }

    /// <summary>
    /// "Niue acceded on 6 August 2020 and Saint Lucia on 15 September 2020": a second actor with a date of its own and no
    /// verb does the nearest act before it.
    /// </summary>
    private static IEnumerable<Fact> Gapped(SentenceView view, List<CueMatch> cues, List<Fact> facts)
    {
        foreach (var (first, last) in view.Lists)
        {
            var start = view.Start(view.Mentions[first]);
            var end = view.End(view.Mentions[last]);
            if (!GapBefore.IsMatch(view.Text.AsSpan(Math.Max(0, start - GapReach), Math.Min(GapReach, start))) || !GapAfter.IsMatch(view.Text.AsSpan(end)))
            {
                continue;
            }

            if (NearestAct(view, cues, facts, start) is { } act && !DeniedItem.IsMatch(view.Text.AsSpan(act.End, start - act.End)))
            {
                var cueSpan = new TextSpan(view.Span.Start + act.Index, view.Span.Start + act.End);
                foreach (var fact in FactsAt(act.Rule, view, cueSpan, act.Index, view.Mentions[first..(last + 1)]))
                {
                    yield return fact;
                }
            }
        }
    }

    private const int GapReach = 12;

    /// <summary>Before a name whose verb is gapped: "..., and Italy in October"; after a dated one, a comma is enough
    /// ("Japan finished in February 2015, Sweden in April 2015").</summary>
    [GeneratedRegex(@"(?:,\s*|\s)(?:and|while|whereas)\s+(?:the\s+)?$|\b\d{4}\s*,\s*(?:(?:and|while|whereas)\s+)?(?:the\s+)?$", Options)]
    private static partial Regex GapBefore { get; }

    /// <summary>After it, the date that stands for its clause: "in April 2015", "at the end of October 2015".</summary>
    [GeneratedRegex(@"^\s+(?:on|in|(?:at\s+the\s+(?:end|start|beginning)|in\s+the\s+(?:first|second)\s+half)\s+of)\s+(?:\d|(?-i:(?:" + DateWords.Month + @")\b))", Options)]
    private static partial Regex GapAfter { get; }

    /// <summary>The act (not a role) whose cue ends nearest before <paramref name="before"/> and gave the sentence a fact, if any.</summary>
    private static CueMatch? NearestAct(SentenceView view, List<CueMatch> cues, List<Fact> facts, int before)
    {
        CueMatch? nearest = null;
        foreach (var c in cues)
        {
            if (c.End <= before && !c.Rule.IsRole && (nearest is null || c.End > nearest.Value.End) && FiredAt(facts, view.Span, view.Span.Start + c.Index))
            {
                nearest = c;
            }
        }

        return nearest;
    }

    /// <summary>The states the cue at <paramref name="cueAt"/> gave a fact of <paramref name="sentence"/> to.</summary>
    private static HashSet<Iso3> ActorsOf(List<Fact> facts, TextSpan sentence, int cueAt)
    {
        var actors = new HashSet<Iso3>();
        for (var i = facts.Count - 1; i >= 0 && facts[i].Sentence == sentence; i--)
        {
            if (facts[i].Cue.Start == cueAt)
            {
                actors.Add(facts[i].State);
            }
        }

        return actors;
    }

    /// <summary>
    /// Whether a fact of <paramref name="sentence"/> has its cue at <paramref name="cueAt"/>. The sentence's facts are the
    /// last ones added, so only they are looked at: a check over every fact would grow with the document.
    /// </summary>
    private static bool FiredAt(List<Fact> facts, TextSpan sentence, int cueAt)
    {
        for (var i = facts.Count - 1; i >= 0 && facts[i].Sentence == sentence; i--)
        {
            if (facts[i].Cue.Start == cueAt)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A verb that repeats the act before it in the sentence: "followed suit", "did the same", "did so", or "finished" with
    /// no object of its own ("Peru completed the destruction of its stocks, and Slovakia finished earlier that year"; not
    /// "would be finished").
    /// </summary>
    [GeneratedRegex(
        @"\bfollowed\s+(?:suit\b|(?:on|in|by)\s+(?:\d|[A-Z])|(?:shortly|soon|later|closely)\b|the\s+next\s+(?:day|week|month)\b|a\s+(?:day|week|month|year)\s+later\b)"
        + @"|\b(?:did|had\s+done|has\s+done|have\s+done)\s+(?:the\s+same|so|likewise)\b"
        + @"|(?<!\b(?:be|been|being|to|will|would)\s+)\b(?:finished|completed)(?=\s+(?:earlier|later|last|this|that|ahead|before|in\s+(?:\d|(?-i:[A-Z]))|on\s+\d)\b|\s*[.;)])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Followed { get; }

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
                // "To" before a role is a preposition ("grateful to the States Parties"), not an intention.
                var kind = rule.Kind == FactKind.Ratified && !rule.IsRole && IsIntention(view.Text, cueIndex) ? FactKind.RatificationProgress : rule.Kind;
                var (issue, stance) = kind == FactKind.Position ? view.PositionOf(view.Clause(cueIndex)) : (null, null);
                reading = (kind, issue, stance);
            }

            var (k, i, st) = reading.Value;
            yield return new Fact(k, actor.State, view.Span, actor.Span, cueSpan, i, st);
        }
    }

    [GeneratedRegex(@"\b(?:not|never|no|neither|nor|none)\b|n't\b", Options)]
    private static partial Regex DeniedItem { get; }

    /// <summary>The kinds whose cues <paramref name="item"/> names.</summary>
    private static HashSet<FactKind> KindsNamed(string item)
    {
        var found = new List<CueMatch>();
        Cues.Find(item, found);
        return [.. found.Select(c => c.Rule.Kind)];
    }

    /// <summary>
    /// A role that is a status ("signatories", "States Parties"), which a denial of another act leaves standing; not a
    /// donor's, which is an act of giving that any denial before it holds back ("has never received funds from donors
    /// such as A").
    /// </summary>
    private static bool IsStatusRole(FactRule rule) => rule.IsRole && rule.Kind != FactKind.Pledged;

    /// <summary>A hedge or denial in a list's item; not "No." numbering a law or a document ("Law No. 95").</summary>
    private static bool IsHedged(string item) => NotStatedAsDone.IsMatch(item) && NotStatedAsDone.IsMatch(Numbered.Replace(item, "#"));

    [GeneratedRegex(@"\bNo\.?\s*(?=\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Numbered { get; }

    /// <summary>
    /// A heading over a list, without a colon: one line of a few words with no closing punctuation ("A. Signatory
    /// States participating as observers" over a name per line).
    /// </summary>
    private static bool IsHeadingLine(ReadOnlySpan<char> sentence)
    {
        sentence = sentence.TrimEnd();
        if (sentence.IsEmpty || sentence.Length > MaxHeadingLineLength || sentence.Contains('\n') || sentence[^1] is '.' or ',' or ';' or '!' or '?' or ':')
        {
            return false;
        }

        return HeadingWords(sentence) - (HeadingLabel.IsMatch(sentence) ? 1 : 0) <= MaxHeadingLineWords;
    }

    /// <summary>A heading's letter or number ("B. ", "(c) ", "IV. ", "2) "): no word of the heading.</summary>
    [GeneratedRegex(@"^\s*(?:\(?[a-z]\)|[A-Z]\.|\d{1,2}[.)]|[IVX]{1,4}\.)\s", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingLabel { get; }

    private const int MaxHeadingLineWords = 10;

    /// <summary>Characters: ten words of a heading fit in this; a longer line is not read word by word.</summary>
    private const int MaxHeadingLineLength = 160;

    /// <summary>
    /// A heading written as a title ("(a) Signatory States", "EUROPE (32)"): its words, outside parentheses, are
    /// capitalised, unlike an introduction's sentence ("The following states signed:").
    /// </summary>
    private static bool IsTitle(ReadOnlySpan<char> line)
    {
        if (!IsHeadingLine(line))
        {
            return false;
        }

        var depth = 0;
        for (var i = 0; i < line.Length; i++)
        {
            depth += line[i] == '(' ? 1 : line[i] == ')' ? -1 : 0;
            if (depth == 0 && char.IsLower(line[i]) && (i == 0 || !char.IsLetter(line[i - 1]))
                && i + 3 < line.Length && char.IsLetter(line[i + 1]) && char.IsLetter(line[i + 2]) && char.IsLetter(line[i + 3]))
            {
                return false; // a lower-case word of four letters or more: not a title's function word
            }
        }

        return true;
    }

    [GeneratedRegex(@"\b(?:in|to|for|towards|among)\s+(?:the\s+)?following\b", Options)]
    private static partial Regex Recipients { get; }

    /// <summary>
    /// "The following" as the subject of the act, a list to come though the sentence ends in a full stop: "In accordance
    /// with rule 1, the following took part in the Meeting as observers." Not a time ("the following day") nor an
    /// object ("in the following countries").
    /// </summary>
    [GeneratedRegex(@"(?<!\b(?:in|to|for|towards|among|of|on|by|at|with|from)\s+)\bthe\s+following\s+(?!(?:day|days|week|weeks|month|months|year|years|morning|afternoon|evening|session|meeting|decade)\b)(?:[\w-]+\s+){0,4}?(?:took|have|has|had|were|was|are|participated|attended|signed|ratified|acceded|endorsed|joined|made|delivered|spoke|registered)\b", Options)]
    private static partial Regex FollowingActs { get; }

    /// <summary>
    /// An introduction joined to its list's first line ("The following States Parties met their deadline:\n   Lao PDR"):
    /// the lines after it are items too.
    /// </summary>
    private static bool EndsInListLine(string text, TextSpan sentence, List<Mention> named)
    {
        var colon = named.Count == 0 ? -1 : text.AsSpan(sentence.Start, sentence.Length).LastIndexOf(":\n", StringComparison.Ordinal);
        if (colon < 0 || named[^1].Span.Start - sentence.Start < colon)
        {
            return false;
        }

        var rest = sentence.Start + colon + 2;
        return IsBareList(text[rest..sentence.End], rest, named.FindAll(m => m.Span.Start >= rest));
    }

    /// <summary>A heading's line without the rule of dashes under it ("AFRICA (34)" over "-----------").</summary>
    private static ReadOnlySpan<char> WithoutRule(ReadOnlySpan<char> sentence)
    {
        var trimmed = sentence.TrimEnd();
        var nl = trimmed.LastIndexOf('\n');
        return nl > 0 && SentenceSplitter.IsRule(trimmed[(nl + 1)..]) ? trimmed[..nl] : sentence;
    }

    /// <summary>A heading's words: without a rule under it or a colon after it.</summary>
    private static ReadOnlySpan<char> HeadingText(ReadOnlySpan<char> sentence) => WithoutRule(sentence).TrimEnd().TrimEnd(':');

    /// <summary>
    /// A heading inside a list that groups its names without stating an act of its own ("AFRICA (34)", "Europe" between
    /// the regions of "The following states signed:"): the list goes on under it. A heading with a cue or a denial
    /// ("Observers", "Not yet ratified") starts something else.
    /// </summary>
    private static bool IsSubheading(ReadOnlySpan<char> sentence)
    {
        var line = HeadingText(sentence);
        if (SentenceSplitter.IsRule(line))
        {
            return true; // a rule line on its own
        }

        if (!IsHeadingLine(line) || (DeniedItem.IsMatch(line) && !OutsideGroup.IsMatch(line)))
        {
            return false;
        }

        // Nor is a heading that names an act, even one it defers ("Where accession is under way"): it ends the list.
        return !HasCue(line, HeadingCues) && !HasCue(line, Cues);
    }

    /// <summary>
    /// A sentence that announces a list or table to come without a colon: "The table lists every state that signed",
    /// "The states that ratified are listed below"; or a caption that only describes the states under it, with no verb
    /// of its own: "States that signed the Convention in Oslo on the opening day, grouped by region."; or one that names
    /// the states to come as "the following" and ends without the colon that would open a list.
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:table|list|annex|chart)\s+(?:below\s+)?(?:lists|shows|gives|names|sets\s+out|records|contains)|(?:listed|set\s+out|shown|given|named)\s+below|the\s+following\s+(?:table|list)|as\s+follows)\b"
        + @"|^\W*(?:the\s+)?(?:states|countries|governments)\s+(?:that|which|who)\s(?![^.]*\b(?:must|shall|should|will|would|may|might|can|could|are|is|were|was|have\s+to|include|included)\b)"
        + @"|^\W*the\s+following\s+(?:[\w-]+\s+)?(?:states|countries|governments|delegations)\b(?![^:]*:\W*$)", Options)]
    private static partial Regex ForwardReference { get; }

    /// <summary>
    /// A line is the caption of a table that starts within a few lines under it ("Signatures by region, 3 December 2008"
    /// over "REGION  NO.  STATES"); not of a grid of names, whose first line is no heading.
    /// </summary>
    private static bool Captions(List<PlainTextTable> tables, TextSpan line, List<Mention> mentions)
    {
        // The first table after the line is the only one it can caption.
        var next = InTextOrder.FirstFrom(tables, line.End, t => t.Lines[0]);
        return next < tables.Count && tables[next].Lines[0] - line.End <= CaptionGap && !tables[next].Headings.Any(h => Within(mentions, h).Any());
    }

    /// <summary>Characters between a caption and its table: a blank line or two, a line of notes.</summary>
    private const int CaptionGap = 120;

    /// <summary>
    /// A list of names that points back to the act of the sentence before it: "They include Australia, Austria, ...",
    /// "Among them were Ghana and Peru", "Among them: Chad", "Those who did so included Chile", "That group includes
    /// Albania" (after "joins a small group of States Parties that have completed clearance"); "the others" who did it
    /// are not the state the sentence before names ("New Zealand was the first to subscribe. The others who did so ..."),
    /// and those who "followed" did what the ones before them did ("Four ratified at the ceremony. They were followed
    /// during 2009 by Austria, Mexico"); "Yes, twelve:" answers the question before it. An order may come first ("In order
    /// of adoption they are the following:").
    /// </summary>
    [GeneratedRegex(
        @"^\W*(?:in\s+(?:(?:the\s+)?order\s+of\s+[\w\s]{1,30}?|(?:alphabetical|chronological|date)\s+order),?\s+(?=(?:they|these|those)\b))?" // "In order of adoption they are"
        + @"(?:(?<followed>(?:they|it|these|those|he|she|this)\s+(?:was|were)\s+(?:soon\s+|then\s+|quickly\s+)?followed\b[^.;:]{0,60}?\bby)" // "They were followed during 2009 by"
        + @"|(?:(?:they|these|those|among\s+(?:them|these|those)|the\s+(?<others>others)|(?:that|this|the)\s+(?:group|list|club|circle)(?:\s+(?:now|already|so\s+far))?)" // "The others are Austria and Mexico", "That group includes ..."
        + @"|the\s+(?<count>" + Count + @")(?:\s+(?:states|countries|signatories))?" // "The thirteen are: ..."
        + @"|[^.;:]{0,80}?\b(?:adds?|added|lists?|listed|names?|named)\s+(?:" + Count + @"\s+)?(?<more>more|others|further)\b[^.;:]{0,20}?,?" // "adds three more, namely"
        + @"|(?:the\s+(?<more>others)|those|the\s+(?:states|countries|governments))\s+(?:who|that|which)\s+(?<did>did\s+(?:so|the\s+same))\b[^.;:]{0,60}?" // "The others who did so during the conference included"
        + @"|the\s+(?:newcomers|latecomers|new\s+(?:ones|members|arrivals))(?:\s+(?:that|who|which|we|I)\b[^.;:]{0,60}?)?" // "The newcomers we have confirmed are"
        + @"|(?:the\s+ones|those)\s+(?:that|who|which|we|I)\s+(?!did\b)[^.;:]{0,60}?|the\s+(?:states|countries|governments|delegations|nations)\s+(?:that|who|which)\s+(?!did\b)[^.;:]{0,60}?" // "The ones we could confirm were", "Those we could confirm include"
        + @")\s+(?:include[ds]?|included|are|were|comprised?|comprises|namely)\b"
        + @"|among\s+(?:them|these|those)(?=\s*:)" // "Among them: Albania, Chad"
        + @"|(?<did>so)\s+(?:too\s+)?(?:are|were|is|was)\b" // "Croatia is a State Party. So are Montenegro and Albania."
        + @"|(?<answer>(?:a(?:nswer)?\s*:\s*)?(?:yes\b[^.;:?]{0,30}?|" + Count + @"))(?=\s*:))" // "Q: Did any sign but never ratify? A: Yes, twelve: ...", "A: Twelve: ..."
        + @"(?:\W*(?:in\s+alphabetical\s+order|alphabetically|by\s+region|for\s+example|for\s+instance|among(?:st)?\s+others|inter\s+alia|the\s+following)\b)?\W*", // "They included, in alphabetical order:", "They are the following:", "They included, among others:"
        Options)]
    private static partial Regex ReferringList { get; }

    /// <summary>The sentence among the few before <paramref name="at"/> that states <paramref name="count"/>, if any.</summary>
    private static TextSpan? Counted(List<TextSpan> sentences, int at, string count, string text)
    {
        var stated = new Regex(@"\b" + Regex.Escape(count) + @"\b", Options); // rare: only after "The thirteen are"
        for (var k = at - 1; k >= Math.Max(0, at - 4); k--)
        {
            if (stated.IsMatch(text.AsSpan(sentences[k].Start, sentences[k].Length)))
            {
                return sentences[k];
            }
        }

        return null;
    }

    /// <summary>After a state's name, the act its label names: ": ratification (28 April 2010)", ": signature".</summary>
    [GeneratedRegex(@"\G\s*:\s*(?<act>ratifications?|accessions?|signatures?)\b\s*(?:\([^()]{0,40}\))?\s*\.?\s*$", Options)]
    private static partial Regex LabelledAct { get; }

    [GeneratedRegex(@"\b" + Count + @"\b", Options)]
    private static partial Regex CountWord { get; }

    /// <summary>A count in words or digits: "thirteen", "12", "twenty-one".</summary>
    private const string Count = @"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|\w+ty-\w+)";

    /// <summary>
    /// A line of a list's row without a name: its number or its date, split off by leader dots or columns ("1.", "29 June
    /// 2011", "2006 (the first national law)"). A note on the row is the row's, not a heading over the rows after it.
    /// </summary>
    [GeneratedRegex(@"^(?=\D*\d)(?:[\s\d.,;:()\[\]/–—-]|" + RowDate + @")*(?:\([^()\n]{1,80}\)\W*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex RowFragment { get; }

    /// <summary>
    /// Names come under sentence <paramref name="i"/>: on the next line (after a row's number), or under a group's label
    /// there ("Signatories, by region" over "AFRICA (32)" over "- Angola").
    /// </summary>
    private static bool NamesUnder(string text, List<TextSpan> sentences, int i, Dictionary<TextSpan, List<Mention>> bySentence)
    {
        var next = i + 1;
        while (next < sentences.Count && (RowFragment.IsMatch(Line(next)) || SentenceSplitter.IsNote(Line(next))))
        {
            next++; // "1." before "Angola"; "(name of the law and year of adoption)" under a heading
        }

        return next < sentences.Count
            && (IsNameLine(text, sentences[next], bySentence)
                || (next + 1 < sentences.Count && !bySentence.ContainsKey(sentences[next]) && IsSubheading(sentences[next].Of(text)) && IsNameLine(text, sentences[next + 1], bySentence)));

        ReadOnlySpan<char> Line(int k) => text.AsSpan(sentences[k].Start, sentences[k].Length);
    }

    private static bool IsNameLine(string text, TextSpan sentence, Dictionary<TextSpan, List<Mention>> bySentence) =>
        bySentence.GetValueOrDefault(sentence) is { Count: > 0 } named && IsBareList(sentence.Of(text), sentence.Start, named);

    /// <summary>Just before a role, these deny it: "Non-signatory", "not a State Party".</summary>
    [GeneratedRegex(@"(?:\bnon-?\s*|\bnot\s+(?:yet\s+)?(?:a\s+|an\s+)?)$", Options | RegexOptions.RightToLeft)]
    private static partial Regex RoleNegated { get; }

    /// <summary>Whether the role whose cue starts at <paramref name="cueIndex"/> of the sentence is denied just before it.</summary>
    private static bool RoleDeniedBefore(ReadOnlySpan<char> sentence, int cueIndex) =>
        RoleNegated.IsMatch(sentence.Slice(Math.Max(0, cueIndex - 30), Math.Min(30, cueIndex)));

    /// <summary>
    /// Just before a role, these set its holders apart from the states the sentence is about: "In addition to the States
    /// Parties, the following participated as observers:".
    /// </summary>
    [GeneratedRegex(@"\b(?:in\s+addition\s+to|besides|other\s+than|apart\s+from|except)\s+(?:the\s+|all\s+)?$", Options | RegexOptions.RightToLeft)]
    private static partial Regex RoleSetApart { get; }

    /// <summary>
    /// A list's introduction that points back instead of naming the act: "82 states had subscribed to the Declaration.
    /// They include the following:", "These are:", "Among them:", "Among those we follow most closely:", "They are listed
    /// below by region."; or one that only says how the list is ordered: "Sixteen states have acceded so far. In order of
    /// deposit:".
    /// </summary>
    [GeneratedRegex(@"^\W*(?:(?:they|these|those|among(?:st)?\s+(?:them|these|those)|the\s+list|the\s+" + Count + @")\b(?:[^:.;]{0,60}:|\s+(?:are|were)\s+(?:listed|set\s+out|shown|given|named)\s+below\b[^:.;]{0,40}[.:]?)"
        + @"|(?:in\s+(?:the\s+)?order\s+of\s+[\w\s]{1,30}?|in\s+(?:alphabetical|chronological|date)\s+order|(?:listed\s+|arranged\s+)?by\s+(?:region|date|year)(?:\s+of\s+\w+)?)\s*:)\s*$", Options)]
    private static partial Regex ReferringIntro { get; }

    /// <summary>What a sentence naming no one says the names under it did: signing or endorsing, not a role it names.</summary>
    private static bool IsDescribedAct((FactRule Rule, TextSpan Cue) fired) => !fired.Rule.IsRole && fired.Rule.Kind is FactKind.Signed or FactKind.Endorsed;

    /// <summary>
    /// An act a record states of the names it lists (a legend, a count before "They include ..."): not being at a meeting
    /// or taking a stance, which need the meeting or the words.
    /// </summary>
    private static bool IsRecordedAct(FactKind kind) => kind is not (FactKind.Attended or FactKind.Position);

    /// <summary>
    /// The acts stated as done in <paramref name="sentence"/>, for a list introduced by the sentence after it: not one
    /// held back by a hedge or denial before it. A stance is one too: its words are in that sentence ("Several States
    /// Parties have condemned the transfer. Among them are ..."). A pronoun ("They are", "Among them") points at the
    /// sentence's unnamed group, so not at an act a state named there took (<paramref name="taken"/>: "Zambia, which
    /// holds the presidency, counts itself among ... Among them are ..."); "three more" or "the thirteen" points at
    /// everyone who did it.
    /// Taking part is such an act only in a sentence about a meeting (<paramref name="atMeeting"/>) and not one that "had"
    /// been done before it ("Thirty-nine African states took part. They were: ..."), unless the clause places it there:
    /// "By the close, 82 States had subscribed to the Declaration at the Conference. Those subscribing included: ...".
    /// </summary>
    private static List<(FactRule Rule, TextSpan Cue)> ActsOf(string text, TextSpan sentence, List<Fact>? taken, Func<TextSpan, bool> atMeeting)
    {
        var s = sentence.Of(text);
        var found = new List<CueMatch>();
        Cues.Find(s, found);
        bool TookPartThere(CueMatch c) =>
            c.Rule == Attended.Rule && atMeeting(sentence) && (!JustBefore(HadDone, s, c.Index) || AtTheMeeting.IsMatch(s.AsSpan(c.End)));
        return [.. found.Where(c => (IsRecordedAct(c.Rule.Kind) || c.Rule.Kind == FactKind.Position || TookPartThere(c)) && !DeniedBefore(s, c))
            .Select(c => (c.Rule, Cue: new TextSpan(sentence.Start + c.Index, sentence.Start + c.End)))
            .Where(c => taken?.Exists(f => f.Cue == c.Cue && f.Sentence == sentence) != true)];
    }

    /// <summary>
    /// A row of a table whose own first line ("| State | Signed | Deposited |") is the list's introduction: its columns
    /// say what each row did (<see cref="TableFacts"/>), not the whole line. A first line that names a state is a row.
    /// </summary>
    private static bool UnderOwnHeadings(ExtractionContext context, TextSpan sentence, int intro)
    {
        // Tables do not overlap, so the last one starting at or before the introduction is the only one it can head.
        var at = InTextOrder.LastAtOrBefore(context.Tables, intro, t => t.Lines[0]);
        return at >= 0 && context.Tables[at] is { Rows.Count: > 0 } t
            && t.Rows[0].Span.Start <= sentence.Start && sentence.Start < t.Rows[^1].Span.End && intro < t.Rows[0].Span.Start
            && !Within(context.Mentions, new TextSpan(t.Lines[0], t.Rows[0].Span.Start)).Any();
    }

    /// <summary>A sentence that only counts: "There are twelve.", "Twelve in all."</summary>
    [GeneratedRegex(@"^\W*(?:there\s+(?:are|were|remain)\s+(?:now\s+|still\s+|only\s+|just\s+)?[\w-]+|[\w-]+\s+in\s+all)\W*$", Options)]
    private static partial Regex BareCount { get; }

    /// <summary>
    /// A document's title: its first lines up to the first blank one, if there are at most three and each is short
    /// enough to be a heading ("TECHNICAL NOTE 4/2020" over "Destroying cluster munition stockpiles: methods" over a
    /// date); else its first line, if short enough.
    /// </summary>
    private static ReadOnlySpan<char> TitleBlock(string text)
    {
        var end = 0;
        for (var line = 0; line < TitleLines; line++)
        {
            var next = text.IndexOf('\n', end);
            if (next < 0 || next - end > MaxHeadingLineLength || next == end)
            {
                break;
            }

            end = next + 1;
            if (text.AsSpan(end).TrimStart(' ').StartsWith("\n"))
            {
                return text.AsSpan(0, end);
            }
        }

        return text.IndexOf('\n') is var first and >= 0 and <= MaxHeadingLineLength ? text.AsSpan(0, first) : [];
    }

    private const int TitleLines = 3;

    /// <summary>The subject of a heading or title: stockpiles or clearance when it names one of them alone.</summary>
    private static FactRules.Section SectionOf(ReadOnlySpan<char> heading) =>
        (StockpileHeading.IsMatch(heading), ClearanceHeading.IsMatch(heading)) switch
        {
            (true, false) => FactRules.Section.Stockpiles,
            (false, true) => FactRules.Section.Clearance,
            _ => FactRules.Section.Any,
        };

    [GeneratedRegex(@"\b(?:stockpiles?|stocks?|destruction|destroy\w*|article\s+3)\b", Options)]
    private static partial Regex StockpileHeading { get; }

    [GeneratedRegex(@"\b(?:clearance|clearing|cleared|contaminat\w*|land\s+release|demining|article\s+4)\b", Options)]
    private static partial Regex ClearanceHeading { get; }

    /// <summary>
    /// Whether a word of <see cref="NotStatedAsDone"/> before the cue holds its act back; not one inside a relative
    /// clause on the subject that more words separate from the verb ("Governments that were not in Oslo signed up").
    /// </summary>
    private static bool DeniedBefore(string sentence, CueMatch cue)
    {
        var relative = RelativePronoun.Match(sentence, 0, cue.Index);
        foreach (var word in NotStatedAsDone.EnumerateMatches(sentence.AsSpan(0, cue.End)))
        {
            var end = word.Index + word.Length;
            if (!relative.Success || word.Index < relative.Index || end > cue.Index || VerbAdverbs.IsMatch(sentence.AsSpan(end, cue.Index - end)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the rules hold back this cue of a sentence: a word before an act denies, hopes for or urges it ("have
    /// still not signed"); a role is held back only by its own denial ("not yet signatories", "not a State Party"), as
    /// "has yet to be ratified by its signatories" still names signatories. The learned step asks it, so that it does
    /// not state what the rules read as denied. Stances and work under way are never held back here: their own cues
    /// hope, urge and plan ("called on", "expected to ratify").
    /// </summary>
    internal static bool HeldBack(string sentence, CueMatch cue) =>
        cue.Rule.Kind is not (FactKind.Position or FactKind.RatificationProgress or FactKind.StockpileProgress or FactKind.ClearanceProgress)
        && (cue.Rule.IsRole
            ? RoleDeniedBefore(sentence, cue.Index)
            : DeniedBefore(sentence, cue));

    /// <summary>Between a denial and the verb it denies: "not yet", "not formally".</summary>
    [GeneratedRegex(@"^\s*(?:(?:yet|so\s+far|formally|officially|also|already|been|be|to|have|had)\s+)*$", Options)]
    private static partial Regex VerbAdverbs { get; }

    /// <summary>
    /// A line that opens with one name and its label's colon, "Chile: bill before Congress since 2017": an item of a list
    /// whose introduction ends its line ("Draft laws are at various stages in these States Parties:"), not of one given on
    /// that line ("coordinators: Ghana and Portugal").
    /// </summary>
    private static bool LabelledName(string sentence, int offset, List<Mention> named) =>
        named[0].Span.Start - offset is var at && sentence.AsSpan(0, at).IsWhiteSpace()
        && NameLabel.IsMatch(sentence.AsSpan(named[0].Span.End - offset)) && !named.Exists(m => m.Span.Start >= named[0].Span.End);

    [GeneratedRegex(@"^[ \t]*:[ \t]+\S", Options)]
    private static partial Regex NameLabel { get; }

    /// <summary>Whether the line of a list's introduction ends with it: nothing after its cue but words and a colon.</summary>
    private static bool IntroEndsLine(string text, TextSpan cue)
    {
        var lineEnd = text.IndexOf('\n', cue.End);
        return IntroRest.IsMatch(text.AsSpan(cue.End, (lineEnd < 0 ? text.Length : lineEnd) - cue.End));
    }

    [GeneratedRegex(@"^(?:[^:\n]*:)?[ \t\r]*$", Options)]
    private static partial Regex IntroRest { get; }

    /// <summary>
    /// A bullet that introduces its own names with an act ("- For exclusions based on failure rates: France, Germany")
    /// starts a group of its own; a bare label ("- Africa: Angola, Benin") keeps the list's act.
    /// </summary>
    private static bool OwnIntroduction(string sentence, List<Mention> named, int offset)
    {
        var colon = sentence.IndexOf(':');
        if (colon < 0 || named.Count == 0 || named[0].Span.Start - offset < colon)
        {
            return false;
        }

        var label = new List<CueMatch>();
        Cues.Find(sentence.AsSpan(0, colon), label);
        return label.Count > 0 || ForOrAgainst.IsMatch(sentence);
    }

    /// <summary>The acts a state does within its own borders: its ratification's steps, its own ban, its stockpiles and its land.</summary>
    private static bool IsDoneAtHome(FactKind kind) => kind is FactKind.RatificationProgress or FactKind.Moratorium
        or FactKind.StockpileDestroyed or FactKind.StockpileProgress or FactKind.ClearanceCompleted or FactKind.ClearanceProgress;

    /// <summary>
    /// The state a sentence opens with as a place ("In Australia, ...", "Meanwhile in Lao PDR, ..."), if no other state
    /// comes between it and the cue.
    /// </summary>
    private static Mention? PlaceOpening(string sentence, int offset, List<Mention> named, CueMatch cue)
    {
        if (named.Count == 0 || named[0].Span.End - offset > cue.Index || (named.Count > 1 && named[1].Span.Start - offset < cue.Index)
            || !InPlace.IsMatch(sentence.AsSpan(0, named[0].Span.Start - offset)))
        {
            return null;
        }

        var after = sentence.AsSpan(named[0].Span.End - offset).TrimStart(' ');
        return after.StartsWith(',') ? named[0] : null;
    }

    /// <summary>What opens a sentence before a state named as a place: "In ", "Meanwhile in the ".</summary>
    [GeneratedRegex(@"^\W*(?:" + OpeningAdverb + @"\s+)?in\s+(?:the\s+)?$", Options)]
    private static partial Regex InPlace { get; }

    /// <summary>
    /// How many states open a lettered or numbered item as its subject ("(a) Iraq described ...", "ii) Chile and Peru
    /// reported ..."): the first and those joined to it by "and" or commas; 0 if the sentence is no such item.
    /// </summary>
    private static int LetteredSubjects(string sentence, int offset, List<Mention> named)
    {
        if (named.Count == 0 || LetteredItem.Match(sentence) is not { Success: true } label || label.Length != named[0].Span.Start - offset)
        {
            return 0;
        }

        var count = 1;
        while (count < named.Count && named[count].Span.Start >= named[count - 1].Span.End
            && SubjectJoin.IsMatch(sentence.AsSpan(named[count - 1].Span.End - offset, named[count].Span.Start - named[count - 1].Span.End)))
        {
            count++;
        }

        return count;
    }

    /// <summary>An item's letter or number before its first word: "(a) ", "b) ", "(iv) ", "2) ".</summary>
    [GeneratedRegex(@"^\s*\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s+(?:the\s+)?", RegexOptions.CultureInvariant)]
    private static partial Regex LetteredItem { get; }

    [GeneratedRegex(@"^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectJoin { get; }

    /// <summary>
    /// Whether the sentence opens a bulleted line, not one that follows another sentence on it. Only a bullet and spaces
    /// may stand before it, so those alone are looked back over: a long line of many sentences is not read back to its
    /// start for each.
    /// </summary>
    private static bool OpensBulletedLine(string text, TextSpan sentence)
    {
        var at = BackOverSpaces(text, sentence.Start);
        if (at > 0 && text[at - 1] != '\n')
        {
            at = BackOverSpaces(text, at - 1); // the bullet
        }

        return (at == 0 || text[at - 1] == '\n') && IsBulleted(text, sentence.Start);

        static int BackOverSpaces(string text, int at)
        {
            while (at > 0 && text[at - 1] != '\n' && char.IsWhiteSpace(text[at - 1]))
            {
                at--;
            }

            return at;
        }
    }

    /// <summary>An item's topic before its names: "- Stockpile destruction and retention: ".</summary>
    [GeneratedRegex(@"^[\s\-–—•*●▪]*[^\s:.;][^:.;\n]{0,59}:\s*", Options)]
    private static partial Regex TopicItem { get; }

    /// <summary>The acts an item's topic does not change, so a run of items can leave them unsaid: presence, roles, signing, joining.</summary>
    private static bool IsCarriedAct(FactKind kind) => kind is FactKind.Attended or FactKind.Chaired or FactKind.Signed or FactKind.Ratified or FactKind.Endorsed;

    /// <summary>A bullet item: the line holding the sentence starts with a bullet, however far it is indented.</summary>
    private static bool IsBulleted(string text, int start)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        var head = text.AsSpan(lineStart, start - lineStart).Trim();
        var line = text.AsSpan(lineStart).TrimStart(" \t");
        return head is "-" or "–" or "—" or "•" or "*" or "●" or "▪" || line.StartsWith("- ") || line.StartsWith("– ") || line.StartsWith("— ") || line.StartsWith("• ")
            || (line.Length > 0 && line[0] is '•' or '●' or '▪');
    }

    /// <summary>
    /// A paragraph that is only a list of names ("Afghanistan, Albania, ... and Zambia."), or a line with one name; a
    /// name may carry a legend's mark or a short note in parentheses ("Ireland +", "Macedonia (FYR)").
    /// </summary>
    private static bool IsBareList(string sentence, int offset, List<Mention> mentions)
    {
        if (mentions.Count == 0)
        {
            return false;
        }

        var at = LabelLength(sentence, offset, mentions);
        Mention? last = null;
        foreach (var m in mentions)
        {
            if (last is not null && m.State == last.State && m.Span.Start >= last.Span.End && NameAside.IsMatch(sentence.AsSpan(at, m.Span.Start - offset - at)))
            {
                continue; // "Swaziland (now Eswatini)": the same state's other name, in the note after it
            }

            if (last is not null && m.Span.Start < last.Span.End)
            {
                continue; // a name read inside another one: part of the same item
            }

            last = m;
            if (!BareListRemainder.IsMatch(sentence.AsSpan(at, m.Span.Start - offset - at)))
            {
                return false;
            }

            at = m.Span.End - offset;
        }

        return BareListRemainder.IsMatch(sentence.AsSpan(at)) || LeaderToCell.IsMatch(sentence.AsSpan(at)) || AmongOthers.IsMatch(sentence.AsSpan(at))
            || LastItemsRole.IsMatch(sentence.AsSpan(at)) || LastItemsApposition.IsMatch(sentence.AsSpan(at));
    }

    /// <summary>
    /// An apposition on the last item, ending the list: "Among them are Norway, Ireland and the Lao People's Democratic
    /// Republic, the country most heavily contaminated by the weapons."
    /// </summary>
    [GeneratedRegex(@"^\s*,\s*(?:the|a|an)\s+[^,;:()\d]{3,100}?[.;]?\s*$", Options)]
    private static partial Regex LastItemsApposition { get; }

    /// <summary>
    /// An item's words after a label that places its states outside a group ("Not members of a UN regional group (2):
    /// Cook Islands, Holy See"): that denies membership, not what the states did.
    /// </summary>
    private static string Unlabelled(string item, int offset, List<Mention> named) =>
        named.Count > 0 && LabelLength(item, offset, named) is > 0 and var length && OutsideGroup.IsMatch(item.AsSpan(0, length)) ? item[length..] : item;

    /// <summary>
    /// A heading that only denies a status ("(b) States not party to the Convention") in a list of those who took part:
    /// a group of the list, not a denial of taking part.
    /// </summary>
    private static bool DeniesStatusOnly(ReadOnlySpan<char> sentence)
    {
        var line = HeadingText(sentence);
        return IsHeadingLine(line) && StatusDenied.IsMatch(line) && !DeniedItem.IsMatch(StatusDenied.Replace(line.ToString(), ""));
    }

    [GeneratedRegex(@"\b(?:not|non)[-\s]+(?:yet\s+)?(?:a\s+)?(?:party|parties|signator(?:y|ies)|members?)\b", Options)]
    private static partial Regex StatusDenied { get; }

    /// <summary>A denial of belonging to a grouping ("Not members of a UN regional group", "No regional group"), which
    /// classes the states under it; not a denial of an act or a status.</summary>
    [GeneratedRegex(@"\b(?:not|no|non)[-\s]+(?:[\w-]+\s+){0,4}?(?:group|grouping|region|bloc|members?\s+of)\b", Options)]
    private static partial Regex OutsideGroup { get; }

    /// <summary>The length of the group label (<see cref="ListLabel"/>) before a line's first name, or 0: a label that
    /// states an act ("Observers:", "Signed:") is not a group's.</summary>
    private static int LabelLength(string sentence, int offset, List<Mention> mentions) =>
        ListLabel.Match(sentence) is { Success: true } label && label.Length <= mentions[0].Span.Start - offset && !HasCue(label.ValueSpan, Cues) ? label.Length : 0;

    /// <summary>A role its last item holds, ending the list: "..., Zimbabwe, and Zambia as host.", "and Laos (as host)".</summary>
    [GeneratedRegex(@"^\s*,?\s*\(?\s*as\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s*\)?\s*[.;]?\s*$", Options)]
    private static partial Regex LastItemsRole { get; }

    /// <summary>A list that says it is not the whole: "Ghana and Peru, among many others", "... and others".</summary>
    [GeneratedRegex(@"^\s*,?\s*(?:(?:and|among|with)\s+(?:many\s+|several\s+|some\s+|a\s+few\s+)?others|etc\.?)\s*[.;]?\s*$", Options)]
    private static partial Regex AmongOthers { get; }

    /// <summary>
    /// A row's name led by dots to its other cell ("Australia ....... Criminal Code Amendment Act 2012"), or by a spaced
    /// dash or a column's gap (two spaces or a tab) on a line that does not end like a sentence ("Austria - federal law,
    /// 2008", "Austria        Federal Act, 2008"; not "Norway - the host - spoke.").
    /// </summary>
    [GeneratedRegex(@"\G[ \t]*\.{3,}[ \t]+\S|\G(?:[ \t]+[-–—][ \t]+|[ ]{2,}|\t[ \t]*)(?=.*[^.\s]\s*$)\S", RegexOptions.CultureInvariant)]
    private static partial Regex LeaderToCell { get; }

    [GeneratedRegex(@"^(?:[\s,;.()|:–—" + Marks + @"-]|\[\d+\]|\([^()]{1,40}\)|\band\b|\bthe\b|" + RowDate + @")*$", Options)]
    private static partial Regex BareListRemainder { get; }

    /// <summary>A date on a list's row ("29 June 2011", "June 2011", "2011", "29/06/2011"): the row's, not a clause.</summary>
    private const string RowDate = @"\b(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}\b|\b(?:19|20)\d\d\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b";

    /// <summary>Whether a label says what its names did or are ("Observers:", "Signed:"), which a group's name does not.</summary>
    private static bool HasCue(ReadOnlySpan<char> label, CueFinder cues)
    {
        var found = new List<CueMatch>();
        cues.Find(label, found);
        return found.Count > 0;
    }

    /// <summary>
    /// The label of a line that lists names: an answer's ("Q: Which states signed? A: Angola, Cyprus") or a group's
    /// in capitals, with its count or named as a region ("AFRICA (34): Angola, Benin", "Asia-Pacific (13): Fiji, Palau",
    /// "Latin America and the Caribbean: Chile"), before the first name, after its colon or on the line under it
    /// ("African Group (34)" over "Angola, Benin"); not another label in words ("Target countries:", "Panel:"), which is
    /// a line of its own kind.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:A|Answer|\p{Lu}[\p{Lu}&/ -]{1,40}?(?:\s*\(\d+\))?|\p{Lu}[\p{L}&/ -]{1,40}?\s*\(\d+\)"
        + @"|(?=\p{Lu})[\p{L}&/ -]{0,30}?\b(?:Africa|African|Asia|Asian|Europe|European|Americas?|Pacific|Caribbean|Middle\s+East|Oceania|Others)\b[\p{L}&/ -]{0,30}?)(?:\s*:|[ \t]*\r?\n)", RegexOptions.CultureInvariant)]
    private static partial Regex ListLabel { get; }

    [GeneratedRegex(@"^\s*\((?:now|formerly|former|today|officially|also)?\s*$", Options)]
    private static partial Regex NameAside { get; }

    /// <summary>A list heading that states a stance: "For a ban without exceptions: Austria, Norway".</summary>
    [GeneratedRegex(@"^\W*(?<cue>For|Against)\b[^:]{0,200}:", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ForOrAgainst { get; }

    private static readonly SearchValues<string> AbsenceStems = SearchValues.Create(["attend", "absent", "stayed away", "boycott", "represented"], StringComparison.OrdinalIgnoreCase);

    // "Viet Nam and Cambodia, neither of which has joined, attended": the denial of a relative aside is the aside's own.
    // Interpreted, for the lookahead: it runs only on sentences with an absence's stem.
    private static readonly Regex Absence = new(@"\b(?:did\s+not|didn't|never|nor)\b[^.;]{0,40}\battend|\b(?:none|neither)\b(?!\s+of\s+(?:which|whom)\b)[^.;]{0,40}\battend|\b(?:none|neither)\s+of\s+(?:which|whom)\b[^.;,]{0,40}\battend|\bnone\s+of\b[^.;:]{0,160}\b(?:was|were)\s+(?:represented|present)\b|\b(?:absent|stayed\s+away|boycott(?:ed)?|was\s+not\s+represented|were\s+not\s+represented)\b", Options);

    /// <summary>
    /// Stating that a state was not at the meeting by what it did not send, or that its people did not come: "sent no
    /// delegation", "was unable to send representatives", "the Lithuanian delegation did not come to Geneva".
    /// </summary>
    [GeneratedRegex(@"\b(?:sent\s+no\s+(?:delegation|delegates|representatives?|one)|(?:did\s+not|didn't|could\s+not|couldn't|unable\s+to|failed\s+to)\s+(?:send\s+(?:a\s+|any\s+)?(?:delegation|delegates|representatives?)|come|turn\s+up|show\s+up))\b", Options)]
    private static partial Regex SentNone { get; }


    /// <summary>
    /// Before a cue, what makes it an intention: "will ratify", "plans to ratify"; not an order ("the first to ratify"),
    /// unless that is hoped for ("will Ireland be among the first to ratify?").
    /// </summary>
    [GeneratedRegex(@"\b(?:will|would|(?<!\b(?:first|earliest|last|latest|\d+(?:st|nd|rd|th)|[a-z]+th)\s+(?:(?:states?|countr(?:y|ies)|nations?|governments?|signator(?:y|ies)|ones?)\s+)?)to|intends?|plans?|soon|shortly)\s+(?:\w+\s+)?$|\b(?:will|would|whether|may|might|could|hopes?|expects?|wants?)\b[^.;:]{0,40}\b(?:first|earliest)\s+(?:[\w-]+\s+)?to\s+(?:\w+\s+)?$", Options | RegexOptions.RightToLeft)]
    private static partial Regex Intention { get; }

    private static bool IsIntention(string sentence, int cue) => JustBefore(Intention, sentence, cue);
}
