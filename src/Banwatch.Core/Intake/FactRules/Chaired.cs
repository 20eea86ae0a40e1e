using System.Text.RegularExpressions;

namespace Banwatch.Core.Intake.FactRules;

/// <summary>
/// <c>chaired</c>: the state hosted, chaired, presided over or co-chaired a meeting or one of its sessions, or served
/// as Friend of the President or coordinator. A venue is not a host: "held in Lima" names no chair.
/// </summary>
public static partial class Chaired
{
    public static FactRule Rule { get; } = new(FactKind.Chaired, Cue());

    [GeneratedRegex(
        """
        \G(?:
            co-?chair (?:ed|s|ing|man|woman|person)? \b          # "New Zealand co-chaired the session"
          | chair (?:ed|s|ing|man|woman|person)? \b              # "chaired by Ireland"
          | presid (?:ed|es|ing) \b                              # "presided over by Lao PDR"
          | presidency \b                                        # "the Swiss presidency"
          | (?<= \b (?:elected|as|served\s+as|became) \s+ (?:the\s+)? ) President \b
          | host (?:ed|s|ing)? \b                                # "hosted by", "host country", "will host"
          | Friends? \s+ of \s+ the \s+ President \b
          | co-?ordinat (?:ors?|ed) \b                           # "coordinators on victim assistance"
          | facilitator \b
          | led \s+ (?:the\s+)? (?:discussions?|sessions?|debate|work|consultations) \b
        )
        """,
        FactRule.Options)]
    private static partial Regex Cue();
}
