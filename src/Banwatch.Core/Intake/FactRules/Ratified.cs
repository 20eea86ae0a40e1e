namespace Banwatch.Core.Intake.FactRules;

/// <summary>
/// <c>ratified</c>: the state ratified, accepted or acceded to the Convention, or the text says it is a State Party.
/// An intention to ratify ("will ratify") is <see cref="RatificationProgress"/>.
/// </summary>
public static class Ratified
{
    public static FactRule Rule { get; } = new(FactKind.Ratified, Cue);

    public static FactRule Role { get; } = new(FactKind.Ratified, RoleCue, role: true);

    private const string Cue =
        $$"""
        \G(?:
            ratifie[ds] \b
          | accede[ds] \b
          | (?: (?:deposit(?:ed|s)|lodge[ds]) \s+ (?: (?:its|their) \s+ (?:instruments?|papers|ratification|accession) | (?:its\s+|their\s+)? (?:ratifications|accessions) )
              | (?<! \b (?:{{FactRule.Modal}}|to) \s+ ) (?:deposit|lodge)
                (?: \s+ (?:their\s+)? (?:instruments?|ratifications|accessions) | (?:ed|d)? (?= \s+ (?:together|jointly|simultaneously|on\s+the\s+same\s+day)\b )
                  | (?:ed|d) (?= \s+ (?:in|on) \s+ (?:(?:early|late|mid-?)\s*)? (?:January|February|March|April|May|June|July|August|September|October|November|December|\d) )
                                                                 # "with Burkina Faso and Moldova having deposited in February"
                  | (?:s|ed|d)? \s+ the \s+ (?:\d+(?:st|nd|rd|th)|[a-z]+(?:st|nd|rd|th)|last|final) \s+ (?:(?:and|&) \s+ (?:\d+(?:st|nd|rd|th)|[a-z]+) \s+)?
                    (?:ratifications?|accessions?|instruments?) )
                                                                 # "deposited on the same day", "deposit the 29th and 30th ratifications"
              | deposits (?= \s* [,;.] ) ) \b
                                                                 # "deposited its instrument on 31 August", "deposited ratifications
                                                                 # on the same day", a chronology's "deposits its ratification",
                                                                 # "Burkina Faso and Moldova deposit (their) ratifications",
                                                                 # "... deposit together", "23 Feb: the Netherlands deposits."
            (?! \s+ of \s+ withdrawal )                          # ... not of withdrawal
          | (?:deposit(?:ed|s|ing)?|lodg(?:ed|es|ing)|submitted|hand(?:s|ed|ing)?(?:\s+(?:over|in))?|presented|delivered|transmitted)
            \s+ (?: (?:[\w'’.-]+\s+){0,3}? instruments? \s+ of \s+ (?:ratification|accession|acceptance|approval)
                | (?:its|their) \s+ (?:ratification|accession)s? (?! \s+ (?:bills?|laws?|acts?|package|process|procedures?|plans?|proposals?|documents?|to\s+(?:the\s+)?(?:parliament|cabinet|senate|congress|national|house|assembly)) ) ) \b
                                                                 # "lodged the country's Instrument of Ratification", "handed over
                                                                 # their ratifications at once"
          | (?<= \b (?:instruments?|ratifications|accessions) \s* , \s* ) (?:deposited|lodged|handed\s+over) \s+ by \b
                                                                 # "The 29th and 30th instruments, deposited by Burkina Faso and Moldova"
          | (?:instruments? \s+ of \s+ (?:ratification|accession|acceptance|approval) | (?:ratification|accession) \s+ instruments?)
            \s+ (?: (?:was|were|has|have|had) \s+ (?:(?:just|now|already|recently|formally|duly)\s+)? (?:been\s+)? )? (?:deposited|lodged|handed|submitted|received|presented|delivered) \b
                                                                 # "the ratification instruments handed to the UN ... by Moldova"
          | (?<= \b (?:whose|more|further|other|two|three|four|five|six|\d+) \s+ ) instruments? \s+ (?:was|were|had\s+been|has\s+been|have\s+been) \s+ (?:deposited|lodged) \b
                                                                 # "Nigeria and South Sudan, whose instruments were deposited last year",
                                                                 # "Three more instruments were lodged ..., by Ireland"
          | (?<! \b (?:until|till|before|once|when|after) \s+ (?:its|their|the)? \s* ) (?:ratification|accession) \s+ (?:of\s+the\s+(?:Convention|CCM|treaty)\s+)? (?:is|was|has\s+been|had\s+been) \s+
            (?:already\s+|now\s+)? (?:complete|completed|finali[sz]ed|concluded) \b
                                                                 # "Norway, whose ratification is already complete"; not "attends as an
                                                                 # observer until its ratification is complete", still to come
          | joined \s+ (?:the|this) \s+ (?:Convention|treaty|CCM) \b   # "Sri Lanka only joined this Convention in March"
          | accepted \s+ the \s+ (?:Convention|treaty|CCM) \b   # "Japan, which accepted the Convention in July 2009" (Article 16); not
                                                                 # "Congress had approved the treaty", a step before it
          | (?: bec (?:ame|ome|omes|oming) \s+ (?:a\s+)? | became \s+ (?:a\s+)? States? \s+ ) Part (?:y|ies) \b (?! \s+ to \s+ (?:the\s+)? (?:conflict|war|Mine|Ottawa|CCW) )
                                                                 # "Eight States became party during the reporting period, namely ...",
                                                                 # "which became a State Party in January 2019"
          | (?<= \b (?:also|both|all|each|then|sign\s+and) \s+ ) ratify (?= \s+ (?:on|in|at)\s+ (?:the\s+)? (?:same|opening|first|\d) )
                                                                 # a chronology's present: "Ireland and Sierra Leone also ratify on the
                                                                 # opening day", "... sign and ratify on the same day"
          | joined (?= \s+ (?:[\w-]+\s+){1,2}? ago \b )           # "Guyana joined two years ago"
          | (?:came|come|comes|coming) \s+ on \s+ board \b      # "the Maldives and the Philippines also came on board in 2019"
          | (?<= \b (?:been|was|were) \s+ (?:also\s+|since\s+)? ) joined (?= \s+ (?:[\w-]+\s+){0,3}? by \b )
                                                                 # "the Convention has also been joined by Paraguay"
          | (?:became | {{FactRule.PresentAfterSubject}} becomes?) \s+ the \s+ (?:[\w-]+\s+){0,3}? (?:states?|countr(?:y|ies)|nations?|governments?) \s+ to \s+ (?:ratify|accede|join) \b
                                                                 # "Iraq became the 80th state to ratify": done, not intended; a
                                                                 # chronology's "A and B become the 29th and 30th states to ratify"
          | (?:has|have|had) \s+ (?:(?:now|since|also|recently|already|all|both)\s+)? joined (?:\s+it)?
            (?= \s* (?:[,;:.)]|$) | \s+ (?:since|while|today|yesterday|recently|lately|(?:this|last)\s+(?:year|month|week)|in\s+\d|on\s+\d)\b )
                                                                 # "Cuba and Palau have joined, while ...": joined with no object
                                                                 # is joining the treaty the text is about
          | (?<= \b (?:first|earliest) \s+ (?:(?:states?|countries|nations|governments)\s+)? to \s+ (?:sign\s+and\s+)? ) ratify \b
                                                                 # "among the very first to sign and ratify": done, not intended
          | joined (?= \s+ (?:in|on) \s+ (?:\d|(?-i:(?:{{DateWords.Month}})\b)) )
                                                                 # "Vanuatu joined in September": joining with no object, dated
          | (?<= \b (?:which|that) \s+ (?:also\s+)? ) joined
            (?= \s+ (?:in|on|last|this)\s+ (?:\d|(?-i:[A-Z])|year|month|summer|spring|autumn|winter|the\s+(?:last|previous|(?-i:[A-Z]))) | \s+ (?:since|after|between|during|over)\b | \s* [,;.)] )
                                                                 # "The UK, which joined in May, has begun destroying its stockpile",
                                                                 # "the states that joined since the Fifth Meeting", "since then"
          | (?<= \b (?:states|countries|nations|governments|following) \s+ ) joined
            (?= \s+ (?:in|during|between|over|since) \s+ (?:\d|the\s+(?:[\w-]+\s+)?(?:period|years?|months|weeks|past)) | \s* [,:] )
                                                                 # "only ten states joined in 2017-2020, namely ...", "The following
                                                                 # joined in the twelve months before the conference: A, B"
          | (?:ratification|accession) \s+ (?:followed|came|took\s+place|(?:was\s+)?deposited|was\s+completed|took\s+effect|has\s+taken\s+effect) \b
                                                                 # "Ratification followed on 4 May 2010" (in a profile), "Iceland's
                                                                 # ratification deposited only last week"
          | went \s+ on \s+ to \s+ (?:ratify|accede|join\s+the\s+(?:Convention|treaty|CCM)) \b   # "hosted a regional meeting and went on to ratify"
          | complet (?:ed|es|ing) \s+ (?:its\s+|their\s+|the\s+)? (?:formal\s+)? (?:accession|ratification) \b
                                                                 # "South Sudan completed its formal accession"
          | (?<= (?<! \b (?:would|will|could|should|to) \s+ (?:\w+ly\s+)? ) \b (?:(?:welcom|recall|celebrat|mark|salut|congratulat|acknowledg)\w* | not(?:e|ed|es|ing) | and)
                \s+ (?:also\s+|in\s+particular\s+)? (?:the\s+)? (?:recent\s+)? )
            (?:accession|ratification) s? (?: \s+ and \s+ (?:accession|ratification) s? )? (?: \s+ (?:in|on|during) \s+ [\w\s]{1,20}? )? \s+ (?:by|of) \b
            (?! \s+ (?:the\s+)? (?:Convention|CCM|treaty|instruments?) \b )
                                                                 # "recalls the accession by Palau", "welcome the ratifications and
                                                                 # accessions of Guinea", "the accession in July of Slovakia", "We note
                                                                 # in particular the ratifications by Canada";
                                                                 # not "would welcome the accession of Thailand"
          | (?<= (?<! \b (?:would|will|could|should|to|expected|awaited|pending|more) \s+ (?:\w+\s+)? ) \b (?:ratification|accession)s \b [^.;:]{0,80}?
                \b (?:among\s+them|including|notably|in\s+particular|such\s+as) \s+ ) those \s+ of \b
                                                                 # "the ratifications deposited since last year, among them those of
                                                                 # Sweden": the plural noun's own act
        )
        """;

