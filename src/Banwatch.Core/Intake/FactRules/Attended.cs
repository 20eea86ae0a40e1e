namespace Banwatch.Core.Intake.FactRules;

/// <summary>
/// <c>attended</c>: the state took part in a named meeting: present, speaking, announcing or making a statement
/// there. Only read in documents about a meeting; the meeting's host or chair gets <see cref="Chaired"/> instead.
/// </summary>
public static class Attended
{
    public static FactRule Rule { get; } = new(FactKind.Attended, Cue);

    public static FactRule Role { get; } = new(FactKind.Attended, RoleCue, role: true);

    /// <summary>
    /// An act stated before, repeated in a meeting's place: "Those that did so during the Conference include", "Chile did
    /// the same at the Lima conference". The act is the earlier sentence's; doing it there is taking part.
    /// </summary>
    public static FactRule DoneThere { get; } = new(FactKind.Attended, DoneThereCue);

    /// <summary>Where an act was done, up to the meeting's noun: "at the Wellington", "during the".</summary>
    private const string AtOrDuring = @"(?:at|during) \s+ (?:the\s+)? (?:[\w'’-]+\s+){0,4}?";

    /// <summary>"Had signed": done before the meeting the sentence is about.</summary>
    internal const string HadDone = @"\bhad\s+(?:(?:already|earlier|previously|long|all|both)\s+)?";

    /// <summary>After an act, in its clause, the meeting it was done at: "had subscribed to the Declaration at the Conference".</summary>
    internal const string AtTheMeeting = $@"\G [^.;:]{{0,60}}? \b {AtOrDuring} (?:conference|meeting|session|summit|ceremony) \b";

    /// <summary>
    /// Verbs of speaking or acting there. In the passive the state before them is the one acted on ("Iraq was urged to
    /// ratify", "Libya was criticised by several delegations"), and the agent after "by" took part: FactStep reads them so
    /// (PassiveOfAnother), as it reads the passive of <c>signed</c> or <c>ratified</c>.
    /// </summary>
    internal const string Acts =
        """
        spoke | said | stated | told | announced | argued | expressed | proposed | noted | pushed | pressed | welcomed
          | presented | introduced | intervened | raised | insisted | stressed | emphasi[sz]ed | highlighted | urged | warned
          | declared | confirmed | reported | described | tabled | offered | informed | repeated | reiterated | explained
          | called | asked | backed | rejected | condemned | critici[sz]ed | regretted | supported | opposed | sought
          | attempted | tried | endorsed | subscribed | reminded | recalled | briefed
        """;

