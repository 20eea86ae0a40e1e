namespace Banwatch.Core.Intake.FactRules;

/// <summary>
/// <c>endorsed</c>: the state endorsed, subscribed to, adhered to or signed a political declaration (Oslo,
/// Wellington, Livingstone, Vientiane, Dubrovnik ...). Signing the Convention itself is <see cref="Signed"/>.
/// </summary>
public static class Endorsed
{
    public static FactRule Rule { get; } = new(FactKind.Endorsed, Cue);

    public static FactRule Role { get; } = new(FactKind.Endorsed, RoleCue, role: true);

    private const string Cue =
        $$"""
        \G
        (?<! \b (?:statement|letter|appeal|petition|resolution|report|proposal|paper) s? \s+ (?:[\w'’-]+\s+){0,4}? (?:is|was|are|were|has\s+been|had\s+been|have\s+been) \s+ )
                                                                 # a joint statement, a letter or a resolution is not a
                                                                 # political declaration ("This statement is endorsed by")
        (?:
            endors (?:ed|es|ing|ement) \b                        # "Ghana endorsed the Wellington Declaration"
            (?! \s+ (?:the\s+)? (?:ratification|accession|bill|instrument|law|draft\s+law) \b )   # a cabinet endorsing ratification
            (?! \s+ (?:the\s+|this\s+|a\s+|an\s+|its\s+|their\s+)? (?:[\w-]+\s+){0,2}? (?:statement|letter|appeal|petition|resolution|report|proposal|paper)s? \b )
          | subscrib (?:ed|es|ing|e) \b                          # "Japan and Australia subscribed on the final day"
            (?! \s+ to \s+ (?:the\s+|this\s+|a\s+|an\s+|its\s+|their\s+)? (?:[\w-]+\s+){0,2}? (?:statement|letter|appeal|petition|resolution|report|proposal|paper)s? \b )
          | put \s+ (?:their|its|his|her) \s+ (?:names?|signatures?) \s+ to \s+ (?:the\s+)? (?:[\w-]+\s+){0,3}?
            (?:Declaration|commitment|document|communiqu[eé]|text (?<! \b ratif [^.]{0,200}) (?! [^.]{0,100} \b ratif)) \b
                                                                 # "the text" beside a ratification is the treaty's (signed)
          | (?<! \b sign (?:ed|ing|atures?) \b [^.]{0,200} ) add (?:s|ed|ing)? \s+ (?:their|its) \s+ names? \b
            (?! \s+ to \s+ (?:the\s+|this\s+|a\s+|an\s+)? (?:[\w-]+\s+){0,2}? (?:statement|letter|appeal|petition|resolution|report|proposal|paper|Convention|treaty)s? \b )
                                                                 # "delegations that added their names in the hall included Germany";
                                                                 # not to a statement, nor after others "signed" (the treaty)
          | (?<= \b Declaration \s+ (?:[\w'’-]+\s+){0,4}? (?:is|was|are|were|has\s+been|had\s+been|have\s+been) \s+ ) (?:signed|agreed|supported|backed) \b
                                                                 # "The Declaration was signed by 82 states", "was agreed
                                                                 # by all the participating states"
          | adhered \s+ to \b
          | signed \s+ up \b (?! \s+ (?:to|for|on|with) \b )       # "Among the states that signed up were Britain and France":
                                                                 # signing up with no object is to the declaration
          | associat (?:ed|es|e|ing) \s+ (?:itself|themselves) \s+ with \b    # "they associate themselves with the Oslo Declaration"
            (?! \s+ (?:the\s+|this\s+|a\s+|an\s+|its\s+|their\s+)? (?:[\w-]+\s+){0,2}? (?:statement|letter|appeal|petition|resolution|report|proposal|paper)s? \b )
          | (?:signed|signing|adopted|agreed\s+to|supported|supporting|joined|backed|backing)   # "signed the Wellington Declaration"
            \s+ (?:on\s+to\s+|up\s+to\s+)? (?:the\s+)? (?:\w+\s+){0,3} Declaration \b
          | (?: sign \s+ (?:on|up) \s+ to | {{FactRule.PresentAfterSubject}} signs? ) \s+ (?:the\s+)? (?:\w+\s+){0,3} Declaration \b
                                                                 # "used the day to sign up to the Declaration", a chronology's
                                                                 # present: "82 states sign the Wellington Declaration"
          | (?:gave|gives|give|giving|lent|lends|lend|lending) \s+ (?:(?:its|their|his|her|full|unanimous|formal)\s+)* support \s+ to \s+ (?:the\s+)? (?:\w+\s+){0,3}? Declaration \b
                                                                 # "every government present gave its support to the declaration"
        )
        """;

    private const string RoleCue =
        """
        \G(?:
            (?:signator (?:y|ies) | subscribers? | endorsers? | supporters?) \s+ (?:of|to) \s+ (?:the\s+)? (?:[\w'’-]+\s+){0,3}? Declaration \b
                                                                 # "early signatories of the Declaration included A, B",
                                                                 # "supporters of the declaration include A"
          | endorsing \s+ (?:states|countries|governments|delegations|nations) \b   # "endorsing states included Ghana, Nigeria"
        )
        """;
}
