namespace Banwatch.Core.Intake.FactRules;

/// <summary>
/// <c>position</c>: the state took a stance on the treaty, the process or a treaty issue: for or against a ban,
/// pressing for exceptions, transition periods or interoperability, condemning use, withdrawing. Which issue and
/// which way it leans are read from the cue's clause by <see cref="Positions"/>.
/// </summary>
public static class Position
{
    public static FactRule Rule { get; } = new(FactKind.Position, Cue);

    /// <summary>
    /// Aligning with another's statement ("the candidate countries align themselves with this statement") is a stance,
    /// taken wherever the state is: it does not place the state at the meeting where the statement was made.
    /// </summary>
    public static FactRule Alignment { get; } = new(FactKind.Position, AlignmentCue, present: false);

    /// <summary>
    /// A joint statement's own voice: "We condemn any use", "... and we call on every State to join". Its actors are the
    /// states the statement is delivered for, which "we" stands for; without such a list it has none.
    /// </summary>
    public static FactRule JointVoice { get; } = new(FactKind.Position, JointVoiceCue);

    /// <summary>An apposition after a statement's "we", part of its subject: "We, the States Parties listed below, condemn".</summary>
    internal const string WeApposition = @",\s+the\s+[^,;:.()]{1,80}?,";

    /// <summary>A vote against, in a recorded vote's list: "Voting against: Russian Federation, Zimbabwe", "1 against (Zimbabwe)".</summary>
    public static FactRule VotedAgainst { get; } = new(FactKind.Position, VotedAgainstCue, role: true);

    /// <summary>An adverb between a modal and its negation: "could therefore not accept", "would still not support".</summary>
    internal const string RefusalAdverb = @"(?:\s+(?:therefore|thus|still|simply|yet|[a-z]+ly))?";

    /// <summary>A negated verb's auxiliary: "did not", "doesn't", "don’t".</summary>
    private const string DoNot = @"(?:did|does|do) \s* (?:not|n[o'’]?t) \s+";

    /// <summary>What a stance is about: the treaty, its text, or one of the issues negotiated in it.</summary>
    private const string TreatyIssue = "treaty|Convention|ban|text|exceptions?|exemptions?|transition|interoperability|definition|prohibition|declaration|retention";

    /// <summary>What opens a list's exceptions: "with the single exception of", "with one exception:".</summary>
    internal const string WithException = @"with\s+(?:the\s+|one\s+|a\s+)?(?:single\s+|sole\s+|only\s+|one\s+)?exception";