    private const string Cue =
        $$"""
        \G(?:
            attend (?:ed|ing|s)? \b (?! \s+ (?:none|neither) \b )   # not "attended none of these meetings"
          | participat (?:ed|ing|es) \b
          | took \s+ (?:an?\s+)? (?:active\s+|full\s+)? part \b   # "Egypt took an active part in the Conference"
          | (?<= \b (?:is|are|was|were) \s+ (?:also\s+)? ) taking \s+ part \b   # "Britain, France and Germany, which are taking part, want"
          | met \s+ (?:in|at) \b                                # "representatives of the following States met in San José:"
          | (?:brought|brings|bringing) \s+ together \b         # "The conference brought together the following states:"
          | present (?= \s+ (?:at\s+[^.;:]{0,60}?\s+)? (?:were|was) \b )   # "Present were: A, B", "Present at the talks were A"
          | (?:was|were) \s+ (?:also\s+)? (?:present|represented) \b   # "both were present at its First Meeting"
          | (?<= , \s* (?:also\s+|all\s+|both\s+)? ) present (?= \s* , )   # "Japan, Poland and Romania, also present, do not join them"
          | (?:is|are|was|were) \s+ (?:also\s+|all\s+)? (?:here | in \s+ the \s+ (?:room|hall|chamber)) \b
                                                                 # "Japan and Poland were also in the room", "all of which ... are here"
          | represented \b
          | delegat (?:ions?|es?) \b                             # "the Lebanese delegation"
          | speaking \b
          | (?: {{Acts}} ) \b
          | made \s+ (?:(?:a|an|its|their|his|her)\s+)? (?:own\s+)? (?:(?:national|joint|general|opening|closing|short|brief)\s+)? statements? \b
                                                                 # "made a statement", "made their own national statements"
          | (?<= \b (?:statements? | interventions? | speeches | remarks | presentations?) \b [^.;:]{0,100}? \b (?:was|were|(?:had|have|has)\s+been) \s+ )
            (?:made|given|read\s+out) (?= \s+ by \b )           # "Statements were made by Norway, Mexico and Ireland"
          | delivered \b
          | (?: sent | (?<= \b (?:did|do|does) \s+ ) send ) \s+ (?! (?:no|none)\b ) (?:(?:a|an|its|their)\s+)? (?:[\w-]+\s+)? (?:delegations?|delegates|representatives?|observers?|envoys?|officials)\b
                                                                 # "Ireland and Norway also sent representatives", "did send"
          | gave \s+ (?:(?:an|a|its|their)\s+)? (?:[\w-]+\s+)? updates? \b   # "gave progress updates"
          | (?:took|take|takes|taking) \s+ the \s+ floor \b
          | took \s+ (?:up\s+)? (?:its|their) \s+ seats? \b            # "took their seats as States Parties for the first time"
          | (?<= \b (?:those|states|countries|governments|delegations|nations|parties|signatories|members) \s+ ) taking \s+ (?:up\s+)? (?:its|their) \s+ seats? \b
                                                                 # "Among the states parties taking their seats for the first time were"
          | {{FactRule.PresentAfterSubject}} (?:announces? | argues? | press (?:es)? \s+ for | attends? | signs? (?! \s+ {{Signed.NotSigning}} )) \b
                                                                 # a chronology's present: "Japan, Poland and Romania attend",
                                                                 # "Australia and France argue for exemptions"; not "take part",
                                                                 # as often a habit ("the CCW, in which Russia and China take part")
          | followed \s+ the \s+ (?:ceremony|meeting|conference|proceedings|session|talks|debate|discussions?) \b
          | updated \s+ (?:us|the\s+(?:meeting|conference|plenary|room|States\s+Parties)|delegates|participants) \b   # "Peru updated us on its programme"
          | shared \s+ (?:its|their) \s+ (?:[\w-]+\s+)? (?:experiences?|lessons|expertise) \b   # "Mozambique shared its experience"
          | set \s+ out \b (?! \s+ in \b )                     # "Japan set out the support it gives"; not "set out in Article 4"
          | (?<! {{HadDone}} ) signed \b                         # not "states that had signed the CCM": earlier
          | signing (?= \s+ (?:[\w-]+\s+){0,5}? (?:were|was) (?:\s|:) )   # "Among the States signing on 3 December were: ..."
          | (?<= \b (?:those|states|countries|governments|delegations|nations) \s+ ) (?:endorsing|subscribing) \b
            (?= [^.;:]{0,60}? \b {{AtOrDuring}} (?:conference|meeting|session|summit) \b )
                                                                 # "Those subscribing in Wellington during the conference
                                                                 # included": a participle after its noun, done there
          | joined \s+ (?:the\s+)? (?:process|talks|meeting|conference|discussions|consensus) \b   # "Finland ... joined the consensus"
          | voted \s+ (?:yes|no|in\s+favou?r|against|for) \b | abstained \b   # a vote in the meeting: "Brazil and China voted yes"
        )
        """;

    private const string DoneThereCue =
        $$"""
        \G(?:
            (?:did|done) \s+ (?:so|the\s+same|likewise)
            (?= \s+ (?:[\w-]+\s+){0,2}? {{AtOrDuring}} (?:conference|meeting|session|summit|ceremony) \b )
        )
        """;

    /// <summary>A vote's side as a group: "in favour", "against", "abstaining", "the abstentions", "abstainers".</summary>
    private const string Vote = @"(?:(?:those\s+)?voting\s+)?(?:in\s+favou?r|against|(?:those\s+)?abstaining|abstentions?|abstainers)";

