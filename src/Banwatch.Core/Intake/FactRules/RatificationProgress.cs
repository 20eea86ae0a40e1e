namespace Banwatch.Core.Intake.FactRules;

/// <summary>
/// <c>ratification-progress</c>: a step towards ratification or accession short of the deposit (cabinet or
/// parliament approval, a bill, an instrument ready), or the state's own announcement that it will join.
/// </summary>
public static class RatificationProgress
{
    public static FactRule Rule { get; } = new(FactKind.RatificationProgress, Cue);

    /// <summary>Where a bill or a treaty goes for approval at home.</summary>
    private const string Legislature = @"(?:parliament|national\s+assembly|congress|senate|legislature|council\s+of\s+ministers)\b";

    private const string Cue =
        $$"""
        \G(?:
            ratification \s+ (?:process|bills?|laws?|legislation|progress) \b
          | progress \s+ (?:towards?|on) \s+ (?:ratification|accession) \b
          | aim (?:ed|s)? \s+ to \s+ (?:ratify|accede) \b
          | approved \s+ (?:the\s+)? (?:CCM|Convention|ratification|accession) \b
          | (?:ratification|accession|instrument) \s+ (?:has\s+been|was|had\s+been) \s+ approved \b
          | approved \s+ by \s+ (?:the\s+)? (?:parliament|cabinet|senate|congress|national\s+assembly|council) \b
          | ready \s+ to \s+ be \s+ deposited \b
          | instrument \s+ of \s+ (?:ratification|accession) \s+ (?:was|is|had\s+been|has\s+been) \s+ ready \b
          | preparing \s+ (?:its|their) \s+ instrument \b
          | (?:parliament|cabinet|senate|congress|national\s+assembly|council\s+of\s+ministers) \b
            [^.;]{0,60} \b (?:approved|passed|adopted|voted|endorsed|concurred|authori[sz]ed) \b      # "the Cabinet on Tuesday approved ..."
          | (?:will|would|intend(?:s|ed)?\s+to|plan(?:s|ned)?\s+to|hop(?:e|es|ed)\s+to|preparing\s+to|committed\s+(?:itself\s+)?to|intention\s+to|decided\s+to)
            \s+ (?:soon\s+|shortly\s+)? (?:ratify|accede|deposit|join\s+the\s+(?:Convention|treaty|CCM)|become\s+a\s+State\s+Party) \b
                                                                 # "Lebanon announced that it will ratify"
          | (?:instruments? | papers) \s+ (?:of\s+(?:ratification|accession)\s+)? (?:(?:is|was|are|were)\s+)? (?:still\s+|now\s+)?
            (?:(?:due|expected|set|scheduled)\s+)? to \s+ be \s+ (?:deposited|lodged|handed\s+over) \b
          | (?<= \b (?:the|its|their) \s+ | [:;] \s* ) deposit \s+ (?:(?:is|was)\s+)? (?:now\s+)? (?:expected|due|scheduled|planned|foreseen) \b
                                                                 # an instrument that exists and is yet to go: "instrument of
                                                                 # ratification to be deposited within days", "deposit expected in summer"
          | expected \s+ to \s+ deposit \b                       # "its instrument is ready and it is expected to deposit it"
                                                                 # (to be expected to ratify is someone else's guess)
          | (?:signed|put\s+(?:his|her|its)\s+signature\s+to) \s+ (?:the\s+)? instruments? \s+ of \s+ (?:ratification|accession) \b
                                                                 # the head of state signing the instrument
          | (?:began|begun|begins|starts?|started|initiated|launched|commenced|completed|concluded|finali[sz]ed)
            \s+ (?:the\s+|its\s+|their\s+)? (?:(?:domestic|internal|national|constitutional|legal|legislative|parliamentary)\s+)+
            (?:procedures?|process(?:es)?|formalities|steps) \b   # "has begun its domestic procedures"
          | (?:began|begun|begins|starts?|started|initiated|launched|commenced) \s+ (?:the\s+|its\s+|their\s+)?
            (?:procedures?|process(?:es)?|formalities|steps) \s+ (?:for|of|towards?|to) \s+ (?:the\s+)?
            (?:ratif|accession|acced|join|becom)                 # "has begun its procedures for ratification"
          | steps? \s+ towards? \s+ (?:ratification|accession) \b
          | (?:cabinet|parliamentary|parliament|government|council\s+of\s+ministers|presidential) \s+ approval \s+ (?:for|of|to) \s+
            (?:the\s+)? (?:accession|ratification|accede|ratify)   # "had secured Cabinet approval for accession"
          | (?:began|started|initiated|launched) \s+ (?:the\s+|its\s+)? (?:ratification|accession) \b
          | submitted \s+ [^.;]{0,40} \b to \s+ (?:parliament|the\s+national\s+assembly|congress) \b
          | (?:sent|transmitted|forwarded|referred) \s+ [^.;]{0,40}? \b (?:treaty|Convention|CCM|instruments?|bills?|ratification|accession|message|file|dossier|text) \b
            [^.;]{0,20}? \b to \s+ (?:the\s+)? {{Legislature}}
                                                                 # "the Executive transmitted the treaty to the Senate", "the Federal
                                                                 # Council sent its ratification message to parliament"
          | (?<= \b (?:treaty|Convention|CCM|instruments?|bills?|ratification|accession|file|dossier|papers|documents?) \b [^.;]{0,60}?
                 (?:has\s+been|had\s+been|was|were|is|are|would\s+be|will\s+be) \s+ (?:now\s+)? )
            (?:sent|transmitted|forwarded|referred|submitted) \s+ to \s+ (?:the\s+)? {{Legislature}}
                                                                 # "the ratification file was sent to the National Assembly"; not a
                                                                 # defence report "sent to parliament"
          | (?:ratification|accession) \s+ (?:is|was) \s+ (?:now\s+|still\s+)?
            (?:imminent | under \s+ (?:active\s+)? consideration | (?:pending \s+ (?:in|before) | ['"“‘]? before) \s+ (?:the\s+|its\s+)? (?:parliament|senate|congress|national\s+assembly|cabinet)) \b
                                                                 # "its ratification is imminent", "accession was under active
                                                                 # consideration", "ratification was pending before the Senate"
          | (?<= \b (?:ratification|implementing|implementation|enabling) \s+ ) (?:bill|legislation|law) \s+
            (?: (?:is|was|remains|has\s+been|had\s+been) \s+ )? (?:still\s+|now\s+)? (?:sitting\s+|pending\s+|lying\s+)?
            (?:before|with|in\s+(?:its\s+)?(?:final\s+)?(?:stage|reading)s?\s+(?:in|before)) \s+
            (?:the\s+|its\s+|a\s+)? (?:federal\s+)? (?:parliament|senate|congress|national\s+assembly|house|legislature)
                                                                 # "its implementing bill is still before the Senate", "a ratification
                                                                 # bill before its Senate", a note's "implementing bill still before
                                                                 # parliament", "is still sitting with a Senate committee": a step
                                                                 # under way at home
          | (?<= \b [\w-]+ \s+ ) (?:bill|legislation) \s+ (?:is|was|remains|remained) \s+ (?:now\s+|still\s+)? before \s+ (?:the\s+|its\s+)?
            (?:parliament|senate|congress|national\s+assembly|legislature|lawmakers|legislators)
                                                                 # "said its bill was now before the Senate", "its Cluster Munitions
                                                                 # Prohibition Bill is before lawmakers"
          | (?<= \b (?:its|their) \s+ (?:[\w-]+\s+)? ) bill \s+ (?:has|had) \s+ (?:now\s+)? (?:reached|passed) \s+ (?:the\s+)? (?:senate|lower\s+house|upper\s+house|national\s+assembly|first\s+reading|second\s+reading)
                                                                 # "Chile said its bill had reached the Senate"
          | (?<= \b (?:ratification|accession|domestic|national|internal|constitutional|legislative) \s+ ) (?:procedures?|process(?:es)?) \s+
            (?:were|was|are|is|had\s+been|has\s+been) \s+ (?:now\s+|well\s+)? (?:at\s+an\s+advanced\s+stage|advanced|advancing|progressing|nearing\s+completion)
                                                                 # "their domestic ratification procedures were at an advanced stage"
          | (?:instruments?|papers) \s+ (?:of\s+(?:ratification|accession)\s+)? (?:are|is|were|was) \s+ (?:now\s+)?
            (?:being \s+ (?:prepared|drafted|finali[sz]ed) | ready \b (?! \s+ for \s+ (?:use|signature) ) )
                                                                 # "the papers are now being prepared", "their instruments are ready"
          | instruments? \s+ (?:had|has) \s+ been \s+ (?:drafted|prepared|signed\s+by\s+the\s+(?:president|king|queen|head\s+of\s+state))
          | instruments? \s+ (?:of\s+(?:ratification|accession)\s+)? (?:is|was|are|were) \s+ (?:now\s+)? with \s+ the \s+ (?:president|king|queen|head\s+of\s+state|prime\s+minister) \b
                                                                 # "the instrument was with the President for signature"
          | (?:tabled|tables|tabling|introduced|introduces) \s+ (?:its\s+|their\s+|the\s+|a\s+|an\s+)? (?:implementing|ratification|accession|enabling) \s+ (?:bill|legislation) \b
                                                                 # "The Canadian government tables its implementing bill in the Senate"
          | (?:law|bill|act|decree) \s+ (?:authori[sz]ing|approving) \s+ (?:the\s+|its\s+)? (?:ratification|accession) \b [^.;:]{0,30}?
            (?:has|had|have|was|were) \s+ (?:been\s+)? (?:adopted|passed|approved|enacted|promulgated) \b
                                                                 # "the law authorising ratification had been adopted"
          | (?:took|taken|takes|has\s+made|made) \s+ the \s+ decision \s+ to \s+ (?:ratify|accede|join) \b
          | expects? \s+ to \s+ (?:deposit|ratify|accede|join\s+the\s+(?:Convention|treaty|CCM)) \b
          | advancing \s+ (?:its|their) \s+ (?:(?:national|domestic|internal|ratification|accession)\s+)+ (?:procedures?|process(?:es)?) \b
        )
        """;
}
