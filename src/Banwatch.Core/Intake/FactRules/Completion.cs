namespace Banwatch.Core.Intake.FactRules;

/// <summary>
/// Finishing, without saying what: "Germany finished in November 2015", "concluded their programmes", "declared
/// completion". Under a heading about stockpiles it is <c>stockpile-destroyed</c>, under one about clearance
/// <c>clearance-completed</c>, and elsewhere nothing.
/// </summary>
public static class Completion
{
    public static FactRule OfStockpiles { get; } = new(FactKind.StockpileDestroyed, Cue, section: Section.Stockpiles);

    public static FactRule OfClearance { get; } = new(FactKind.ClearanceCompleted, Cue, section: Section.Clearance);

    private const string Cue =
        $$"""
        \G {{FactRule.NotYet}}
        (?:
            (?:finished|completed|concluded) (?= \s* [,.;] | \s+ (?:in|on|by|during|before|ahead|early|late|last|this|at|well|just|years?|months?|\d) \b )
                                                                 # "Botswana finished on 18 September 2018, ahead of its deadline"
          | (?:finished|completed|concluded) \s+ (?:its|their) \s+ (?:own\s+|national\s+)? (?:programmes?|programs?|work|task|operations) \b
                                                                 # "Slovenia and Croatia both concluded their programmes"
          | (?:declared|reported|announced|confirmed) \s+ (?:its\s+|their\s+)? completion \b (?! \s+ of \b )
                                                                 # "France declared completion in mid-2016"
          | (?<= {{FactRule.LineStart}} (?:[\w-]+\s+){0,2}? ) (?:finished|completed|concluded|done|completions) (?= [^:.;\n]{0,40} : )
                                                                 # a label over its names: "Finished recently: Croatia and Spain",
                                                                 # "Earlier completions: Norway (2013)"
          | completion \s+ (?:was\s+)? (?:declared|reported|announced|confirmed) \b   # "Mozambique: completion reported in 2016"
          | (?<= \b (?:was|were|had\s+been|has\s+been|have\s+been) \s+ (?:already\s+|all\s+|long\s+)? ) done
            (?= \s* [,.;] | \s+ (?:in|on|before|ahead|early|late|last|at|well|years?|months?) \b | \s+ by \s+ (?:the\s+)? (?:end|close|middle|start|time|\d) )
                                                                 # "Norway, Belgium and Austria were already done by the end of 2010";
                                                                 # not a passive's "was done by HALO Trust"
          | (?:first|last|latest|most\s+recent|next|only) \s+ (?:ones?\s+|states?\s+|countries\s+)? to \s+ (?:finish|complete) \b (?! \s+ (?:the|its|their|a|an) \b )
                                                                 # "Spain (2018) and Switzerland (March 2019) are the most recent to finish"
        )
        """;
}
