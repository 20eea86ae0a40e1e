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
        )
        """;
}
