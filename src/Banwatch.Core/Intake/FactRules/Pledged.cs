using System.Text.RegularExpressions;

namespace Banwatch.Core.Intake.FactRules;

/// <summary>
/// <c>pledged</c>: the state announced, gave or reported funding or other assistance. The donor is the actor; the
/// recipient gets nothing.
/// </summary>
public static partial class Pledged
{
    public static FactRule Rule { get; } = new(FactKind.Pledged, Cue());

    public static FactRule Role { get; } = new(FactKind.Pledged, RoleCue(), role: true);

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
          | (?:support(?:s|ed|ing)?|fund(?:s|ed|ing)?|financ(?:es|ed|ing)|assist(?:s|ed|ing)?)
            \s+ (?:the\s+)? (?:[\w-]+\s+){0,2}? (?:victim\s+assistance|clearance|demining|mine\s+action|risk\s+education|survivors|victims) \b
                                                                 # "will keep supporting victim assistance and clearance programmes"
          | contribut (?:ed|es|ing) \s+ (?:[\w-]+\s+){0,2}? (?:money|funds|funding|financial|technical|expertise|equipment|know-how) \b
        )
        """,
        FactRule.Options)]
    private static partial Regex Cue();

    [GeneratedRegex(
        """
        \G(?:
            donors? \b                                          # "Norway and Japan, the largest donors"
          | donor \s+ (?:states|countries|governments) \b
        )
        """,
        FactRule.Options)]
    private static partial Regex RoleCue();
}
