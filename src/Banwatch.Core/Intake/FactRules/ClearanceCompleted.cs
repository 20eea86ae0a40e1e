namespace Banwatch.Core.Intake.FactRules;

/// <summary><c>clearance-completed</c>: the state finished clearing cluster munition remnants.</summary>
public static class ClearanceCompleted
{
    public static FactRule Rule { get; } = new(FactKind.ClearanceCompleted, Cue);

    private const string Cue =
        $$"""
        \G {{FactRule.NotYet}}
        (?:
            (?:completed|finished|concluded|completion\s+of|completing) \s+ (?:the\s+|its\s+)? (?:clearance|survey\s+and\s+clearance) \b
          | declar (?:ed|e|es|ing) \s+ (?:itself\s+|themselves\s+|the\s+country\s+|(?:its|their)\s+territor(?:y|ies)\s+)? (?:free|clear) \s+ of \s+ (?:cluster\s+munition|CMR) \b
                                                                 # "the first to declare themselves clear of cluster munition remnants"
          | declared \s+ (?:its\s+|their\s+)? (?:clearance\s+)? (?:completion \b (?! \s+ of \s+ (?!clearance) ) | complete \b | obligations? \s+ (?:fulfilled|met) \b)
                                                                 # "Mauritania declared completion in 2014", "declared its clearance obligations fulfilled"
          | (?:announced|reported|confirmed) \s+ completion \b (?! \s+ of \s+ (?!clearance) )
            (?<= \b (?:clear\w*|contaminat\w*|remnants|Article\s+4) \b [^.;]{0,160} )
                                                                 # "Norway finished clearing its ranges, and Grenada has also reported
                                                                 # completion": in a sentence about clearance, not about stockpiles
          | declared \s+ clearance \s+ of \s+ [^.;:]{0,80}? \s+ complete \b   # "declared clearance of all known contaminated areas complete"
          | (?:declared|announced|reported|confirmed) \s+ (?:the\s+)? fulfilment \s+ of \s+ (?:its|their) \s+ (?:article|art\.?) \s* 4 \b
                                                                 # "declared fulfilment of its Article 4 obligations"
          | (?:fulfilled|met|completed|discharged) \s+ (?:its|their) \s+ (?:clearance\s+)? obligations? \s+ under \s+ (?:article|art\.?) \s* 4 \b
          | (?:completed|fulfilled|met|discharged) \s+ (?:its|their) \s+ clearance \s+ obligations? \b
          | (?:its|their) \s+ last \s+ (?:[\w-]+\s+){0,3}? (?:areas?|sites?|plots?) \s+ (?:had|has|have) \s+ been \s+ (?:cleared|released) \b
                                                                 # "Norway reported that its last contaminated area had been cleared"
          | (?<= {{FactRule.NoteStart}} (?:the\s+)? ) last \s+ (?:[\w-]+\s+){0,2}? (?:areas?|sites?|land) \s+ (?:was\s+|were\s+)? (?:cleared|released) \b
                                                                 # a table cell's "last contaminated area cleared September 2013"
          | cleared \s+ (?:its|their|the) \s+ last \s+ (?:[\w-]+\s+){0,3}? (?:areas?|sites?) \b   # "has cleared the last known areas contaminated"
          | cleared \s+ the \s+ last \s+ of \s+ (?:its|their|the) \s+ (?:[\w-]+\s+){0,3}? (?:land|areas?|sites?|remnants) \b
                                                                 # "it had cleared the last of its contaminated land"
          | declared \s+ (?:its|their) \s+ (?:land|territory) \s+ (?:clear|free) \b   # "declared its land clear in 2023"
          | declared \s+ (?:all\s+)? (?:(?:its|their)\s+)? (?:known\s+)? (?:(?:contaminated|affected|suspected)\s+)? (?:areas|land|sites) \s+ (?:as\s+)? (?:clear|cleared|free) \b
                                                                 # "have declared all known contaminated areas clear"
          | clearance \s+ of \s+ [^.;:]{0,80}? \s+ (?:was|is|had\s+been|has\s+been) \s+ (?:now\s+)? (?:finished|completed|complete) \b
                                                                 # "reported that clearance of contaminated land on their territory is complete"
          | (?:finished|completed) \s+ clearing \b
          | declared \s+ (?:that\s+)? (?:all\s+)? (?:its\s+)? (?:last\s+)? (?:known\s+)? (?:cluster\s+munition\s+)? (?:remnants|contaminated\s+areas|areas|land|submunitions) \s+ (?:[\w-]+\s+){0,3}? (?:cleared|released) \b
                                                                 # "have declared all cluster munition remnants cleared"
          | (?:declared|announced|reported) \s+ (?:the\s+)? completion \s+ of \s+ (?:its\s+|their\s+)? (?:clearance|article\s*4) \b
                                                                 # "have declared completion of their Article 4 obligations: Albania (2009), ..."
          | cleared \s+ all \s+ (?:(?:its|their)\s+)? (?:known\s+)? (?:cluster|contaminated|areas) \b
          | all \s+ (?:[\w-]+\s+){0,3}? (?:areas?|remnants) \s+ [^.;:]{0,100}? \b (?:(?:have|has|had) \s+ (?:now\s+)? been|were) \s+ (?:fully\s+)? (?:cleared|released) \b
                                                                 # "declared that all areas contaminated ... have been cleared",
                                                                 # "... that all known remnants under their control were cleared"
          | (?<= \b declared \s+ (?:that\s+)? ) all \s+ (?:[\w-]+\s+){0,3}? (?:areas?|land) \s+ [^.;:]{0,100}? \b (?:are|were|is|was) \s+ (?:now\s+)? (?:clear|free) \b
                                                                 # "have declared that all areas contaminated by ... are clear"
          | (?:met|fulfilled|completed|discharged) \s+ (?:its|their) \s+ (?:article|art\.?) \s* 4 \s+ (?:\(\d\)\s+)? obligations? \b
                                                                 # "has met its article 4 obligation to clear"
          | (?<= \b declared \s+ that \s+ ) (?:its|their) \s+ (?:clearance|(?:article|art\.?) \s* 4) \s+ obligations? \s+ (?:are|were|is|was|(?:had|have|has) \s+ been) \s+ (?:now\s+)? (?:fulfilled|met|completed|discharged) \b
                                                                 # "have declared that their clearance obligations are fulfilled"
        )
        """;
}
