using System.Text.RegularExpressions;

namespace Banwatch.Core.Intake.FactRules;

/// <summary><c>moratorium</c>: a national moratorium or ban on the use, production or transfer of cluster munitions.</summary>
public static partial class Moratorium
{
    public static FactRule Rule { get; } = new(FactKind.Moratorium, Cue());

    [GeneratedRegex(
        """
        \G(?:
            moratori (?:um|a) \b                                 # "announced a moratorium on exports"
          | national \s+ ban \b
          | unilateral \s+ ban \b
          | banned \s+ (?:the\s+)? (?:use|production|transfer|export) \b
        )
        """,
        FactRule.Options)]
    private static partial Regex Cue();
}