    private const string RoleCue =
        $$"""
        \G(?:
            observers? \s+ (?:for|from) (?= \s+ (?:the\s+)? (?-i:[A-Z]) )   # "The observer for Argentina said", a summary record's style;
                                                                 # "Observers from Thailand and Myanmar sat in"
          | (?:heard|hear|hearing) \s+ (?:statements?\s+|interventions?\s+)? from (?= \s+ (?:the\s+)? (?-i:[A-Z]) )
                                                                 # "Over the day we heard from Norway, the Lao PDR and Lebanon"
          | observers? \b                                       # "Sri Lanka attended as an observer", "observers: ..."
          | participants? \b | speakers? \b
          | (?<= \b of \s+ the \s+ (?:[\w-]+\s+)? ) (?:governments|states|countries|delegations|nations) \s+
            (?:at|attending|present\s+at|represented\s+at|taking\s+part\s+in|participating\s+in) \s+ (?:the|this) \s+ (?:[\w-]+\s+){0,3}?
            (?:meeting|conference|talks|session|summit)s? \b     # "Of the 49 governments at the meeting, only Japan ... declined"
          | (?<= \b of \s+ the \s+ (?:[\w-]+\s+)? ) (?:governments|states|countries|delegations|nations) \s+
            (?:represented|present|attending|taking \s+ part|participating|in \s+ the \s+ (?:room|hall)
              | (?:that|which|who) \s+ (?:(?:came|went|travell?ed) \s+ to | attended | took \s+ part | participated)) \b
                                                                 # "Of the 49 governments represented (taking part), only Japan ... held back",
                                                                 # "Of the 49 governments that came to Oslo, only Japan ... declined"
          | (?: (?:statements? | interventions? | speeches | contributions? | remarks | updates) \s+ (?:(?:came|come|comes)\s+)? (?:from|by)
              | (?:delegates | delegations | representatives) \s+ (?:from|of) )
            (?= \s+ (?-i: (?!The\b) [A-Z] ) )                   # a name follows: "statements from Mexico, Japan and Austria",
                                                                 # "delegates from Ghana"; not "interventions from the Forum"
          | (?:statements?|interventions?|speeches|remarks|condemnations?|calls|objections?|proposals?|appeals?) \b [^.;:]{1,100}? \b (?:came|come|comes) \s+ from
            (?: \s* , \s* among \s+ others \s* , )? (?= \s+ (?:the\s+)? (?-i:[A-Z]) )
                                                                 # "Statements that named the Russian Federation and condemned its use
                                                                 # came from Germany", "Condemnations ... came from, among others, Austria",
                                                                 # a chronology's present: "Statements regretting the decision come from"
          | participating \s+ (?:states|countries|governments|delegations) \b
          | (?:delegates|delegations|representatives|resource\s+persons|experts|speakers|participants) \s+ (?:came|travelled|traveled) \s+ from
                                                                 # "Resource persons came from Lebanon, Norway and Mozambique"
          | (?<= \b (?:among|of) \s+ ) those \s+ (?:present|attending|taking\s+part|in\s+the\s+(?:room|hall)|abstaining|voting\s+(?:in\s+favou?r|against)|who\s+(?:attended|took\s+part|spoke|abstained|voted))
                                                                 # "Of those in the room, only Japan ... held back"
                                                                 # "Among those present were the Lao PDR and Iraq"
          | (?<= \b (?:delegations|states|countries|governments) \s+ ) abstaining \b
                                                                 # "Among the delegations abstaining without explanation were China"
          | {{Vote}} (?= \s* (?:\(\d+\)\s*)? : | (?<=\d\s+\w+) \s* \( )
          | {{Vote}} (?: \s+ (?! (?:were|was|included?|came)\b ) [\w-]+ ){0,4}? (?= \s+ (?:were|was|included?|came\s+from) \b )
                                                                 # a recorded vote: "Abstaining: Argentina, Armenia", "1 against (Zimbabwe)",
                                                                 # "AGAINST (2): Russia; Zimbabwe", "Abstaining were: Argentina", "Those
                                                                 # abstaining included A", "Abstaining without taking the floor were, among
                                                                 # others, A", "The abstentions came from A"
          | abstaining \s+ (?:delegations|states|countries|governments|member\s+states|nations) \b
                                                                 # "Among the abstaining delegations were China"
          | (?: (?<= \b (?:states|countries|governments|delegations|nations|members|non-?members|others|those) \s+ (?:that|which|who) \s+ (?:also\s+)? )
                voted \s+ (?:yes|no|in\s+favou?r|against|for)
              | abstained ) (?= \s+ (?:were|was|included?) \b )    # "Among the non-members that voted yes were Thailand"
          | (?:votes?|ballots?) \s+ (?:cast\s+)? (?:in\s+favou?r|against) \s+ (?:were|was) \s+ cast \s+ by
                                                                 # "The two votes against were cast by A and B"
        )
        """;
}
