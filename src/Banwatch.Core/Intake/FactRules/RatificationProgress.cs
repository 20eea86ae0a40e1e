using System.Text.RegularExpressions;

namespace Banwatch.Core.Intake.FactRules;

/// <summary>
/// <c>ratification-progress</c>: a step towards ratification or accession short of the deposit (cabinet or
/// parliament approval, a bill, an instrument ready), or the state's own announcement that it will join.
/// </summary>
public static partial class RatificationProgress
{
    public static FactRule Rule { get; } = new(FactKind.RatificationProgress, Cue());

    [GeneratedRegex(
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
            [^.;]{0,60} \b (?:approved|passed|adopted|voted|endorsed) \b      # "the Cabinet on Tuesday approved ..."
          | (?:will|would|intends?\s+to|plans?\s+to|preparing\s+to|committed\s+(?:itself\s+)?to)
            \s+ (?:ratify|accede|join\s+the\s+(?:Convention|treaty)) \b     # "Lebanon announced that it will ratify"
          | steps? \s+ towards? \s+ (?:ratification|accession) \b
          | (?:began|started|initiated|launched) \s+ (?:the\s+|its\s+)? (?:ratification|accession) \b
          | submitted \s+ [^.;]{0,40} \b to \s+ (?:parliament|the\s+national\s+assembly|congress) \b
        )
        """,
        FactRule.Options)]
    private static partial Regex Cue();
}
