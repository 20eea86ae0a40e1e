namespace Banwatch.Core.Intake.FactRules;

/// <summary>
/// <c>stockpile-progress</c>: destruction under way but not finished: some destroyed, stocks taken out of service or
/// marked for destruction, "no longer retains any".
/// </summary>
public static class StockpileProgress
{
    public static FactRule Rule { get; } = new(FactKind.StockpileProgress, Cue);

    /// <summary>Destruction under way in the states named after it: "Stockpile destruction continues in Bulgaria and Peru".</summary>
    public static FactRule Role { get; } = new(FactKind.StockpileProgress, RoleCue, role: true);

    private const string Cue =
        $$"""
        \G(?:
            (?<! \b (?:cleared|clearing|clearance|remnants|contaminated) \b [^.;:]{0,100} )   # submunitions destroyed in clearance
            destroyed                                            # "destroyed 12,000 submunitions", "destroyed part of its stocks"
            (?! \s+ (?:its|their|all|the\s+(?:whole|entirety)\s+of) \s+ (?:of\s+)? (?:its\s+|their\s+|the\s+)? (?:entire\s+|whole\s+|remaining\s+|last\s+|own\s+)? (?:stockpiled\s+)?
                (?:stockpiles?|stocks?|cluster\s+munitions) \b )
            (?! \s+ the \s+ (?:(?:last|remainder|rest) \s+ of | (?:very\s+)? (?:last|final)) \b )  # "destroyed the last of its stocks", "the last
                                                                 # cluster munitions it held" is stockpile-destroyed
                                                                 # ... but not the whole stockpile (that is stockpile-destroyed)
            \s+ (?: [\d,]+ | (?:[\w,-]+\s+){1,6}? (?:submunitions|cluster\s+munitions|bomblets|stocks?|stockpiles?) \b )
                                                                 # "destroyed more than half of its stockpile"
          | (?:take|taken|taking|took) \s+ (?:all\s+)? (?:of\s+)? (?:its\s+|their\s+)? (?:[\w-]+\s+){0,3} out \s+ of \s+ service \b
          | destruction \s+ of \s+ [\d,]+ \b
          | destruction \s+ of \s+ (?:its|their|the) \s+ remaining \s+ (?:stocks?|stockpiles?|cluster\s+munitions|submunitions) \b
                                                                 # "destruction of its remaining stock would be finished by ..."
          | (?<! \b last \b [^.;:]{0,40} ) (?<! (?<! {{StockpileDestroyed.Share}} ) \b (?:its|their) \s+ (?:[\w-]+\s+)? (?:stockpiles?|stocks) \s+ )
            (?:had|have|has) \s+ been \s+ destroyed \b
                                                                 # "95% of the submunitions had been destroyed"; "its last stocks" were all,
                                                                 # and so were "their stockpiles", unless "half of" them
          | removed \s+ from \s+ (?:operational\s+)? (?:service|use) \b
          | withdrawn \s+ from \s+ service \b
          | marked \s+ for \s+ destruction \b
          | no \s+ longer \s+ (?:retains?|holds?|possess(?:es)?|has) \s+ (?:any\s+)? (?:cluster|stock) \b
          | (?:began|begun|begins|started|starts|continued|continues|continue|continuing) \s+ (?:the\s+|its\s+|their\s+)? (?:destruction|destroying|to\s+destroy|dismantling|disassembly|demilitari[sz]ation) \b
                                                                 # "continued their destruction programmes", "continue to destroy theirs"
          | (?:is|are) \s+ (?:now\s+|still\s+)? being \s+ (?:destroyed|dismantled|disassembled|demilitari[sz]ed) \b
                                                                 # "Spain: ... the remainder is now being dismantled"
          | (?<= \b (?:its|their) \s+ (?:[\w-]+\s+)? (?:stocks|stockpiles?) \s+ ) (?:was|were) \s+ (?:now\s+|still\s+)? being \s+ (?:destroyed|dismantled) \b
                                                                 # "Germany and Japan said that their stocks were being destroyed on schedule"
          | (?:halfway|half-way|midway|part\s+of\s+the\s+way) \s+ through \s+ (?:its|their) \s+ (?:own\s+)? (?:stockpile\s+)? (?:destruction|stocks?|stockpiles?) \b
                                                                 # "Switzerland said it was about halfway through its own destruction programme"
          | well \s+ advanced \s+ with \s+ (?:its|their) \s+ (?:own\s+)? (?:stockpile\s+)? destruction \b   # "are well advanced with their destruction programmes"
          | (?:working|worked|works|work) \s+ through \s+ (?:theirs|its\s+own|(?:its|their)\s+(?:own\s+)?(?:stocks?|stockpiles?)) \b
                                                                 # "Germany and France are still working through theirs"
          | on \s+ (?:their|its) \s+ way \s+ to \s+ (?:finishing|completing|destroying|eliminating) \s+ (?:theirs|its\s+own|(?:its|their)\s+(?:own\s+)?(?:stocks?|stockpiles?|destruction)) \b
                                                                 # "Germany, Italy and Sweden are well on their way to finishing theirs"
          | destroyed \s+ (?:(?:more\s+than|over|about|around|nearly|almost|some|roughly)\s+)?
            (?:most|part|some|half|much|the\s+bulk|the\s+majority|[\d.]+\s*(?:%|percent|per\s+cent)) \s+ of \s+ (?:its|their|the) \b
                                                                 # "has destroyed most of its stockpile", "more than 60% of its stocks"
          | completed \s+ [\d.]+ \s* (?:%|percent|per\s+cent) \s+ of \s+ (?:its|their|the) \s+ (?:stockpile\s+)? destruction \b
          | (?:stockpile \s+ destruction | destruction \s+ of \s+ (?:its|their|the) \s+ (?:[\w-]+\s+){0,2}? (?:stockpiles?|stocks?|cluster\s+munitions))
            (?: \s+ (?:programmes?|programs?|process|work|efforts?|operations?|plans?) )?   # "their stockpile destruction programmes were under way"
            (?: \s* , [^,.;:]{1,40} , )?                         # an aside: "the destruction of its cluster munitions, begun last year, was going well"
            \s+ (?:began|started|continued|continues | (?:is|was|are|were|has\s+been|had\s+been) \s+ (?:now\s+|still\s+|well\s+|largely\s+)?
                   (?:under\s?way|ongoing|in\s+progress|advanced|progressing|proceeding|continuing|half\s+done|going\s+(?:well|on)|on\s+(?:track|schedule))) \b
                                                                 # "destruction of its stockpile was well advanced"
          | (?:(?:is|are|was|were|has\s+been|have\s+been) \s+ (?:still\s+|now\s+|also\s+|both\s+|all\s+)? | still \s+) (?:destroying|dismantling) \s+ (?:its|theirs?|declared|remaining|stocks?|stockpiles?|the\s+(?:last|rest|remainder)\s+of) \b
                                                                 # "are still destroying theirs", "The Netherlands, also still destroying
                                                                 # their stocks, ..."
          | destruction (?: \s+ of \s+ (?:its|their|the) \s+ [^.;:]{0,60}? \b )? \s+ (?:had|has|have) \s+ (?:now\s+)? (?:begun|started) \b
                                                                 # "the destruction of the cluster munitions held by its armed forces had begun",
                                                                 # "Croatia: destruction has started"
          | (?<= \b (?:reported|reporting|reports|report|with) \s+ (?:stockpile\s+)? ) destruction \s+ (?:under\s?way|ongoing|in\s+progress) \b
                                                                 # "Eight further States Parties reported destruction under way"
          | in \s+ the \s+ (?:process|course|midst) \s+ of \s+ (?:destroying|dismantling) \b   # "are in the process of destroying theirs"
          | in \s+ the \s+ (?:middle|midst|last\s+phase|final\s+phase|last\s+stages?|final\s+stages?) \s+ of \s+ (?:its\s+|their\s+|a\s+|the\s+)? (?:own\s+|large\s+)?
            (?:stockpile\s+destruction|destruction|destroying) \b   # "in the last phase of its destruction programme"
          | (?:destruction|stockpile\s+destruction) \s+ (?:programmes?|programs?) \s+ (?:(?:that|which)\s+(?:is|are|was|were)\s+(?:still\s+|now\s+)?)?
            (?:under\s?way|in\s+progress|running|continuing|proceeding|advancing|on\s+(?:track|schedule)) \b
                                                                 # "have destruction programmes under way", "described destruction
                                                                 # programmes that are running to schedule"
          | (?:its|their) \s+ (?:own\s+)? (?:stockpile\s+)? destruction \s+ (?:programmes?|programs?|process|work) \s+
            (?:continues|continued | (?:is|was|are|were) \s+ (?:still\s+|now\s+|well\s+)?
               (?:under\s?way|ongoing|in\s+progress|continuing|advanced|progressing|proceeding|in\s+(?:its|their|the)\s+(?:final|last)\s+(?:phase|stages?))) \b
                                                                 # "reports that its destruction programme continues", "their
                                                                 # destruction programmes were continuing", "... was in its final phase"
          | well[\s-]advanced \s+ (?:[\w-]+\s+)? (?:programmes?|programs?) \s+ (?:to\s+destroy|for\s+(?:the\s+)?destruction|of\s+destruction) \b
          | (?<= \b (?:that|and|but|as) \s+ ) destruction \s+ (?:is|was|had\s+been|has\s+been) \s+ (?:now\s+|still\s+|well\s+)? (?:under\s?way|advanced|in\s+progress|proceeding) \b
                                                                 # "told the conference that destruction was well advanced"
          | (?:is|are|was|were) \s+ (?:still\s+|now\s+)? working \s+ through \s+ (?:[\w-]+\s+){0,2}? (?:stocks?|stockpiles?) \b
                                                                 # "Peru, which is still working through large stocks"
          | expect (?:s|ed|ing)? \s+ to \s+ (?:complete|finish|conclude) \s+ (?:(?:the\s+|its\s+|their\s+)? (?:stockpile\s+)? destruction | destroying) \b
                                                                 # "expects to complete destruction this year": under way
        )
        """;