    private const string RoleCue =
        """
        \G(?:
            (?<! Meetings? \s+ of \s+ (?:the\s+)? ) States? \s+ Part (?:y|ies) \b   # "Niger, a State Party since 2009"
          | (?<= \b (?:received|receiving|receipt\s+of) \s+ (?:the\s+)? ) instruments? \s+ of \s+ (?:ratification|accession|acceptance|approval) \s+ from
          | instruments? \s+ (?:(?:of\s+)? (?:ratification|accession)\s+)? (?:was|were|had\s+been|have\s+been|has\s+been) \s+ received \s+ from
                                                                 # a depositary's notice: "has received instruments of ratification
                                                                 # from Burkina Faso", "Instruments were received from Fiji"
                                                                 # ... but "the Meeting of States Parties" is a meeting
          | part (?:y|ies) \s+ to \s+ (?:the \s+ (?:Convention|CCM|treaty) | it) \b   # "nineteen Member States are party to it, namely ..."
          | members? \s+ of \s+ the \s+ (?:Convention|CCM) \b
          | (?<! \b not \s+ (?:[\w-]+\s+)? ) bound \s+ by \s+ (?:the\s+|this\s+)? (?:Convention|CCM|treaty) \b
                                                                 # "the states already bound by the Convention", "Peru is legally bound by
                                                                 # the treaty"; not "is not bound by"
          | (?:enter|enters|entered|entering|entry) \s+ into \s+ force \s+ for \b (?! \s+ (?:it|them|all|each|every|those|the\s+(?:first|remaining|other)) \b )
                                                                 # a depositary's "the Convention will enter into force for Canada on 1
                                                                 # September", "Entry into force for Somalia: 1 March 2016": the date
                                                                 # a deposit takes effect (Article 17)
          | (?<= \b (?:is|are|was|were|been|be|(?:states|countries|members)\s+already) \s+ (?:(?:already|now|all|both|also|each|long|since)\s+)* (?:a\s+)? ) part (?:y|ies)
            (?= \s* (?:[,;.):]|$) | \s+ (?:since|already|now|too|as\s+well|for|in|by)\b )
                                                                 # "seven are already party", "Chile is a party since 2010", "States
                                                                 # already party:": the treaty the text is about ("a party to the
                                                                 # conflict" is not)
          | (?<= \b (?:a|itself\s+a) \s+ ) (?:member|party) (?= \s+ since \b )   # "Japan, a member since last summer", "a party since 2019"
          | (?: latest | newest | (?<= \b most \s+ ) recent | (?<= \b the \s+ ) last ) \s+
            (?:(?:states?|countr(?:y|ies)|members?|nations?|signator(?:y|ies)|ones?) \s+)? to \s+ (?:join|ratify|accede) \b
            (?! \s+ (?:the\s+)? (?:Mine|Ottawa|CCW|Arms|Protocol|Rome) )
                                                                 # "Cuba and Palau, the latest states to join the Convention", "The
                                                                 # most recent to join: São Tomé", "the last signatory to ratify was"
        )
        """;
}
