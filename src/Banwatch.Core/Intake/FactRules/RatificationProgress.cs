namespace Banwatch.Core.Intake.FactRules;

/// <summary>
/// <c>ratification-progress</c>: a step towards ratification or accession short of the deposit (cabinet or
/// parliament approval, a bill, an instrument ready), or the state's own announcement that it will join.
/// </summary>
public static class RatificationProgress
{
    public static FactRule Rule { get; } = new(FactKind.RatificationProgress, Cue);

    private const string Cue =
        """
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
          | (?:will|would|intends?\s+to|plans?\s+to|preparing\s+to|committed\s+(?:itself\s+)?to|intention\s+to|decided\s+to)
            \s+ (?:soon\s+|shortly\s+)? (?:ratify|accede|deposit|join\s+the\s+(?:Convention|treaty|CCM)|become\s+a\s+State\s+Party) \b
                                                                 # "Lebanon announced that it will ratify"
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
        )
        """;
}
