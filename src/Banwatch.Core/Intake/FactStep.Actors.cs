using System.Text.RegularExpressions;
using Banwatch.Core.Intake.FactRules;

namespace Banwatch.Core.Intake;

public sealed partial class FactStep
{
    /// <summary>
    /// Between a list and the role it holds: an apposition ("Nigeria and South Sudan, the newest States Parties"), a
    /// copula ("Britain and Italy are signatories", "Norway is one of the core group"), an appointment ("were
    /// appointed coordinators", "served as Friend of the President") or nothing ("the Norwegian co-chair").
    /// </summary>
    [GeneratedRegex(
        """
        ^ \s* (?: \[\d+\] \s* )? (?: (?:delegation|government|authorities) (?=\s*,) )?   # after a demonym: "The Australian
                                                                 # delegation, speaking as a signatory"
        (?: ['’]s \s+ (?: (?:[\w-]+\s+)? | (?:(?:Foreign|Prime|Deputy|Vice|Permanent|Minister|Ministers|Ambassador|Representative|President|Secretary|State|Affairs|Defence|Defense|Disarmament|of|for|the)\s+){1,6} and \s+ )
                                                                 # "Norway's presidency", "Costa Rica's Minister of Foreign Affairs and Chairman"
          | \s+ (?:on|upon|for) \s+ (?:taking\s+up|taking\s+on|assuming|holding) \s+ the \s+   # "the Netherlands, on taking up the presidency"
          | , \s* (?: (?:now|already|also|then|still) \s+ )?
            (?: (?:one|all|both|each|two|three|four|five) \s+ of \s+ (?:the|a|an|our) \s+ | (?:both|all|each|two|three|four|five) \s+ | (?:the|a|an|our|another|fellow) \s+ )
                                                                 # "the UK and France, both States Parties", "Canada, another State Party,"
          | \s* \( \s*                                          # "Canada (signatory)", "Switzerland and Hungary (signatories)"
          | , \s* \w+ing \s+ (?: (?! by \b ) [\w'’-]+ \s+ ){0,4}? as \s+ (?:a|an) \s+   # "Australia, attending for the first time as a State Party"
          | , \s* (?:on|upon) \s+ (?:your|its|their|his|her) \s+ (?:assumption\s+of|election\s+to|appointment\s+to) \s+ the \s+
                                                                 # "Iraq, upon your assumption of the presidency"
          | (?: , | \s* [–—] | \s+ - )? \s*                       # after an apposition: "Four of its neighbours, namely A and B, are
                                                                 # States Parties", "only two - Bulgaria and Iraq - are States Parties"
            (?: (?:is|are|was|were|(?:has|have|had)\s+(?:been|become)|became|become|becomes|remains?|remained|now|already|also|still|formally|officially
                 |(?:,\s*)?(?:which|who)|holds?|held|holding|assumed|assumes|took\s+over|takes\s+over|took\s+on|has\s+taken\s+on|currently|presently|at\s+present
                 |appointed|named|designated|elected|chosen|served\s+as|serving\s+as|serve\s+as|acted\s+as|acting\s+as|act\s+as|as
                 |(?:one|all|both|each|two|three|four|five)\s+of|among) \s+ )+
            (?: (?:the|a|an|its|their) \s+ )?
          | (?:the|a|an) \s+ )
        (?: (?! (?:by|told|tells?|informed|informs?|urged|urges?|asked|asks?|briefed|thanked|reminded|invited|assured|addressed) \b ) [\w'’-]+ \s+ ){0,3}?
                                                                 # not a passive's agent ("were cited by the co-chairs") nor those
                                                                 # spoken to ("all of which have told States Parties they will")
        $
        | ^ \s* (?: \[\d+\] \s* )? $                           # nothing between: "the Norwegian co-chair"; not "Kenya told States Parties"
        | ^ [ \t]* , [ \t]* $                                   # a bare apposition: "- Chile and the Philippines, Coordinators on Universalization"
        | ^ [ \t]* : [ \t]* $                                   # a label: "- Colombia, Iceland and South Africa: signatories whose ..."
        """,
        Options | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex RoleAfterList { get; }

    /// <summary>Words after a role's own clause that name its holders: "..., namely A", "..., in particular A".</summary>
    private const string HoldersNamed = @"(?:such\s+as|including|namely|notably|among\s+them|in\s+particular|particularly|especially)";

    /// <summary>
    /// Between a role and the list of its holders: "signatories (A, B)", "States Parties: A, B", "donors such as A",
    /// "Among the signatories are leading powers such as A", "the core group included A", "signatories A and B",
    /// "Participants in the Lima Conference included A".
    /// </summary>
    [GeneratedRegex(
        $$"""
        ^ ['’"”]? \s* (?: (?:to\s+date|so\s+far|now|currently|already|present|attending|represented|of\s+the\s+(?:Convention|CCM|treaty)|to\s+the\s+(?:Convention|CCM|treaty)
                      |of\s+(?:states|countries|governments|nations)|(?:states|countries|governments|nations)) \s* )?
        (?: \s+ (?:in|at|to|from) \s+ (?:the\s+)? (?:[\w'’-]+\s+){0,5}? [\w'’-]+ (?= ,? \s* (?:are|were|remains?|remained|include|included|comprise|such\s+as|including) \b ) )?
                                                                 # where they hold it: "Participants in the Lima Conference included A"
        (?: \s+ (?:of|in|from) \s+ (?:the\s+)? (?:[\w'’-]+\s+){0,3}? [\w'’-]+ (?= \s* (?:[(:–—]|\s-\s) ) )?
                                                                 # whose they are, set off: "the States Parties of the region - A, B -"
        (?: \s* [(:] \s*
          | \s* [–—] \s* | \s+ - \s+                          # set off by dashes: "the remaining signatories - Angola, Cyprus -"
          | ,? \s* (?:such\s+as|including|like|namely|notably|among\s+them|in\s+particular) \s+
          | ,? \s* (?:(?:that|which|who)\s+)? (?:are|were|is|was|remains?|remained|include[ds]?|included|comprise[ds]?|count\s+among\s+them|came\s+from)
            (?: \s+ | \s* , \s* (?:among\s+others|inter\s+alia) \s* [,:]? \s* )   # "Abstaining were, among others, A"
            (?: (?:[\w'’-]+\s+){0,6}? (?:[\w'’-]+\s*,\s*)? (?:such\s+as|including|like|namely|notably) \s+ )?
          | \s+ of \s+
          | \s )
        (?:the\s+)?
        (?: (?:European\s+(?:Union|Commission)|EU) \s* , \s* (?:and\s+)? (?:the\s+)? )?   # "support from the European Union, Germany"
        $
        | ^ \s+ (?:in|at|on|for) \s+ (?:the\s+)? (?:[\w'’-]+\s+){0,5}? [\w'’-]+ \s* , \s* (?:the\s+)? $
        | ^ (?: \s+ (?:of|in|from) \s+ [^,;:()]{0,40}? )? \s+ (?:(?:that|which|who)\s+|(?=[a-z]+ing\s)) [^,;:()]{0,80}? ,? \s*
            (?: [–—-] \s* )? (?: {{HoldersNamed}} | (?:together|along) \s+ with ) \s+ (?:the\s+)? $
                                                                 # "the States Parties of our region that have already ratified, namely A"
                                                                 # "three of the participants at the Oslo Conference, A, B and C"
                                                                 # "Ireland was among the core group of states that led the Oslo
                                                                 # Process, together with Austria and Mexico": more holders; "one of
                                                                 # the core group of states steering the process, together with"
        | ^ \s+ (?:with|of|in|from) \s+ [^,;:()]{1,60}? , \s* {{HoldersNamed}} \s+ (?:the\s+)? $
                                                                 # "States Parties with outstanding clearance obligations, such as Chad and Iraq"
        | ^ \s+ (?:that|which|who) \s+ (?:[\w'’-]+\s+){1,10}? (?:are|were|was|is|include[ds]?|included) \s+ (?:the\s+)? $
                                                                 # "the donors that reported contributions were A, B", "The States
                                                                 # Parties that sent experts to the workshop in Lomé last year included A"
        """,
        Options | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex ListAfterRole { get; }

    /// <summary>
    /// The role's own clause between it and its list: "Eight States Parties have completed clearance, including Albania",
    /// "Several signatories are still to decide, among them Kenya", "Several States Parties that used to report on time
    /// sent their reports late, among them Sweden"; not when the clause has a group of its own the list may belong to
    /// ("urged others, including Japan").
    /// </summary>
    [GeneratedRegex(@"^\s+(?:(?!\b(?:states|countries|governments|others|observers|signatories|delegations|partners|donors|parties|members)\b)[^,;:()]){1,140}?,\s*(?:including|among\s+them|notably|namely|such\s+as)\s+(?:the\s+)?$", Options)]
    private static partial Regex ClauseThenList { get; }

    /// <summary>
    /// An opening "as" before a role: "As States Parties to the Convention, we condemn", "As a State Party, Chile has
    /// ..." (see <see cref="AsRoleThenSubject"/>).
    /// </summary>
    [GeneratedRegex(@"^[\W\d]*as\s+(?:(?:a|an|the|fellow|founding|responsible|committed)\s+){0,2}$", Options)]
    private static partial Regex AsRole { get; }

    /// <summary>Between a role opened by <see cref="AsRole"/> and its holders, the subject: " to the Convention, ".</summary>
    [GeneratedRegex(@"^(?:\s+(?:to|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?[\w'’-]+)?\s*,\s*(?:the\s+)?$", Options)]
    private static partial Regex AsRoleThenSubject { get; }

    /// <summary>
    /// Just before a role, these deny it or leave it to come: "non-signatories", "not a State Party", "to become a State
    /// Party"; not "had become a State Party", which is done.
    /// </summary>
    [GeneratedRegex(@"(?:\bnon-?\s*|\bnot\s+(?:yet\s+)?(?:a\s+|an\s+|among\s+the\s+)?(?:[\w-]+\s+)?|\b(?:(?<!\b(?:has|have|had)\s+)become|becoming|to\s+be)\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?)$", Options | RegexOptions.RightToLeft)]
    private static partial Regex RoleDenied { get; }

    [GeneratedRegex(@"\b(?:from|by|of|in|for)$", Options)]
    private static partial Regex HoldersFollow { get; }

    /// <summary>
    /// A cue that ends in its agent's preposition: "paid for by", "the accession of", "the national laws of" (an act or
    /// its work named as a noun, whose "of" is its agent's; "those of" standing for such a noun); the state after it is
    /// the actor, and none before it is.
    /// </summary>
    [GeneratedRegex(@"(?:\bby|\b(?:accession|ratification|law)s?\b[^,;]*\sof|\bthose\s+of)$", Options)]
    private static partial Regex EndsInAgent { get; }

    /// <summary>A cue that addresses others: "urged", "called on", "appealed to", "asked" (not "asked for"), "invited".</summary>
    [GeneratedRegex("^" + AppealVerb, Options)]
    private static partial Regex Appeal { get; }

    /// <summary>The verbs of <see cref="Appeal"/> and <see cref="AppealWithin"/>.</summary>
    private const string AppealVerb = @"(?:urg\w*|call\w*\s+(?:on|upon)|appeal\w*\s+to|ask\w*\b(?!\s+for)|invit\w*|encourag\w*|implor\w*)\b";

    /// <summary>
    /// A second list after a role ending in its preposition, repeating it: "support from the United States, which
    /// provided US$9 million, and from Japan, Australia and Germany", "came from the United States, followed by Japan".
    /// </summary>
    [GeneratedRegex(@"(?:,?\s+(?:and|as\s+well\s+as)\s+(?:also\s+)?(?:from|by)|,\s+(?:then\s+|closely\s+)?followed\s+by)\s+(?:the\s+)?$", Options)]
    private static partial Regex MoreHolders { get; }

    private const int MaximumSecondSource = 160;

    /// <summary>
    /// A few words between a state and a role that is not a treaty status: "Canada presented a draft Friend of the
    /// President's paper". A status after a verb is the verb's object instead: "Kenya told States Parties", and so is a
    /// role after a verb of address: "Fiji thanked the hosts", "Kenya informed the coordinators"; and a role after "by"
    /// is a passive's agent ("were cited by the co-chairs").
    /// </summary>
    /// <remarks>The verb may come after an adverb: "Botswana then thanked the host".</remarks>
    [GeneratedRegex(@"^\s*(?:(?!by\b)(?!(?:" + PraiseVerb + @"|welcom|greet|acknowledg|critici|urg|ask|invit|told|inform|brief|updat|assur|remind|notif|consult|wrote|writ|met\b|meet)\w*\s)[\w'’-]+\s+){1,3}?$", Options)]
    private static partial Regex BareWords { get; }

    /// <summary>The stems of thanks and praise: "thanked", "congratulates", "commend", "applauded".</summary>
    private const string PraiseVerb = "thank|congratulat|prais|commend|salut|applaud";

    /// <summary>A count before a role, whose holders may follow after a bare comma: "Eight further States Parties, France, Germany ...".</summary>
    [GeneratedRegex(@"\b(?:" + Count + @"|a\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))\s+(?:(?:further|other|more|new|affected|African|European|Latin\s+American|Asian|largest|biggest|main|major|principal|leading)\s+)?$", Options)]
    private static partial Regex CountBefore { get; }

    [GeneratedRegex(@"^\s*,\s*(?:the\s+)?$", Options)]
    private static partial Regex CommaOnly { get; }

    /// <summary>
    /// A role that opens its clause with its article, whose holders follow between commas: "The coordinators, Belgium and
    /// Iraq, propose ...".
    /// </summary>
    [GeneratedRegex(@"^\W*the\s+(?:[\w-]+\s+)?$", Options)]
    private static partial Regex DefiniteAtStart { get; }


    /// <summary>
    /// A denial that reaches a role named after it ("None of them is a State Party: A, B", "none of them party to the
    /// Convention", "States not registered as participants or observers (A, B among them)"); not one of another verb
    /// or noun ("No report was received from three States Parties, namely A, B", "States that have not signed attended as
    /// observers, including A"), which leaves the role standing; for a status role only (<see cref="IsStatusRole"/>).
    /// </summary>
    [GeneratedRegex(
        @"(?:\b(?:none|neither|no)\b[^,;:()]{0,60}?\b(?:is|are|was|were)\s+(?:an?\s+|one\s+of\s+the\s+)?|\bnone\s+of\s+(?:them|these|those)\s+"
        + @"|\bnot\s+(?:yet\s+)?(?:registered|listed|accredited|present|participating|attending)\s+as\s+(?:[\w-]+\s+(?:or|and)\s+)?)$",
        Options | RegexOptions.RightToLeft)]
    private static partial Regex RoleDeniedAfar { get; }

    /// <summary>What a role's holders have still to do: "that have still to ratify", "not yet deposited".</summary>
    private const string PendingActPattern = @"(?:(?:that|which|who)\s+)?(?:(?:have|has|had|are|is)\s+)?(?:(?:still|yet)\s+to|not\s+yet)\s+(?:ratify|accede|join|deposit|ratified|acceded|joined|deposited|take\s+the\s+(?:final|last|next)\s+step|complete\s+(?:their|its|the)\s+(?:procedures?|process|ratification))\b(?:\s+(?:it|the\s+(?:Convention|treaty|CCM)))?";

    /// <summary>
    /// What a role's holders have still to do or have not done, right after the role: "The signatories that have never
    /// ratified are A, B", "that have still not ratified", "signatories whose instruments are not yet lodged" qualifies
    /// the role without denying it.
    /// </summary>
    [GeneratedRegex(@"\G\s+(?:" + PendingActPattern + @"|(?:that|which|who)\s+(?:have|has|had)\s+(?:still\s+)?(?:not|never)\s+(?:ratified|acceded|joined|deposited)\b(?:\s+(?:it|the\s+(?:Convention|treaty|CCM)))?|whose\s+instruments?\s+(?:of\s+ratification\s+)?(?:are|is|have|has)\s+(?:not|still\s+not)\s+(?:yet\s+)?(?:been\s+)?(?:lodged|deposited))", Options)]
    private static partial Regex PendingAfterRole { get; }

    [GeneratedRegex(PendingActPattern, Options)]
    private static partial Regex PendingAct { get; }

    /// <summary>
    /// The verb of a relative clause on the role, up to the colon: "States Parties that have fulfilled their clearance
    /// obligations: A, B" are the role's holders as well as the verb's actors.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:that|which|who)\s[^:;]*$", Options)]
    private static partial Regex RelativeAfterRole { get; }

    /// <summary>
    /// A role that is the subject of a list's introduction with its own verb: "The following signatory States participated
    /// as observers: A, B", "These States Parties have declared ...: A, B", "States Parties completing clearance: A", after
    /// an opening time or place ("Since entry into force, the following States Parties have declared ...: A, B").
    /// </summary>
    [GeneratedRegex(@"^[\W\d]*(?:(?:since|in|by|at|after|during|as\s+of|to\s+date|so\s+far|to\s+this\s+day)\b[^,;:()]{0,60},\s*(?=the\b|these\b|those\b|all\b))?(?:(?:the\s+)?following\s+|these\s+|those\s+|the\s+|all\s+(?:the\s+)?)?(?:[\w-]+\s+){0,2}?$", Options)]
    private static partial Regex RoleAsSubject { get; }

    /// <summary>
    /// Before an inverted role, from the sentence's start: "Among the signatories", "Also among the States Parties", and a
    /// partitive: "Of the 49 governments at the meeting, only Japan and Poland declined".
    /// </summary>
    [GeneratedRegex(@"^\W*(?:also\s+)?(?:among|of)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?$", Options)]
    private static partial Regex AmongRole { get; }

    /// <summary>A relative clause on the state that names its role: "Cyprus, which is a signatory", whatever came before.</summary>
    [GeneratedRegex(@"^\s*(?:\[\d+\])?\s*,\s*(?:which|who)\s+(?:is|are|was|were|remains?|has\s+been|have\s+been)\s+(?:also\s+|still\s+|already\s+)?(?:a|an|the)?\s*(?:[\w'’-]+\s+){0,2}?$", Options)]
    private static partial Regex OwnRole { get; }

    /// <summary>
    /// "A, B and Zambia as host", "Egypt, as the chair,", "Norway and Sweden, a State Party since 2012,": one role after
    /// "as" or in a singular apposition is held by the last state of a list before it, not by the whole list; a plural
    /// ("as co-chairs") or a body ("as the core group") is the list's.
    /// </summary>
    [GeneratedRegex(@"\bas\s+(?:the\s+|its\s+)?$|,\s*an?\s+$", Options)]
    private static partial Regex AsBefore { get; }

    /// <summary>A line that starts with a label: "  Destruction still under way:", "- Completed:".</summary>
    [GeneratedRegex(@"(?<=\n)[ \t]*(?:[-*•][ \t]*)?\p{Lu}[^\n:.,;]{0,60}:", RegexOptions.CultureInvariant)]
    private static partial Regex LabelLine { get; }

    /// <summary>A role of several: "as co-chairs", "as Friends of the President", "as the core group".</summary>
    [GeneratedRegex(@"\b(?:[\w-]*s|core|group)\b", Options)]
    private static partial Regex PluralRole { get; }

    /// <summary>The noun of a role of several after it: "as signatory States".</summary>
    [GeneratedRegex(@"^\s+(?:states|countries|governments|nations|parties|members)\b", Options)]
    private static partial Regex PluralAfterRole { get; }

    /// <summary>"States Parties and signatories": a group of both kinds says of none of its members which it is.</summary>
    [GeneratedRegex(@"^\s*(?:and|or|&|,)\s*(?:the\s+)?$", Options)]
    private static partial Regex RoleJoin { get; }

    /// <summary>
    /// Right after a cue that names the act as a thing ("the ratification bill", "ratification legislation"), these say
    /// it has not happened: "... is expected to be tabled", "... has not yet been approved".
    /// </summary>
    [GeneratedRegex(
        @"^\s*(?:(?:is|are|was|were|has|have|had|will)\s+)?(?:still\s+|also\s+)?(?:not\s+yet|yet\s+to|still\s+to|expected|likely|hoped|due|scheduled|set\s+to|planned|pending|awaiting)\b",
        Options)]
    private static partial Regex HedgeAfterCue { get; }

    /// <summary>
    /// A relative clause on the state just before the cue: "Colombia, which ratified", "Norway, whose ratification", "the
    /// Peruvian government, which is hosting".
    /// </summary>
    [GeneratedRegex(
        @"^\s*(?:\[\d+\])?\s*(?:(?:government|delegation|authorities)\s*)?,?\s*(?:(?:all|both|each|most|some|several|two|three|four|five)\s+of\s+)?(?:which|who|whom|that|whose)\s+(?:(?:has|have|had|is|are|was|were|also|now|already|still|just|recently|finally|formally|itself|all|both|at\s+last|then)\s+)*$",
        Options)]
    private static partial Regex RelativeOnState { get; }

    /// <summary>
    /// A state whose possessive heads the cue's noun phrase ("compared it with New Zealand's Prohibition Act", "welcomed
    /// Chile's ratification") owns the act whatever governs the phrase, after a preposition or a verb of praise; not after
    /// one of hope or appeal ("urged Brazil's accession"), whose act is yet to come.
    /// </summary>
    [GeneratedRegex(@"^['’]s\s+(?:[\w-]+\s+){0,3}?$", Options)]
    private static partial Regex OwnNoun { get; }

    [GeneratedRegex(@"\b(?:with|like|unlike|than|welcomed?|praised|congratulated?|thanked|commended|hailed|applauded)\s+(?:the\s+)?$", Options | RegexOptions.RightToLeft)]
    private static partial Regex OwnerAfter { get; }

    /// <summary>A cue that opens with a preposition ("in the middle of this work") follows a copula, not a passive's auxiliary.</summary>
    [GeneratedRegex(@"^(?:in|at|on|under|among|within)\s", Options)]
    private static partial Regex PrepositionFirst { get; }

    /// <summary>A perfect participle on the state before it, its subject whatever governs it: "with Moldova having deposited".</summary>
    [GeneratedRegex(@"^\s+having\s+(?:(?:also|already|now|just|since|[a-z]+ly)\s+)?$", Options)]
    private static partial Regex HavingDone { get; }

    /// <summary>
    /// A second group joined to the role before the colon, whose list the colon opens: "the seven States Parties of the
    /// region, A, B, and six states not yet party: C, D".
    /// </summary>
    [GeneratedRegex(@"\b(?:and|or|but|while|whereas)\s+(?:from\s+|by\s+)?(?:[\w'’-]+\s+){0,3}?(?:states|countries|governments|nations|delegations|others)\b", Options)]
    private static partial Regex GroupJoinedAfter { get; }

    /// <summary>Between a role and another its verb takes as object: " reviewed the ", " wrote to all ".</summary>
    [GeneratedRegex(@"^\s+(?:[\w'’-]+\s+){1,4}?(?<!\bas\s+)(?:the|all|those|these|any|every|other)\s+(?:(?!as\b)[\w'’-]+\s+){0,2}?$", Options)]
    private static partial Regex ObjectRole { get; }

    /// <summary>
    /// Between a state thanked or praised and the act it is praised for, which is its own: "We thank Chile for hosting",
    /// "congratulate Sweden on completing", "commend Peru for having finished", "thanked the Lebanese Government for hosting".
    /// </summary>
    [GeneratedRegex(@"^\s*(?:(?:government|authorities|delegation|people|presidency)\s+)?,?\s*(?:for|on|upon)\s+(?:having\s+)?(?:(?:now|finally|already|successfully|so\s+ably)\s+)?$", Options)]
    private static partial Regex PraisedFor { get; }

    /// <summary>A verb of thanks or praise, and the words of its object before the state's name ("thank the Government of").</summary>
    [GeneratedRegex(@"\b(?:" + PraiseVerb + @")\w*\s+(?:(?:the|our)\s+)?" + Office + "$", Options | RegexOptions.RightToLeft)]
    private static partial Regex Praised { get; }

    /// <summary>
    /// A relative clause on the state that reports its own words: "Vanuatu, which has said it is preparing", "Egypt, whose
    /// delegation said it could not". The state is the speaker even under someone else's hope ("campaigners hope that
    /// Vanuatu, which ...").
    /// </summary>
    [GeneratedRegex(@"^\s*,\s*(?:which|who|whose\s+(?:government|(?:foreign\s+)?minister|" + VoiceOfState + @"))\s+(?:has\s+|have\s+|had\s+|also\s+)*(?:said|stated|announced|indicated|confirmed)\s+(?:[\w-]+\s+){0,4}?(?:that\s+)?(?:it|they)\s+(?:is|are|was|were|has|have|had)?\s*$", Options)]
    private static partial Regex RelativeSaid { get; }

    // "whose" only before one who speaks for a state, speaking: "Egypt, whose delegation said", not "Colombia, whose
    // country ratified" nor "whose government presided".
    private static readonly Regex RelativePronoun = new(@"\b(?:that|which|who|whose\s+" + VoiceOfState + @"\s+(?:said|stated|explained|declared))\b", Linear);

    /// <summary>One who speaks for a state: "Egypt, whose delegation said".</summary>
    private const string VoiceOfState = @"(?:delegation|representative|ambassador|spokes(?:man|woman|person))";

    /// <summary>
    /// A denied role that follows its noun as a relative clause would, without a pronoun: "The following States not party
    /// to the Convention participated: A, B". The denial is the role's, not the verb's.
    /// </summary>
    private static readonly Regex ReducedRelative = new(@"\b(?:states|countries|governments|nations)\s+not\s+(?:yet\s+)?(?:a\s+)?(?:part(?:y|ies)\b|signator|members?\b)", Linear);

    /// <summary>Between a state and a relative pronoun that is its own: nothing, a comma, or its office ("'s Foreign Minister,").</summary>
    [GeneratedRegex(
        @"^\s*(?:\[\d+\])?\s*(?:['’]s\s+(?:(?:Foreign|Prime|Deputy|Vice|Permanent|Defence|Defense|Minister|Ministers|Ambassador|Representative|President|Secretary|State|Affairs|Government|Delegation|Mission|of|for|the)\s*)+)?,?\s*$",
        Options)]
    private static partial Regex AttachedToState { get; }

    /// <summary>
    /// A subject denied as a whole: "Neither Saudi Arabia nor any of its partners ... has joined", "None of them", "And
    /// no representative of Syria was present", and the list that names its members: "None of the major producers outside
    /// the treaty, namely China, Russia and Israel, attended", "None of the six examined here - the United States, Russia,
    /// China ... - has signed".
    /// </summary>
    [GeneratedRegex(@"^\W*(?:(?:and|but|yet|so)\s+)?(?:neither|none\s+of|not\s+one\s+of|no)\b[^,;:]{0,120}(?:,\s*(?:namely|that\s+is|such\s+as|including)\s+[^;:]{0,200}|\s+[-–—]\s+[^;:]{0,200})?$", Options)]
    private static partial Regex NegatedSubject { get; }

    /// <summary>The states' own group before its relative clause: "Norway and Mexico were among the delegations that condemned ...", "... among those that condemned".</summary>
    [GeneratedRegex(
        @"^\s*(?:were|are|was|is)\s+(?:also\s+)?(?:among|one\s+of|two\s+of|three\s+of|some\s+of|part\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:states|delegations|countries|governments|nations|ones|signatories|members|few|those)\s*$",
        Options)]
    private static partial Regex AmongGroup { get; }

    /// <summary>Before a "that" that opens what someone said rather than a relative clause.</summary>
    [GeneratedRegex(
        @"\b(?:said|says|announced|announces|reported|reports|report|stated|states|confirmed|confirms|informed|told|noted|indicated|declared|explained|added|argued|insisted|stressed|emphasi[sz]ed|claimed|warned|acknowledged|agreed|decided|believes?|believed|felt|thinks?|thought|clear|hoped?|expects?|expected)\b[^.;]{0,25}$",
        Options | RegexOptions.RightToLeft)]
    private static partial Regex Reported { get; }

    /// <summary>Inverted subject after a participle: "Also attending were Norway, Ireland", "Present were ...".</summary>
    [GeneratedRegex(
        @"^\s*(?:,\s*)?(?:the\s+(?:ceremony|meeting|conference|event|session|talks|launch|signing)\s+)?(?:(?:on|in|at|during)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:day|week|month|year|ceremony|meeting|conference)\s+|(?:in|during)\s+\d{4}\s+)?(?:(?:also|too|as\s+observers?|at\s+the\s+(?:meeting|conference))\s+)*(?:were|was|are|is)\s+(?:also\s+)?(?:the\s+)?(?:delegations?\s+of\s+|representatives\s+of\s+|ambassadors?\s+of\s+)?(?:the\s+)?$",
        Options)]
    private static partial Regex Inversion { get; }

    /// <summary>Words for a group of states, which a sentence may name instead of its members.</summary>
    private const string GroupNoun = "(?:states|countries|governments|nations|delegations|those|ones)";

    /// <summary>
    /// A group named by its own act, "the states that", "those who have", "those that explicitly", or by how it joined,
    /// "States that have come into the process here by" (subscribing): the act's subject is not a state.
    /// </summary>
    [GeneratedRegex(
        @"\b(?:" + GroupNoun + @"|newcomers|others|participants|(?:non-?)?signatories|non-?parties|observers|parties)(?:\s+(?:in|at|from)\s+(?:the\s+)?[\w-]+)?\s+(?:that|who|which)\s+(?:(?:have|had|has|also|already|now|just|formally|did|do|does|[a-z]+ly)\s+)*(?:(?:come|came|joined|entered)\s+(?:[\w'’-]+\s+){0,4}?by\s+)?$",
        Options | RegexOptions.RightToLeft)]
    private static partial Regex GroupRelative { get; }

    /// <summary>
    /// A sentence that opens with a group named by its act, in a relative clause or a participle: "Among the other allies
    /// that have", "Of the 49 governments taking part" (partitive: the members named after it are of the group).
    /// </summary>
    [GeneratedRegex(
        @"^\W*(?:also\s+)?(?:among|of)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:" + GroupNoun + @"|allies|members|partners|neighbours|neighbors|others)\s+(?:(?:that|which|who)\s+(?:(?:have|had|has|also|already|now)\s+)*)?$",
        Options)]
    private static partial Regex AmongFronted { get; }

    /// <summary>The rest of a fronted phrase and its comma, before the members it names.</summary>
    [GeneratedRegex(@"^[^,;:.]{0,100},\s*(?:only\s+|just\s+)?(?:the\s+)?$", Options)]
    private static partial Regex FrontedRest { get; }

    /// <summary>A group before the participle that says what its members did: "Among the countries backing the declaration were".</summary>
    [GeneratedRegex(@"\b" + GroupNoun + @"\s+$", Options | RegexOptions.RightToLeft)]
    private static partial Regex GroupBeforeParticiple { get; }

    /// <summary>From the group's act to its members: "... in Oslo today include", "... count among them several producers,".</summary>
    private static readonly Regex IncludedAfter = new(
        @"^[^.;:]{0,160}\b(?:include[sd]?|were|are|count(?:s|ed)?\s+among\s+(?:them|their\s+number))\s[^.;:]{0,100}$",
        Linear);

    /// <summary>", affected states such as " before a list set off after its group: "46 endorsed it, affected states such as Lebanon among them".</summary>
    [GeneratedRegex(@",\s*(?:[\w-]+\s+){0,3}?(?:such\s+as|including|like)\s+(?:the\s+)?$", Options)]
    private static partial Regex SuchAsAfterComma { get; }

    /// <summary>A group of states as a clause's subject: "107 states", "several delegations", "those that have signed".</summary>
    [GeneratedRegex(@"\b(?:" + StateGroup + @"|speakers|partners|allies|neighbou?rs|producers|holders|donors|others|those|ones|several|some|many|most|all|\d+)\b", Options)]
    private static partial Regex GroupSubject { get; }

    /// <summary>
    /// What a state said another group did, just before the cue: "Peru told delegates that 28 more states have signed
    /// on": the group is the cue's subject, not the state that told of it.
    /// </summary>
    [GeneratedRegex(@"\b(?:that|said|says|announced|reported)\s+(?:the\s+)?(?:(?:" + Count + @"|several|many|some|most|all|a\s+(?:few|number\s+of)|more|further|other|new|additional)\s+)+(?:" + StateGroup + @")\b(?:\s+(?:have|has|had|were|are|was|is|now|also|already|recently|just|since|then))*\s*$", Options | RegexOptions.RightToLeft)]
    private static partial Regex GroupSaidToAct { get; }

    /// <summary>Nouns for a group of states, shared by <see cref="GroupSubject"/> and <see cref="GroupAgent"/>.</summary>
    private const string StateGroup = "states|countries|governments|nations|delegations|members|parties|signatories|participants";

    /// <summary>A passive's agent that is a group of states: "is endorsed by 82 states at the close, Ireland among them".</summary>
    [GeneratedRegex(@"^\s*by\s+(?:[\w-]+\s+){0,2}?(?:" + StateGroup + @")\b", Options)]
    private static partial Regex GroupAgent { get; }

    /// <summary>A list set off after its group: ", Ireland among them", ", France and Germany included".</summary>
    [GeneratedRegex(@"^\s*(?:(?:among|amongst)\s+(?:them|others|their\s+number)|included)\b", Options)]
    private static partial Regex PostposedIncluded { get; }

    /// <summary>Before the subject of a coordinated clause: ", and", ", while", ", and the representative of".</summary>
    [GeneratedRegex(@",\s*(?:and|but|while|whereas|although|though)\s+(?:the\s+)?(?:(?:representative|delegation|delegate|minister|ambassador|government)s?\s+of\s+(?:the\s+)?)?$", Options | RegexOptions.RightToLeft)]
    private static partial Regex NewClauseBefore { get; }

    /// <summary>A verb that addresses someone, whose passive has the one addressed as its subject ("were urged", "was thanked").</summary>
    [GeneratedRegex(@"^(?:urg|ask|call|encourag|invit|request|press|told|warn|congratulat|thank|welcom|commend|prais|critici|condemn|appeal|exhort|remind)", Options)]
    private static partial Regex AddressVerb { get; }

    /// <summary>An appeal anywhere in a stretch of text: "appealed to donors such as".</summary>
    [GeneratedRegex(@"\b" + AppealVerb, Options)]
    private static partial Regex AppealWithin { get; }

    /// <summary>Verbs of speaking or acting among the attendance cues, and signing there.</summary>
    [GeneratedRegex(@"^(?:" + Attended.Acts + @"|signed)\b", Options | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex ActVerb { get; }

    /// <summary>From a verb of speaking to the clause it reports: " that", " the meeting that".</summary>
    [GeneratedRegex(@"^\s+(?:[\w'’-]+\s+){0,4}?that\s", Options)]
    private static partial Regex ThatClause { get; }

    /// <summary>Verbs of saying among the attendance cues: what follows them is what was said.</summary>
    [GeneratedRegex(@"^(?:said|stated|told|argued|warned|insisted|stressed|explained|declared|informed|noted|emphasi[sz]ed|reiterated)\b", Options)]
    private static partial Regex SaidVerb { get; }

    /// <summary>
    /// A passive with its agent between a state and a cue: "Syria was strongly criticised by several delegations". The
    /// state is the one acted on, and the cue ("delegations") is part of the agent.
    /// </summary>
    [GeneratedRegex(@"\b(?:is|are|was|were|been|being)\s+" + PassiveAdverb + @"[a-z]+(?:ed|en|wn|ld|ght)\s+by\b", Options)]
    private static partial Regex AgentBetween { get; }

    /// <summary>
    /// Adverbs between a passive's auxiliary and its participle: "was strongly criticised", "has since been", "were once
    /// more urged".
    /// </summary>
    private const string PassiveAdverb = @"(?:(?:[a-z]+ly|already|now|also|since|not|yet|all|both|again|once\s+(?:more|again)|still|then|each)\s+){0,2}";

    /// <summary>A passive's auxiliary just before its participle: "has been signed", "was ratified".</summary>
    [GeneratedRegex(@"\b(?:been|be|being|am|is|are|was|were)\s+" + PassiveAdverb + "$", Options | RegexOptions.RightToLeft)]
    private static partial Regex PassiveAuxiliary { get; }

    /// <summary>From a participle to "by" and its agent: "hosted by", "presided over by", "criticised at the time by".</summary>
    [GeneratedRegex(@"\G(?:[ \t]+(?!(?:is|are|was|were|and|or|but|which|who|that)\b)[\w-]+){0,4}?\s+by\s", Options)]
    private static partial Regex AgentBy { get; }

    /// <summary>"but had not ratified", "but not yet ratified": a second act, denied, after the cue's.</summary>
    [GeneratedRegex(@"\bbut\s+(?:(?:have|has|had|did|do|does)\s+)?(?:not|never)\s+(?:yet\s+)?(?:ratified|acceded|joined|deposited|ratify|accede|join|deposit)\b", Options)]
    private static partial Regex ButNot { get; }

    /// <summary>
    /// Countries named as places, then listed: "a programme which will operate in a number of countries, including
    /// Afghanistan, Cambodia ...", "in more than 50 countries, among them Lao PDR". Not "support to affected States,
    /// including Australia", which may be one of those giving.
    /// </summary>
    [GeneratedRegex(@"\b(?:in|inside|within|throughout|across)\s+(?:the\s+)?(?:(?:more\s+than|over|about|around|nearly|almost|at\s+least)\s+)?(?:(?:a\s+number\s+of|several|many|some|various|other|affected|\d+)\s+)?(?:[\w-]+\s+)?(?:countries|states|nations)\s*,?\s*(?:including|such\s+as|notably|among\s+them)\s*$", Options)]
    private static partial Regex PlacesIntroduced { get; }

    /// <summary>Words that make the name after them a place: "use in", "throughout".</summary>
    [GeneratedRegex(@"\b(?:in|inside|within|throughout|across)\s+(?:the\s+)?$", Options)]
    private static partial Regex PlaceBefore { get; }

    /// <summary>A sentence that opens with a condition ("Should Cambodia, Laos and Vietnam sign, funding ... would grow") states no act.</summary>
    [GeneratedRegex(@"^\W*(?:if|should|unless|were|once|provided\s+that|in\s+case)\b", Options)]
    private static partial Regex ConditionalOpening { get; }

    private sealed partial class SentenceView
    {
        private bool? _conditional;

        private bool Conditional => _conditional ??= ConditionalOpening.IsMatch(Text);

        /// <summary>
        /// A list after the cue that stands where a place does ("condemned any use, including the recent use in Syria and
        /// Yemen"): the states there are where the act happened, not who did it.
        /// </summary>
        private bool ListIsPlace(int i)
        {
            var start = Start(Mentions[Lists[ListOf[i]].First]);
            return PlaceBefore.IsMatch(Text.AsSpan(Math.Max(0, start - 16), Math.Min(16, start)))
                || PlacesIntroduced.IsMatch(Text.AsSpan(Math.Max(0, start - 80), Math.Min(80, start)));
        }

        /// <summary>
        /// Where a denied second act starts between the cue and its list ("States that signed in Oslo but had not ratified by
        /// 2010 include ..."): the denial is that act's, not the cue's, so only the words before it can block the cue.
        /// </summary>
        private int BeforeContrast(int from, int to) =>
            ButNot.Match(Text, from, to - from) is { Success: true } but ? but.Index : to;

        /// <summary>The states of the list that begins at <paramref name="at"/> (after white space), or none.</summary>
        public IEnumerable<Mention> ListAt(int at)
        {
            foreach (var (first, last) in Lists)
            {
                var start = Start(Mentions[first]);
                if (start >= at && Text.AsSpan(at, start - at).Trim() is var gap && (gap.IsEmpty || gap.Equals("the", StringComparison.OrdinalIgnoreCase)))
                {
                    return Mentions[first..(last + 1)];
                }
            }

            return [];
        }

        /// <summary>
        /// Where the states thanked or praised for the cue's act begin, or -1: they are its actors, not the one who
        /// thanks them ("Norway thanked Chile and Peru for hosting").
        /// </summary>
        private int PraisedStart(CueMatch cue, int clauseStart)
        {
            for (var i = 0; i < Mentions.Count && End(Mentions[i]) <= cue.Index; i++)
            {
                var start = Start(Mentions[i]);
                var from = Math.Max(clauseStart, start - 40);
                if (start >= clauseStart && ListEnd(i) <= cue.Index && PraisedFor.IsMatch(Text.AsSpan(ListEnd(i), cue.Index - ListEnd(i)))
                    && Praised.IsMatch(Text.AsSpan(from, start - from)))
                {
                    return start;
                }
            }

            return -1;
        }

        /// <summary>Where the list holding the mention at <paramref name="i"/> ends.</summary>
        private int ListEnd(int i) => End(Mentions[Lists[ListOf[i]].Last]);

        /// <summary>Where the list holding mention <paramref name="i"/> starts: "No Russian, Chinese or US delegations" denies all three.</summary>
        private int ListStart(int i) => Start(Mentions[Lists[ListOf[i]].First]);

        /// <summary>For each mention, the index of its list in <see cref="Lists"/>: every cue asks it of every mention.</summary>
        private int[] ListOf => _listOf ??= ListIndexes();

        private int[]? _listOf;

        private int[] ListIndexes()
        {
            var of = new int[Mentions.Count];
            for (var l = 0; l < Lists.Count; l++)
            {
                Array.Fill(of, l, Lists[l].First, Lists[l].Last - Lists[l].First + 1);
            }

            return of;
        }

        /// <summary>
        /// Whether a clause boundary between a state and its cue gives the cue another subject: a relative pronoun on
        /// some other noun ("a treaty that would outlaw ..."), or a reported clause with a state of its own ("Germany is
        /// glad to report that Mozambique has met ..."). A reported clause without one is the reporter's own news
        /// ("Indonesia said that ratification bills were before parliament"), and a relative clause on the state or its
        /// office is the state's ("Norway's Foreign Minister, who hosted the ceremony").
        /// </summary>
        private bool RelativeOnAnother(int from, int to)
        {
            if (to <= from)
            {
                return false;
            }

            // The sentence's relative pronouns are found once: every cue asks this of every state before it.
            _relativePronouns ??= Find(RelativePronoun);
            foreach (var (at, end) in _relativePronouns)
            {
                if (at < from || end > to)
                {
                    continue;
                }

                if (InAside(at, from, to) || AttachedToState.IsMatch(Text.AsSpan(from, at - from)) || AmongGroup.IsMatch(Text.AsSpan(from, at - from)))
                {
                    continue;
                }

                if (!Reported.IsMatch(Text.AsSpan(Math.Max(from, at - 40), at - Math.Max(from, at - 40)))
                    || Mentions.Exists(m => Start(m) > at && End(m) <= to))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// "... after the treaty has been signed, including France, UK": a passive cue with no "by" before the list
        /// leaves the list on the clause's subject ("A number of states"), not on the cue's unnamed agent.
        /// </summary>
        private bool AgentlessPassive(CueMatch cue, int listStart) =>
            !Progressive(cue) && !PrepositionFirst.IsMatch(Text.AsSpan(cue.Index, cue.Length)) && PassiveAuxiliary.IsMatch(Text.AsSpan(Math.Max(0, cue.Index - 30), Math.Min(30, cue.Index)))
            && !Text.AsSpan(cue.End, listStart - cue.End).Contains(" by ", StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// A list naming members of the cue's subject when that subject is a group and not a state: "The states that
        /// signed in Oslo include France and Germany", "107 states adopted the text, Ireland among them", "82 states signed,
        /// the United Kingdom included".
        /// </summary>
        /// <param name="stateBefore">Whether a state stands before the cue in its clause (then it is the subject).</param>
        private bool MembersOfSubject(int i, CueMatch cue, int clauseStart, int start, bool stateBefore)
        {
            if (stateBefore)
            {
                return false;
            }

            // "Among the other allies that have joined the convention, France and Italy said little": the fronted group's
            // members are named after its phrase.
            if (AmongFronted.IsMatch(Text.AsSpan(0, cue.Index)) && FrontedRest.IsMatch(Text.AsSpan(cue.End, start - cue.End)))
            {
                return true;
            }

            var from = Math.Max(clauseStart, cue.Index - 80);
            if ((GroupRelative.IsMatch(Text.AsSpan(from, cue.Index - from)) || (Progressive(cue) && GroupBeforeParticiple.IsMatch(Text.AsSpan(from, cue.Index - from))))
                && start - cue.End <= 260
                && IncludedAfter.IsMatch(Text.AsSpan(cue.End, start - cue.End)))
            {
                return true;
            }

            // "The statement noted that several countries remain outside, Tonga among them": the group is what was said, not
            // who said it; the subject must be a group of states itself.
            var listEnd = ListEnd(i);
            var comma = start > 0 ? Text.LastIndexOf(',', start - 1) : -1;
            return ((comma >= 0 && CommaOnly.IsMatch(Text.AsSpan(comma, start - comma))) || SuchAsAfterComma.IsMatch(Text.AsSpan(Math.Max(0, start - 60), Math.Min(60, start))))
                && PostposedIncluded.IsMatch(Text.AsSpan(listEnd))
                && (GroupSubject.IsMatch(Text.AsSpan(clauseStart, cue.Index - clauseStart)) || GroupAgent.IsMatch(Text.AsSpan(cue.End, start - cue.End)));
        }

        /// <summary>
        /// "before a binding treaty is finally signed", "the Convention ... was ratified by Peru": an act in the passive
        /// has the treaty as its subject, so a state before it is not its actor (the agent after "by" is). So has a verb
        /// of address or of acting at a meeting: "Kenya and Uganda were urged to ratify" are those addressed, "Armenian
        /// forces were reported to have used them" and "Libya was criticised by several delegations" those spoken of.
        /// </summary>
        private bool PassiveOfAnother(CueMatch cue) =>
            (cue.Rule.Kind is FactKind.Signed or FactKind.Ratified or FactKind.Endorsed
                || AddressVerb.IsMatch(Text.AsSpan(cue.Index, cue.Length))
                || ActsAtMeeting(cue))
            && !Progressive(cue) && PassiveAuxiliary.IsMatch(Text.AsSpan(Math.Max(0, cue.Index - 30), Math.Min(30, cue.Index)));

        /// <summary>
        /// A verb of saying at a meeting ("50 governments told the conference they could not accept the draft, among them
        /// A, B"): a denial after it is in what was said, not of the saying; unless the list is someone appealed to in it
        /// ("said it had never received enough, and appealed to donors such as Japan").
        /// </summary>
        private bool Reports(CueMatch cue, int listStart) =>
            cue.Rule == Attended.Rule && SaidVerb.IsMatch(Text.AsSpan(cue.Index, cue.Length))
            && !AppealWithin.IsMatch(Text.AsSpan(cue.End, listStart - cue.End));

        /// <summary>An attendance cue that is a verb of speaking or acting there ("said", "briefed"), not of being there.</summary>
        private bool ActsAtMeeting(CueMatch cue) => cue.Rule == Attended.Rule && ActVerb.IsMatch(Text.AsSpan(cue.Index, cue.Length));

        /// <summary>
        /// "The ISU recalled that thirteen states had signed ...: A, B": the list after a clause reported by a verb of
        /// speaking is what was said, not who spoke.
        /// </summary>
        private bool ListInReported(CueMatch cue, int colon) =>
            colon > cue.End && ActsAtMeeting(cue) && ThatClause.IsMatch(Text.AsSpan(cue.End, colon - cue.End));

        /// <summary>"were subscribing", "is ratifying": an auxiliary before a present participle makes no passive.</summary>
        private bool Progressive(CueMatch cue)
        {
            var cueText = Text.AsSpan(cue.Index, cue.Length);
            var space = cueText.IndexOfAny(' ', '\n', '\t');
            return (space < 0 ? cueText : cueText[..space]).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>
        /// "It attended the Fourth Meeting, hosted by Zambia", "a decision criticised at the time by Britain": a participle
        /// whose agent, a state, follows it has that agent as its actor, not a state before it.
        /// </summary>
        private bool AgentAfter(CueMatch cue, int clauseEnd)
        {
            if (!Text.AsSpan(cue.Index, cue.Length).TrimEnd().EndsWith("ed", StringComparison.OrdinalIgnoreCase)
                || AgentBy.Match(Text, cue.End, Math.Min(AgentWindow, clauseEnd - cue.End)) is not { Success: true } by)
            {
                return false;
            }

            var after = by.Index + by.Length;
            return Mentions.Exists(m => Start(m) >= after && End(m) <= clauseEnd && Start(m) - after < AgentWindow);
        }

        private const int AgentWindow = 60;

        /// <summary>
        /// Whether [from, to) denies what follows with a word that no relative clause before it claims (one opened by a
        /// pronoun, or a <see cref="ReducedRelative"/>).
        /// </summary>
        private bool DeniedOutsideRelative(int from, int to)
        {
            var relative = RelativePronoun.Match(Text, from, to - from) is { Success: true } pronoun ? pronoun : ReducedRelative.Match(Text, from, to - from);
            foreach (var (start, end) in Blockers)
            {
                if (start >= from && end <= to && Denial.IsMatch(Text.AsSpan(start, end - start)) && !(relative.Success && relative.Index < start))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>"Costa Rica, which hosted the Conference, ... met: A, B": an act in a relative aside ends with the aside.</summary>
        /// <param name="asideEnd">Where the cue's aside ends (-1: none), worked out on the first call for a cue.</param>
        private bool AfterItsAside(CueMatch cue, int start, ref int? asideEnd)
        {
            asideEnd ??= AsideEnd(cue.Index);
            return asideEnd >= 0 && start >= asideEnd;
        }

        /// <summary>
        /// How far from its cue, in characters, a state stands that is the cue's subject (from the end of the list it
        /// ends) or the first of those a cue introduces or names as its agent; a list after a colon, and the rest of a
        /// list, may run on. Beyond it a state belongs to another verb, and a run-on of names and verbs costs each cue a
        /// window, not the whole sentence.
        /// </summary>
        private const int ActorReach = 300;

        /// <summary>How far before a verb a word denying it stands: "have not signed", "had not yet been signed".</summary>
        private const int NegatedVerb = 20;

        /// <summary>
        /// "Chile announced that it had completed ..., and Peru reported that destruction of its remaining stock ...": a
        /// state that opens a coordinated clause between a state and the cue is the cue's subject instead.
        /// </summary>
        private bool LaterSubject(int from, int cueAt)
        {
            // The ", and" before a state starts after from, so the state does too.
            var newClause = NewClauseAt;
            for (var o = 0; o < Mentions.Count; o++)
            {
                if (newClause[o] >= from && End(Mentions[o]) <= cueAt)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// For each mention, where the ", and" (<see cref="NewClauseBefore"/>) that opens a clause on it starts within
        /// the 45 characters before it, or -1. Worked out once per sentence, not once per cue and state.
        /// </summary>
        private int[] NewClauseAt => _newClauseAt ??= [.. Mentions.Select(o =>
        {
            var from = Math.Max(0, Start(o) - 45);
            foreach (var match in NewClauseBefore.EnumerateMatches(Text.AsSpan(from, Start(o) - from)))
            {
                return from + match.Index;
            }

            return -1;
        })];

        private int[]? _newClauseAt;

        private List<(int Start, int End)>? _relativePronouns;

        private bool HedgedAfter(CueMatch cue, int clauseEnd) =>
            HedgeAfterCue.IsMatch(Text.AsSpan(cue.End, Math.Min(40, clauseEnd - cue.End)));

        /// <summary>
        /// Where a list after a colon ends: at the end of the sentence, or at a line after it with a label of its own
        /// ("Finished recently: A, B\n  Destruction still under way: C, D"), not one that labels a state ("Spain: 2009").
        /// </summary>
        private int NextLabelLine(int colon)
        {
            foreach (var label in LabelLine.EnumerateMatches(Text.AsSpan(colon + 1)))
            {
                var start = colon + 1 + label.Index;
                var end = start + label.Length;
                if (!Mentions.Exists(m => Start(m) < end && End(m) > start))
                {
                    return start;
                }
            }

            return Text.Length;
        }

        /// <summary>Whether only spaces and a bullet stand between the start of its line and <paramref name="at"/>.</summary>
        private bool StartsLine(int at)
        {
            var line = Text.AsSpan(0, at).LastIndexOf('\n') + 1;
            return Text.AsSpan(line, at - line).Trim().TrimStart("-*•").IsEmpty;
        }

        /// <summary>Whether the cue is one role after "as" (<see cref="AsBefore"/>), held by one state alone.</summary>
        private bool HeldByOne(CueMatch cue) =>
            AsBefore.IsMatch(Text.AsSpan(Math.Max(0, cue.Index - 12), Math.Min(12, cue.Index))) && !PluralRole.IsMatch(Text.AsSpan(cue.Index, cue.Length))
            && !PluralAfterRole.IsMatch(Text.AsSpan(cue.End, Math.Min(Text.Length - cue.End, 20)));

        private bool CoordinatedRoles(CueMatch cue, List<CueMatch> cues) =>
            cues.Exists(c => c.Rule.IsRole && c.Rule.Kind != cue.Rule.Kind
                && ((c.Index >= cue.End && c.Index - cue.End < 10 && RoleJoin.IsMatch(Text.AsSpan(cue.End, c.Index - cue.End)))
                    || (c.End <= cue.Index && cue.Index - c.End < 10 && RoleJoin.IsMatch(Text.AsSpan(c.End, cue.Index - c.End)))));

        private bool OwnsNoun(int start, int end, CueMatch cue) =>
            cue.Index - end < 40 && OwnNoun.IsMatch(Text.AsSpan(end, cue.Index - end))
            && OwnerAfter.IsMatch(Text.AsSpan(Math.Max(0, start - 30), start - Math.Max(0, start - 30)));

        /// <summary>The actors of a verb cue: its subject, a passive's agent, or a list it introduces.</summary>
        public IEnumerable<Mention> Actors(CueMatch cue)
        {
            var (clauseStart, clauseEnd) = Clause(cue);
            if (Conditional || HedgedAfter(cue, clauseEnd))
            {
                yield break;
            }

            var participle = Text.AsSpan(cue.Index, cue.Length).TrimEnd().EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                || Text.AsSpan(cue.Index, cue.Length).TrimEnd().EndsWith("ed", StringComparison.OrdinalIgnoreCase)
                || Text.AsSpan(cue.Index, cue.Length).Trim().Equals("present", StringComparison.OrdinalIgnoreCase);

            // "coordinators for the year: Italy and Chile; Iraq and Sweden" — a colon after the cue opens a list to the end.
            // Not after its agent: "hosted by Norway: 46 of the 49 governments ... adopt" names the host before the colon.
            // "with New Zealand presiding", "Zambia acting as host": a participle right after a state is that state's.
            var ownParticiple = Progressive(cue) && Mentions.Exists(m => End(m) <= cue.Index && Text.AsSpan(End(m), cue.Index - End(m)).IsWhiteSpace());
            var colon = Text.IndexOf(':', cue.End);
            // Nor after "in the following countries:", whose list is where the act is done ("funds clearance in the following
            // countries: A, B"), not who does it.
            var places = colon >= 0 && colon < clauseEnd && Recipients.IsMatch(Text.AsSpan(cue.End, colon - cue.End)) ? colon : int.MaxValue;
            if (colon >= 0 && (ownParticiple || places < int.MaxValue || Mentions.Exists(m => Start(m) >= cue.End && End(m) <= colon)))
            {
                colon = -1;
            }
            else if (colon >= 0 && colon < clauseEnd)
            {
                clauseEnd = NextLabelLine(colon);
            }

            // "equipment paid for by Ireland": a cue that ends in its agent's "by" has no actor before it.
            var agentCue = EndsInAgent.IsMatch(Text.AsSpan(cue.Index, cue.Length));
            var heldByOne = HeldByOne(cue);
            bool? stateBefore = null; // worked out once per cue, when first needed
            bool StateBefore() => stateBefore ??= Mentions.Exists(o => Start(o) >= clauseStart && End(o) <= cue.Index);
            bool? agentAfter = null;
            bool? passiveAct = null;
            int? praised = null;
            int? asideEnd = null;
            Mention? last = null;
            var lastWasActor = false;
            for (var i = 0; i < Mentions.Count; i++)
            {
                var m = Mentions[i];
                var start = Start(m);
                var end = End(m);
                var listEnd = ListEnd(i);
                var isActor = false;
                if (start >= clauseStart && end <= clauseEnd)
                {
                    if (end <= cue.Index && !agentCue && cue.Index - listEnd <= ActorReach)
                    {
                        // Asides between commas ("Kazakhstan, neither of which has signed, told ...") do not deny the act;
                        // a relative clause on the state makes it the actor whatever its part in the sentence ("my
                        // congratulations go to Colombia, which ratified ..."); one on another noun makes that noun the
                        // subject ("a treaty that would outlaw ...", "Germany reported that Mozambique has announced").
                        // Not one on people from the state ("survivors from Serbia and Afghanistan who spoke").
                        var relative = listEnd <= cue.Index && !FigureStep.PeopleFrom.IsMatch(Text.AsSpan(Math.Max(0, ListStart(i) - 60), Math.Min(60, ListStart(i))))
                            && (RelativeOnState.IsMatch(Text.AsSpan(listEnd, cue.Index - listEnd)) || HavingDone.IsMatch(Text.AsSpan(listEnd, cue.Index - listEnd))
                                || (RelativeSaid.IsMatch(Text.AsSpan(listEnd, cue.Index - listEnd)) && !Mentions.Exists(o => Start(o) >= listEnd && End(o) <= cue.Index)));
                        // "Lebanon, where Israeli strikes left bomblets, signed": a state inside a relative clause is not the
                        // subject of the verb after it.
                        var insideAside = AsideEnd(start) is > 0 and var asideClose && asideClose <= cue.Index;
                        isActor = (praised ??= PraisedStart(cue, clauseStart)) >= 0 ? start >= praised && listEnd <= cue.Index
                            : (ownParticiple && Text.AsSpan(listEnd, cue.Index - listEnd).IsWhiteSpace())
                            || (!insideAside && (!heldByOne || listEnd == end) && !NegatedSubject.IsMatch(Text.AsSpan(clauseStart, Math.Max(clauseStart, ListStart(i)) - clauseStart))
                            && !Blocked(end, cue.Index, skipAsides: true) && !PassiveOfAnother(cue) && !(agentAfter ??= AgentAfter(cue, clauseEnd))
                            && (relative
                                || (!RelativeOnAnother(listEnd, cue.Index) && !LaterSubject(listEnd, cue.Index) && !(listEnd < cue.Index && GroupSaidToAct.IsMatch(Text.AsSpan(listEnd, cue.Index - listEnd))) && !(listEnd < cue.Index && AgentBetween.IsMatch(Text.AsSpan(listEnd, cue.Index - listEnd)))
                                    && ((!(IsObject(clauseStart, start) && !OwnsNoun(start, end, cue)) && !Introduced(end, cue.Index)) || Introduced(clauseStart, start)))));
                    }
                    else if (!ownParticiple && start >= cue.End && start < places && !AfterItsAside(cue, start, ref asideEnd))
                    {
                        // A pronoun that stands for several states is one span holding several mentions: they share one part.
                        var continues = lastWasActor && last is not null
                            && (last.Span == m.Span || (start >= End(last) && ListGap.IsMatch(Text.AsSpan(End(last), start - End(last)))));
                        var near = start - cue.End <= ActorReach;
                        var afterColon = colon >= 0 && colon < start;
                        if ((continues || near || afterColon) && !ListIsPlace(i) && !(afterColon && ListInReported(cue, colon)))
                        {
                            var passive = near && ((start - cue.End < 120 && Passive.IsMatch(Text.AsSpan(cue.End, start - cue.End)))
                                || (EndsInAgent.IsMatch(Text.AsSpan(cue.Index, cue.Length)) && PassiveAfterBy.IsMatch(Text.AsSpan(cue.End, start - cue.End)))
                                || (participle && start - cue.End < 40 && Inversion.IsMatch(Text.AsSpan(cue.End, start - cue.End))));
                            isActor = continues
                                || (passive && !Blocked(clauseStart, cue.Index, skipAsides: true))
                                // A passive of speaking or acting ("It was noted in the Paper that: ...") has no actor after
                                // it but its agent.
                                || (!(passiveAct ??= cue.Rule == Attended.Rule && PassiveOfAnother(cue)) && (
                                // After a colon, not "States that have not signed: A, B" nor "None of the following has signed: A";
                                // a denial further back inside a relative clause is the clause's ("States that had ratified but for
                                // which it had not yet entered into force participated: A").
                                (afterColon && !Blocked(Math.Max(clauseStart, cue.Index - NegatedVerb), cue.Index, skipAsides: true)
                                    && !DeniedOutsideRelative(clauseStart, cue.Index))
                                // Those introduced after a verb of appeal are whom it addresses: "called on States such as
                                // Tuvalu", "I appeal to the signatories, Angola among them"; after a verb of speaking with a
                                // state before it, what was spoken of ("Ecuador briefed on contacts with signatories, among
                                // them Indonesia").
                                || (near && (((Introduced(cue.End, start) || IncludedMembers(cue, cue.End, start)) && !AgentlessPassive(cue, start) && !(ActsAtMeeting(cue) && StateBefore()))
                                        || MembersOfSubject(i, cue, clauseStart, start, StateBefore()))
                                    && !Blocked(clauseStart, cue.Index, skipAsides: false)
                                    && (Reports(cue, start) || !Blocked(cue.End, BeforeContrast(cue.End, start), skipAsides: false))
                                    && !Appeal.IsMatch(Text.AsSpan(cue.Index, Math.Min(Text.Length - cue.Index, cue.Length + 8))))));
                        }
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

        /// <summary>
        /// The holders of a role cue: the list named as holding it, before or after it, or every state after a colon
        /// that follows it ("Friends of the President, each responsible for one document: Norway for ..., Belgium for
        /// ..."), unless the role is denied.
        /// </summary>
        /// <param name="cues">Every cue of the sentence: a colon after another verb belongs to that verb's list, unless the verb is
        /// the role's own relative clause's, or a count before the role says the list is its ("Twelve States Parties have
        /// reported victims: A, B").</param>
        public IEnumerable<Mention> Members(CueMatch cue, List<CueMatch> cues)
        {
            if (Conditional)
            {
                yield break;
            }

            var (clauseStart, clauseEnd) = Clause(cue);
            if (RoleDenied.IsMatch(Text.AsSpan(Math.Max(clauseStart, cue.Index - 30), Math.Min(30, cue.Index - clauseStart)))
                || CoordinatedRoles(cue, cues))
            {
                yield break;
            }

            // "We, the undersigned States Parties, condemn ...": a statement's "we" spans its apposition and holds the role
            // given there.
            var appositive = false;
            foreach (var m in Mentions.Where(m => Start(m) < cue.Index && cue.End <= End(m)))
            {
                appositive = true;
                yield return m;
            }

            if (appositive)
            {
                yield break;
            }

            // "Among the signatories were the ones we expected, Austria, Belgium ...; the former sceptics, such as the UK ...",
            // "Among the States Parties that met every deadline, we would single out A, B": a role the sentence opens with
            // names its holders in the rest of it, whatever groups it sorts them into.
            // "The 12 signatories that have still to ratify are A, B": what the holders have not yet done qualifies the
            // role; it does not deny it.
            var afterRole = cue.End + (PendingAfterRole.Match(Text, cue.End) is { Success: true } pending ? pending.Length : 0);
            if (AmongRole.IsMatch(Text.AsSpan(0, cue.Index)))
            {
                foreach (var m in Mentions.Where(m => Start(m) > cue.End && !Blocked(afterRole, Math.Max(afterRole, Start(m)), skipAsides: true, denialsOnly: true)))
                {
                    yield return m;
                }

                yield break;
            }

            // A role that ends in its preposition names its holders after it ("funding from Japan and Norway",
            // "statements by Kenya"); a state before it is someone else, such as the recipient.
            var holdersFollow = HoldersFollow.IsMatch(Text.AsSpan(cue.Index, cue.Length));
            var colon = Text.IndexOf(':', cue.End);
            // "The Coordinators reviewed the signatories that have yet to ratify, namely: A, B": the list is the role's that
            // the verb takes as its object, not the subject's ("The following signatory States participated as observers:").
            if (colon >= 0 && colon < clauseEnd && !Blocked(clauseStart, cue.Index, skipAsides: true)
                && !cues.Exists(c => c.Rule.IsRole && c.Index >= cue.End && c.End <= colon && ObjectRole.IsMatch(Text.AsSpan(cue.End, c.Index - cue.End)))
                && !GroupJoinedAfter.IsMatch(Text.AsSpan(cue.End, colon - cue.End))
                && (!cues.Exists(c => !c.Rule.IsRole && c.Index >= cue.End && c.End <= colon) || RoleAsSubject.IsMatch(Text.AsSpan(clauseStart, cue.Index - clauseStart))
                    || RelativeAfterRole.IsMatch(Text.AsSpan(cue.End, colon - cue.End)) || CountBefore.IsMatch(Text.AsSpan(clauseStart, cue.Index - clauseStart))))
            {
                foreach (var m in Mentions.Where(m => Start(m) > colon))
                {
                    yield return m;
                }

                if (StartsLine(cue.Index) && !holdersFollow)
                {
                    yield break; // a line's label ("Destruction still under way: C, D") names no one on the line before it,
                                 // unless it names its own holder ("Entry into force for Slovakia: 1 January 2016")
                }

                clauseEnd = colon;
            }

            var heldByOne = HeldByOne(cue);
            var asRole = AsRole.IsMatch(Text.AsSpan(clauseStart, cue.Index - clauseStart));
            // "Croatia welcomed us as host", "A and B took part, with Namibia as host": a role after "as" is held by the
            // nearest state before it in its clause, whatever verb stands between ("Fiji thanked Norway as host").
            var nearestBefore = heldByOne ? Lists.FindLastIndex(l => End(Mentions[l.Last]) <= cue.Index) : -1;
            foreach (var (first, last) in Lists)
            {
                var start = Start(Mentions[first]);
                var end = End(Mentions[last]);
                if (start < clauseStart || end > clauseEnd || (holdersFollow && end <= cue.Index))
                {
                    continue;
                }

                // A role is a status, not an act: an appeal or a hope earlier in the clause leaves it standing ("urged the
                // signatories, among them Angola and Kenya, to ratify"); a denial anywhere before it, or any blocker
                // between the list and the role, does not.
                // "Croatia, which hosted the Review Conference in 2015, is a State Party": the role follows the subject's aside.
                var roleFrom = end <= cue.Index && AsideEnd(end) is var aside and > 0 && aside <= cue.Index ? aside : end;
                var holds = end <= cue.Index
                    ? cue.Index - roleFrom < 120
                        && (RoleAfterList.IsMatch(Text.AsSpan(roleFrom, cue.Index - roleFrom))
                            || (cue.Rule.Kind is not (FactKind.Ratified or FactKind.Signed) && BareWords.IsMatch(Text.AsSpan(end, cue.Index - end))))
                        && !Blocked(end, cue.Index, skipAsides: true)
                        && (OwnRole.IsMatch(Text.AsSpan(end, cue.Index - end)) || !Blocked(clauseStart, cue.Index, skipAsides: true, denialsOnly: true))
                    : start >= cue.End && start - cue.End < 160
                        && (IsStatusRole(cue.Rule) ? !RoleDeniedAfar.IsMatch(Text.AsSpan(clauseStart, cue.Index - clauseStart))
                            : !Blocked(clauseStart, cue.Index, skipAsides: true, denialsOnly: true))
                        && (((ListAfterRole.IsMatch(Text.AsSpan(afterRole, Math.Max(0, start - afterRole)))
                                || (CommaOnly.IsMatch(Text.AsSpan(cue.End, start - cue.End))
                                    && (CountBefore.IsMatch(Text.AsSpan(clauseStart, cue.Index - clauseStart)) || PostposedIncluded.IsMatch(Text.AsSpan(end))
                                        || (DefiniteAtStart.IsMatch(Text.AsSpan(clauseStart, cue.Index - clauseStart)) && Text.AsSpan(end).TrimStart().StartsWith(','))))
                                || (asRole && AsRoleThenSubject.IsMatch(Text.AsSpan(cue.End, start - cue.End))))
                            && !Blocked(afterRole, start, skipAsides: true))
                            // The role's own clause may deny or hedge its act, not the role: "Eighteen States Parties have
                            // given no information, among them Burundi and Niger".
                            || (cue.Rule.Kind != FactKind.Chaired && ClauseThenList.IsMatch(Text.AsSpan(afterRole, Math.Max(0, start - afterRole)))));
                holds |= nearestBefore >= 0 && Lists[nearestBefore].Last == last && cue.Index - roleFrom < 120
                    && !Blocked(end, cue.Index, skipAsides: true) && !Blocked(clauseStart, cue.Index, skipAsides: true, denialsOnly: true);
                holds |= holdersFollow && start > cue.End && start - cue.End < MaximumSecondSource
                    && MoreHolders.IsMatch(Text.AsSpan(cue.End, start - cue.End)) && !Blocked(cue.End, start, skipAsides: true);
                if (holds && end <= cue.Index && heldByOne)
                {
                    yield return Mentions[last];
                }
                else if (holds)
                {
                    for (var i = first; i <= last; i++)
                    {
                        yield return Mentions[i];
                    }
                }
            }
        }
    }
}
