using System.Text.RegularExpressions;

namespace Banwatch.Core.Intake.FactRules;

/// <summary><c>signed</c>: the state signed the Convention, or is described as a signatory.</summary>
public static partial class Signed
{
    public static FactRule Rule { get; } = new(FactKind.Signed, Cue());

    [GeneratedRegex(
        """
        \G(?:
            signing \s+ (?:the\s+)? (?:Convention|treaty|CCM|accord) \b
          | signed \b                                            # "Ghana signed", "signed the Convention"
            (?! \s+ (?:on\s+to\s+|up\s+(?:to\s+)?)? (?:the\s+|a\s+|an\s+|its\s+|their\s+)? (?:[\w-]+\s+){0,3}
                (?:Declaration|agreement|memorandum|contract|letter|statement|petition|pledge|communiqu) )
                                                                 # ... but a declaration or a letter is something else
          | put \s+ (?:their|its) \s+ names? \s+ to \b           # "put their names to the Convention"
          | (?<= \b (?:a|both|all|as\s+a) \s+ ) signator (?:y|ies) \b    # "a signatory since 2008"
          | became \s+ (?:a|the\s+\w+) \s+ signatory \b
        )
        """,
        FactRule.Options)]
    private static partial Regex Cue();
}
