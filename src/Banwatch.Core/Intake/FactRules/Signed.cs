namespace Banwatch.Core.Intake.FactRules;

/// <summary><c>signed</c>: the state signed the Convention, or is described as a signatory.</summary>
public static class Signed
{
    public static FactRule Rule { get; } = new(FactKind.Signed, Cue);

    public static FactRule Role { get; } = new(FactKind.Signed, RoleCue, role: true);

    /// <summary>
    /// What else a state signs: a declaration, a letter, a joint statement, a grant or loan ("signed an Exchange of Notes
    /// for a grant"); the instrument of ratification is a step of ratification.
    /// </summary>
    private const string OtherDocuments = @"Declaration|agreement|memorandum|contract|letter|statement|petition|pledge|communiqu|instruments?\s+of|(?:exchange\s+of\s+)?notes|grant|loan";

    /// <summary>What after "sign" makes it no signing of a text: "sign up", "sign on to", "sign off", "a sign of", "sign language", "signs that".</summary>
    internal const string NotSigning = @"(?:up|on\s+to|off|of|language|that)\b";

    private const string Cue =
        $$"""
        \G(?:
            signing \s+ (?:the\s+)? (?:Convention|treaty|CCM|accord) \b
          | signing (?= \s+ (?:[\w-]+\s+){0,5}? (?:were|was|include[sd]?) (?:\s|:) )
                                                                 # "Also signing on the first day were Japan and Australia",
                                                                 # "Those signing that day included Chile"
          | (?<= \b (?:states|countries|governments|delegations|those) \s+ ) signing \b (?! \s+ (?:up|on\s+to|off|in\s+support)\b )
                                                                 # a caption: "States signing on the first day"
          | (?<= ^ [^\w\n]* ) signatures \b (?! \s+ (?:to|of|on|for) \s+ (?:the\s+|a\s+)? (?:[\w-]+\s+){0,3}? (?:Declaration|petition|appeal|letter) )
                                                                 # a caption or label: "Signatures by region, 3 December 2008"
          | (?<! \b (?:{{OtherDocuments}}) \w* \s+ (?:[\w'’-]+\s+){0,4}? (?:is|was|are|were|has\s+been|had\s+been|have\s+been) \s+ )
            signed \b                                            # "Ghana signed", "signed the Convention"; not "The statement
                                                                 # was signed by"
            (?! \s+ (?:on\s+to\s+|up\s+(?:to\s+)?)? (?:the\s+|a\s+|an\s+|its\s+|their\s+)? (?:[\w-]+\s+){0,3}
                (?:{{OtherDocuments}}) )
                                                                 # ... but a declaration, a letter or the instrument of
                                                                 # ratification (a step of ratification) is something else
            (?! \s+ up \b (?! \s+ (?:to|for) \s+ (?:the\s+)? (?:Convention|treaty|CCM) \b ) )
                                                                 # "the states that signed up" joined a pledge, not the treaty
          | {{FactRule.PresentAfterSubject}} sign \b
            (?! \s+ {{NotSigning}} | \s+ (?:the\s+|a\s+|an\s+|its\s+|their\s+)? (?:[\w-]+\s+){0,3} (?:{{OtherDocuments}}) | [^.!?\n]* \? )
                                                                 # a chronology's present after its subject: "Ireland and Sierra Leone
                                                                 # sign and ratify"; not "to sign", "a sign of", "Will Chile sign?"
          | (?<! \b (?:the|any|some|no|positive|encouraging|clear|early|first|few|many|all|are|were) \s+ ) signs \b
            (?! \s+ (?:of|that|up|on) \b | \s+ (?:the\s+|a\s+|an\s+|its\s+|their\s+)? (?:[\w-]+\s+){0,3}
                (?:{{OtherDocuments}}) )
                                                                 # a chronology's present: "Norway signs first"; not "signs of"
          | put \s+ (?:their|its|his|her) \s+ (?:names?|signatures?) \s+ to \s+ (?:the\s+)? (?:Convention|treaty|CCM|text (?: (?<= \b ratif [^.]{0,200}) | (?= [^.]{0,100} \b ratif))) \b
                                                                 # "put their names to the Convention"; "to the text" beside a
                                                                 # ratification ("but never ratified"), else a declaration's
          | add (?:s|ed|ing)? \s+ (?:their|its) \s+ signatures? \b   # "the Afghan delegation adds its signature"
          | (?<= \b (?:first|earliest) \s+ (?:(?:states?|countries|nations|governments)\s+)? ) to \s+ sign \b
                                                                 # "the Holy See was among the very first to sign"
          | (?<= ['’]s \s+ ) signature \b (?! \s+ (?:to|of|on) \s+ (?:the\s+)? (?:[\w-]+\s+){0,3}? (?:Declaration|instruments?) )
                                                                 # "Japan's signature came after months of debate"
          | became \s+ the \s+ (?:[\w-]+\s+){0,2}? (?:states?|countr(?:y|ies)|nations?|governments?) \s+ to \s+ sign \b
                                                                 # "Palau became the 99th state to sign": done, not intended
          | (?<= \b (?:years?|months?|decades?|weeks?|wait) \s+ (?:after|since) \s+ (?:its\s+|their\s+)? ) (?:signing|signature) \b
            (?! \s+ (?:of\s+|on\s+)? (?:the\s+|a\s+|an\s+)? (?:[\w-]+\s+){0,2}? (?:agreement|memorandum|notes?|declaration|deal|contract|instrument|law|bill) \b )
                                                                 # a deposit "more than thirteen years after signing", "ending a ten-year
                                                                 # wait since its signature in Oslo": its signature, long done
        )
        """;

    private const string RoleCue =
        """
        \G(?:
            (?:signator (?:y|ies) | signers) \b                  # "Britain and Italy are signatories", "Ghana, a signatory", "Among the signers,"
            (?! \s+ (?:of|to) \s+ (?:the\s+)? (?:[\w'’-]+\s+){0,3}? Declaration \b )   # of a declaration: endorsed
        )
        """;
}
