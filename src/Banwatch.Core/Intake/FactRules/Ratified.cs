using System.Text.RegularExpressions;

namespace Banwatch.Core.Intake.FactRules;

/// <summary>
/// <c>ratified</c>: the state ratified, accepted or acceded to the Convention, or the text says it is a State Party.
/// An intention to ratify ("will ratify") is <see cref="RatificationProgress"/>.
/// </summary>
public static partial class Ratified
{
    public static FactRule Rule { get; } = new(FactKind.Ratified, Cue());

    [GeneratedRegex(
        """
        \G(?:
            ratifie[ds] \b
          | accede[ds] \b
          | deposited \s+ (?:its|their) \s+ instruments? \b      # "deposited its instrument of ratification"
            (?! \s+ of \s+ withdrawal )                          # ... not of withdrawal
          | became \s+ (?:a|the\s+[\w-]+) \s+ States? \s+ Part(?:y|ies) \b
          | joined \s+ the \s+ (?:Convention|treaty|CCM) \b
          | (?<= \b (?:a|are|is|as) \s+ (?:a\s+)? ) States? \s+ Part(?:y|ies) \b   # "Niger, a State Party since 2009"
        )
        """,
        FactRule.Options)]
    private static partial Regex Cue();
}
