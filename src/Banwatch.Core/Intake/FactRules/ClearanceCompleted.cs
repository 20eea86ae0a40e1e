using System.Text.RegularExpressions;

namespace Banwatch.Core.Intake.FactRules;

/// <summary><c>clearance-completed</c>: the state finished clearing cluster munition remnants.</summary>
public static partial class ClearanceCompleted
{
    public static FactRule Rule { get; } = new(FactKind.ClearanceCompleted, Cue());

    [GeneratedRegex(
        """
        \G(?:
            (?:completed|finished|concluded|completion\s+of) \s+ (?:the\s+|its\s+)? (?:clearance|survey\s+and\s+clearance) \b
          | declared \s+ (?:itself\s+|the\s+country\s+)? free \s+ of \s+ (?:cluster\s+munition|CMR) \b
          | (?:finished|completed) \s+ clearing \b
          | declared \s+ (?:that\s+)? (?:all\s+)? (?:its\s+)? (?:cluster\s+munition\s+)? (?:remnants|contaminated\s+areas|areas|land) \s+ (?:[\w-]+\s+){0,3}? (?:cleared|released) \b
                                                                 # "have declared all cluster munition remnants cleared"
          | (?:declared|announced|reported) \s+ (?:the\s+)? completion \s+ of \s+ (?:its\s+)? (?:clearance|article\s*4) \b
          | cleared \s+ all \s+ (?:known\s+)? (?:cluster|contaminated|areas) \b
          | all \s+ (?:[\w-]+\s+){0,3}? areas? \s+ [^.;:]{0,100}? \b (?:have|has|had) \s+ been \s+ (?:fully\s+)? (?:cleared|released) \b
                                                                 # "declared that all areas contaminated ... have been cleared"
          | (?:met|fulfilled|completed|discharged) \s+ (?:its|their) \s+ (?:article|art\.?) \s* 4 \s+ (?:\(\d\)\s+)? obligations? \b
                                                                 # "has met its article 4 obligation to clear"
        )
        """,
        FactRule.Options)]
    private static partial Regex Cue();
}
