using System.Text.RegularExpressions;

namespace Banwatch.Core.Intake.FactRules;

/// <summary>
/// <c>pledged</c>: the state announced, gave or reported funding or other assistance. The donor is the actor; the
/// recipient gets nothing.
/// </summary>
public static partial class Pledged
{
    public static FactRule Rule { get; } = new(FactKind.Pledged, Cue());

    [GeneratedRegex(
        """
        \G(?:
            pledg (?:ed|es|ing) \b
          | donat (?:ed|es|ing) \b
          | (?:provid|gave|give|giv|contribut|announc|allocat|commit|grant|fund|earmark) \w* \s+   # "gave US$ 2 million"
            (?:[\w-]+\s+){0,4}? (?:US\$|USD|\$|€|EUR|£|NOK|CHF|SEK|DKK|AUD|NZD|¥) \s? [\d,.]+
          | announced \s+ (?:new\s+)? (?:funding|assistance|support\s+of) \b
          | fund (?:ed|s|ing) \s+ (?:for\s+)? (?:clearance|victim|mine|risk|survey)
          | funded \s+ (?:\w+\s+){0,3}? by \b                    # "projects funded by Norway"
          | (?:funding|assistance|support|contributions?) \s+ (?:that\s+)? (?:they|it) \s+ (?:have|has|had) \s+ (?:committed|pledged|provided) \b
          | outlined \s+ (?:the\s+|its\s+|their\s+)? (?:[\w-]+\s+){0,2} funding \b
        )
        """,
        FactRule.Options)]
    private static partial Regex Cue();
}