    private const string Cue =
        $$"""
        \G(?:
            call (?:ed|s|ing)? \s+ for \b                       # "called for a ban without exceptions"
          | (?<= \b in \s+ ) (?:favou?r|support) \s+ of \b
          | support (?:ed|s|ing)? \s+ (?:a|an|the)? \s* (?:comprehensive\s+|total\s+|strong\s+|immediate\s+)?
            (?:ban|treaty|prohibition|convention) \b
          | (?:could|can|would|will) {{RefusalAdverb}} \s* (?:not|n[o'’]?t) \s+ (?:support|accept|back|endorse) \b
                                                                 # "Egypt said it could not support the text", "could therefore not
                                                                 # accept a ban"; not "cannot accede", a rule of the treaty
          | {{DoNot}} (?:support|accept|back) \b
                                                                 # not "did not endorse": a declaration left unendorsed
          | (?:urg|ask|request|demand) (?:ed|s|es|ing)? \s+ that \b
            (?= [^.;]{0,120}? \b (?:{{TreatyIssue}}|victims?|victim\s+assistance|clearance|stockpiles?) \b )
                                                                 # "asked that victim assistance be given a prominent place in the
                                                                 # treaty", not "asked that the next meeting be held in Vientiane"
          | (?:repli|answer|respond|counter|retort) (?:ed|s|es)? \s+ that \b
            (?= [^.;]{0,120}? \b (?:{{TreatyIssue}}) \b )      # "replied that no exemptions of that kind could be accepted"
          | push (?:ed|es|ing) \s+ for \b
          | (?:held|holds?|holding) \s+ out \s+ (?:for|against) \b   # "held out for that wording against proposals"
          | push (?:ed|es|ing)? \s+ (?:the|a|its|their) \s+ (?:idea|proposal|case|notion|concept) \s+ (?:of|for) \b   # "pushed the idea of a zone free of ..."
          | press (?:ed|es|ing) \s+ (?:[\w'’-]+\s+){0,5}? for \b   # "pressed in the definitions group for exemptions"
          | ask (?:ed|s|ing)? \s+ for \b (?= [^.;,]{0,80}? \b (?:{{TreatyIssue}}) \b )
                                                                 # "asked for an exemption"; not "asked for help with capacity-building"
          | sought \b | seeking \b
          | argu (?:e|ed|es|ing) \b
          | defend (?:ed|s|ing)? \s+ (?:its|their) \s+ (?:own\s+)? (?:proposals?|positions?|amendments?|approach|view|stance) \b
                                                                 # "Germany defended its proposal to exclude munitions that ..."
          | (?:said|says|say|stated|maintained|held) \s+ (?:that\s+)? (?:(?!that\b)[\w'’-]+\s+){1,5}? (?:should|must|ought\s+to|could|can) \s+ (?:not\s+|never\s+)? be \s+
            (?:exempt\w*|excluded|excepted|banned|prohibited|allowed|permitted|covered|included|retained) \b
                                                                 # what the treaty should do, reported: "said no category should be
                                                                 # exempt", "said the weapons must be banned"
          | insist (?:ed|s|ing) \b
          | oppos (?:e|ed|es|ing|ition) \b
          | object (?:ed|s|ing) \s+ to \b
          | resist (?:ed|s|ing) \b
          | reject (?:ed|s|ing)? \b
          | rul (?:e|es|ed|ing) \s+ out \b                       # "Finland continues to rule out accession"
          | urg (?:ed|es|ing) \s+ (?:[\w'’-]+\s+){0,8}? to \s+ (?:join|ratify|accede|sign|adhere) \b   # a state urging others
          | (?:urg|ask|call\w*\s+on) (?:ed|es|ing)? \s+ (?:[\w'’-]+\s+){1,4}? not \s+ to \s+ (?:use|fire|deploy|transfer|send|supply|export) \b
                                                                 # "urged Ukraine not to use them"
          | discourag (?:e|es|ed|ing) \s+ (?:the\s+|any\s+)? (?:use|transfer|export)s? \b   # "the UK discourages the use of the weapons"
          | shar (?:e|es|ed|ing) \s+ (?:the\s+)? (?:[\w'’-]+\s+){0,3} (?:goals|aims|objectives|concerns) \b
          | instrument \s+ of \s+ withdrawal \b
          | withdr (?:ew|awn) \s+ from \s+ the \s+ (?:Convention|treaty) \b
          | decided \s+ to \s+ (?:leave|withdraw) \b
          | (?:leave|leaves|leaving|left|quit|quits|quitting|exit|exits|exited|exiting) \s+ the \s+ (?:[\w-]+\s+){0,3}? (?:treaty|Convention|CCM) \b
                                                                 # "the first country to leave the global treaty"
          | advocat (?:ed|es|ing) \b
          | champion (?:ed|s|ing) \b
          | back (?:ed|s|ing) \b
          | warn (?:ed|s|ing) \b
          | condemn (?:ed|s|ing) \b
          | (?<= \b (?: (?:took|take|takes|taking) \s+ the \s+ (?:floor|opportunity|occasion)
                      | used \s+ (?:its|their|the) \s+ (?:[\w'’-]+\s+){0,2}? (?:statements?|speech(?:es)?|interventions?|remarks|time|address|session|debate)
                        (?:\s+(?:here|there|at\s+[^,.;]{1,40}?))?
                      | (?:spoke|rose) ) \s+ to \s+ )
            (?:condemn|critici[sz]e|deplore|oppose|reject|call\s+for|press\s+for|urge|argue|insist|warn|regret|back|advocate|demand) \b
                                                                 # done by speaking: "took the floor to condemn", "used their
                                                                 # statements here to condemn", "used the opening session to demand"
          | (?:issued|voiced|added|made) \s+ (?:[\w-]+\s+)? condemnations? \b   # "France and Norway issued similar condemnations"
          | dissociat (?:e|ed|es|ing) \s+ (?:itself|themselves|ourselves) \s+ from \b
          | (?:could|can|would|will|did|does) \s* (?:not|n[o'’]?t) \s+ associate \s+ (?:itself|themselves|ourselves) \s+ with \b
                                                                 # "Egypt dissociated itself from the Declaration"
          | unacceptable \b | (?:deeply\s+)? regrettable \b | (?:could|can) \s+ never \s+ be \s+ justified \b | must \s+ be \s+ condemned \b
                                                                 # "said that the use ... was unacceptable"
          | critici[sz] (?:ed|es|ing) \b | deplor (?:ed|es|ing) \b
          | (?<! \b matter \s+ of \s+ ) regret (?:ted|s)? \b   # "noted with regret"; not "It was a matter of regret that ..."
          | attempt (?:ed|s|ing) \s+ to \b
          | tr (?:ied|ies|ying) \s+ to \b
          | want (?:ed|s) \s+ (?:a|an|the|to|no) \b                # "wants no exceptions at all"
          | (?<! \b (?:I|we) \s+ ) want \s+ (?:a|an|the|to) \b   # "The UK and France want an exclusion"; not a speaker's "we want to name"
          | propos (?:ed|es|ing) \b
          | weaken \b | strengthen \b
          | water (?:ed)? \s+ down \b
          | exceptions? \b (?<! \b {{WithException}} ) (?! \s+ of \b) | exemptions? \b
                                                                 # not "with the exception of Egypt", "with one exception: Egypt"
          | transition \s+ periods? \b
          | interoperability \b
          | (?:spoke|speaks?|speaking) \s+ (?:out\s+|(?:one\s+after|in\s+turn\s+after)\s+(?:another|the\s+other)\s+|in\s+turn\s+|(?:\w+ly)\s+)? (?:in\s+favou?r|against) \b
                                                                 # "spoke one after another against any carve-outs", "spoke strongly against"
          | (?:spoke|speaks?|speaking) \s+ up \s+ for \b
          | (?:spoke|speaks?|speaking) \s+ (?:out\s+)? for
            (?= \s+ (?:a|an|the)? \s* (?:[\w-]+\s+){0,2}? (?:ban|prohibition|adoption|treaty|Convention|text|protocol|exceptions?|exemptions?
                |transition|interoperability|victims?|declaration)\b )
                                                                 # "spoke for a comprehensive ban"; not "speaking for the African Group"
          | (?:spoke|speaks?|argued) \s+ (?:in\s+(?:the\s+same|a\s+similar)\s+vein|to\s+the\s+same\s+effect|along\s+(?:the\s+same|similar)\s+lines
              |in\s+(?:this|that|the\s+same)\s+sense|in\s+(?:similar|the\s+same)\s+terms) \b
                                                                 # "Austria and Costa Rica spoke in similar terms"
          | (?:took|taken|takes?|taking) \s+ (?:a|the) \s+ (?:similar|same|different|opposite|contrary|harder|softer|tougher|firm|hard) \s+ (?:line|view) \b
                                                                 # "Japan and Australia have taken a similar line", "take the opposite view"
          | (?:tabled|circulated|submitted|put\s+forward) \s+ (?:[\w'’-]+\s+){0,2}? (?:proposals?|amendments?|texts?|papers?|wording|language) \b
                                                                 # "circulated an amendment that would have replaced 'condemn'"
          | (?:prepared|ready|willing) \s+ to \s+ (?:accept|support|back) \b   # not "ready to sign": a plan, not a stance
          | (?:decided|decides|chose|chosen) \s+ not \s+ to \s+ (?:sign|join|ratify|accede|subscribe|endorse) \b
          | refus (?:ed|es|ing|e) \s+ to \s+ (?:sign|join|ratify|accede|subscribe|endorse|support|accept) \b
          | dismiss (?:ed|es|ing)? \s+ (?:the\s+)? (?:treaty|Convention|ban|text|process) \b
          | (?:{{DoNot}})? (?:regard|understand|interpret|consider|read) (?:s|ed|ing)? \s+ (?:[\w'’().-]+\s+){1,8}? (?:as|to\s+be) \s+ (?:(?:a|an|already|being|still|not|clearly|fully)\s+)*
            (?:[\w-]+\s+){0,9}? (?:prohibit\w* | bann\w* | forbid\w* | cover\w* | permit\w* | allow\w* | lawful | unlawful | illegal | legitimate
              | (?:in)?compatible | militarily \s+ useful | (?:lying\s+)? outside) \b
                                                                 # how a state reads the treaty: "regard investment in producers as
                                                                 # prohibited", "read Article 21 as allowing", "does not regard
                                                                 # the weapons as unlawful", "regards investment as a form of
                                                                 # assistance that Article 1 forbids"
          | (?:said|says|say|stated|states|state|held|holds|hold|maintain(?:ed|s)?|declared|told \s+ (?:[\w'’-]+\s+){0,2}? [\w'’-]+) (?: \s* , [^,;:.]{1,80} (?:,[^,;:.]{1,80}){0,2} , )? \s+ that \s*
            (?:,?\s*in\s+(?:its|their|his|her|our)\s+view\s*,?\s*)?
            (?: (?:the\s+)? (?:Convention|treaty|ban|CCM) \s+
                (?:(?:already|also|clearly|does\s+not|did\s+not|doesn't|do\s+not|would\s+not|cannot)\s+)*
                (?:prohibit|ban|forbid|cover|permit|allow|regulat)\w* \b
              | (?:[\w-]+\s+){1,6}? (?:is|are|was|were) \s+ (?:(?:already|also|clearly|not)\s+)* (?:prohibited|banned|forbidden|covered|permitted|allowed)
                \s+ (?:by|under) \s+ the \s+ (?:Convention|treaty|CCM) \b )
                                                                 # a reading of the treaty reported: "have each stated that the
                                                                 # Convention does not cover investment", "have told campaigners that
                                                                 # in their view the Convention does not regulate investment", "has
                                                                 # declared, in parliament, that investment in producers is already
                                                                 # prohibited by the Convention"
          | sid (?:ed|es|e|ing) \s+ with \b                      # "Some 50 states sided with them"
          | (?:took|take|takes|taking) \s+ the \s+ floor \s+ (?:for|against|in\s+(?:favou?r|support)\s+of) \b (?! \s+ (?:the|a) \s+ (?:[\w-]+\s+)? time \b )
                                                                 # "took the floor for the draft"; not "for the first time"
          | {{DoNot}} agree \s+ with \b   # "stated publicly that they did not agree with the transfer"
          | object (?:ed|s|ing)? \s+ that \b
          | (?<= \b (?:is|are|was|were|remains?|remained|stands?|stood|came\s+out|come\s+out|spoke\s+out) \s+ (?:firmly\s+|strongly\s+|also\s+|still\s+)? )
            against \b                                          # "China and Russia are against outlawing them"
          | put \s+ forward \b                                   # "Costa Rica put forward a 'One Plus One' approach"
          | made \s+ (?:a\s+)? (?:similar|the\s+same|much\s+the\s+same|comparable) \s+ (?:arguments?|points?|case|calls?|demands?|statements?) \b
                                                                 # "Japanese and German delegates made similar arguments", "Argentina made a similar point"
          | issued \s+ (?:[\w-]+\s+)? statements? \s+ (?:in\s+the\s+same\s+vein|to\s+the\s+same\s+effect|along\s+the\s+same\s+lines) \b
                                                                 # "Norway, Ireland and Austria issued statements in the same vein"
          | (?:issued|gave|delivered|circulated|tabled|voiced|put\s+out) \s+ (?:very\s+|broadly\s+)? similar \s+
            (?:statements?|language|proposals?|texts?|calls?|appeals?|arguments?|points?|remarks|views|condemnations?|criticism|warnings?) \b
                                                                 # "Germany and France issued similar statements"
          | (?:said|say|says|stated|argued) \s+ (?:(?:much|very\s+much|essentially|broadly|largely)\s+)? the \s+ same \b (?! \s+ (?:about|of|for|on|thing\s+about) \b )
                                                                 # "Ireland and Chile have said much the same"; not "said the same
                                                                 # about" a stock or an area, which repeats another act
          | (?:obstacles?|barriers?|impediments?) \s+ to \s+ (?:joining|ratif|accession|acced|signing)
          | (?:slowness|delay|reluctance|hesitation|hesitancy) \s+ (?:in|to) \s+ (?:joining|join|ratif|acced|sign)
          | (?:worries|concerns?|reservations|doubts) \s+ (?:about|over|regarding|with) \b   # "named worries about ... joining"
          | (?:voic|express|rais) (?:ed|es|ing|e) \s+ (?:[\w-]+\s+){0,2}? (?:concerns?|alarm|dismay|disappointment) \b
                                                                 # "Mexico voiced deep concern and said the withdrawal ..."
          | (?:has|had|have) \s+ no \s+ intention \s+ of \b      # "Germany has no intention of following the US example"
          | (?:{{DoNot}} intend | (?:has|had|have) \s+ no \s+ (?:plans?|intention)) \s+ to \s+ (?:join|sign|ratify|accede|adhere) \b
                                                                 # "it does not intend to join the Convention"
          | voted \s+ (?:no|against) \b                        # "Only two delegations voted no: Russia and the United States"
          | cast \s+ (?:the\s+|a\s+|its\s+|their\s+)? (?:only\s+|sole\s+|lone\s+|single\s+)? (?:votes?|ballots?) \s+ against \b
                                                                 # "Russia cast the only vote against"
          | (?:vote[sd]?|voting|decided|decision|move[sd]?|plans?|bid) \s+ to \s+
            (?:quit|leave|withdraw\s+from|exit|pull\s+out\s+of|take\s+the\s+country\s+out\s+of) \b   # "Lithuanian lawmakers vote to quit"
          | (?<= \b (?:remains?|is|are|was|were|stays?|remained) \s+ (?:fully\s+|firmly\s+|deeply\s+|strongly\s+|still\s+)? )
            committed \s+ to \b                                 # "Sri Lanka remains committed to multilateral disarmament"
          | (?:express|reiterat|reaffirm|voic|restat|underlin) (?:ed|es|ing|e|s)? \s+
            (?:(?:its|their|his|her|strong|full|firm|continued|unwavering|general)\s+)* (?:support|opposition) \s+ (?:for|to) \b
                                                                 # "expressed their support for a comprehensive prohibition"
          | welcom (?:ed|es|ing) \s+ (?:the\s+|its\s+|their\s+|this\s+)? (?:[\w'’-]+\s+){0,3}?
            (?:text|treaty|Convention|CCM|ban|ratification|accession|decision|adoption|declaration|entry\s+into\s+force|outcome) \b
                                                                 # welcoming the treaty or another's ratification is support
          | (?:would|will) \s+ not \s+ (?:(?:sign|join|ratify|accede|participate)\b | take \s+ part \b
            | (?:seek|request|claim|need|ask\s+for|press\s+for) \s+ (?:any\s+|an\s+|a\s+)? (?:exemptions?|exceptions?|transition|retention) \b)
                                                                 # a refusal ("the US would not sign") or a renounced exemption
          | (?:would|will) \s+ (?:take\s+part|participate) \s+ in \s+ the \s+ (?:[\w'’-]+\s+){0,2}? (?:process|negotiations) \b
                                                                 # a stated plan to join the process
          | (?:urg|ask|call\w*\s+on|call\w*\s+upon|appeal\w*\s+to|encourag|recommend) \w* \s+ (?:[\w'’-]+\s+){0,12}?
            (?:join|ratify|accede|adhere|universali[sz]|bring\s+more|stop|end|ban|prohibit|eliminat|uphold|reconsider|reverse) \w*
                                                                 # "asked the states parties to work to bring more countries into",
                                                                 # a review's "recommended that Kenya ratify", "calls on every State
                                                                 # Party to uphold the norm", "urging Vilnius to reconsider"
        )
        """;

    private const string JointVoiceCue =
        $$"""
        \G(?<= \b we (?: {{WeApposition}} )? \s+ (?:(?:also|again|once\s+again|therefore|strongly|firmly|all|jointly|collectively)\s+)? )
                                                                 # "We, the States Parties listed below, condemn": its apposition
        (?:
            condemn | deplore | reaffirm | reiterate | oppose | reject | support | welcome | regret | urge
          | call \s+ (?:on|upon|for)
          | (?:are|remain) \s+ (?:[\w-]+\s+)? (?:concerned|alarmed|appalled|dismayed|committed|determined|opposed)
          | stand \s+ (?:ready|united|firm)
        ) \b
        """;

    private const string AlignmentCue =
        """
        \G(?:
            align (?:s|ed|ing)? \s+ (?:themselves|itself|ourselves) \s+ with \b
        )
        """;

    private const string VotedAgainstCue =
        """
        \G(?:
            (?:voting\s+)? against (?= \s* : | (?<=\d\s+against) \s* \( )
        )
        """;
}