    /// <summary>Work under way "in" the states named after it; <see cref="ClearanceProgress"/>'s role ends the same way.</summary>
    internal const string UnderWayIn =
        @"\s+ (?:continues|continued|is\s+(?:still\s+|well\s+)?(?:under\s?way|ongoing|continuing|in\s+progress|going\s+on|advanced)) \s+ in \b";

    private const string RoleCue =
        $$"""
        \G(?:
            (?:(?:stockpile\s+)? destruction (?: \s+ of \s+ (?:the\s+)? (?:stockpiles?|stocks|cluster\s+munitions) )?) {{UnderWayIn}}
                                                                 # "Destruction is still going on in Bulgaria, Peru and Slovakia"
          | (?<= {{FactRule.NoteStart}} (?:stockpile\s+)? ) destruction \s+ (?:of\s+(?:the\s+)?(?:stocks?|stockpiles?)\s+)? (?:still\s+)? (?:under\s?way|ongoing|in\s+progress) \b
                                                                 # a note's or a table cell's "destruction of stocks in progress"
          | (?<= {{FactRule.LineStart}} (?: (?:[a-z]|\d{1,2}) [.)] \s+ )? ) (?: (?:stockpile\s+)? destruction \s+ (?:is\s+)? (?:still\s+)? (?:under\s?way|ongoing|in\s+progress|continuing) | (?:still\s+)? destroying )
            (?= [ \t]* (?:\([^()\n]*\))? [ \t]* (?: : | \r?\n | $ ) )
                                                                 # a label over its names: "Destruction still under way: Bulgaria,
                                                                 # Peru", or a heading over them: "B. DESTRUCTION UNDER WAY"
        )
        """;
}
