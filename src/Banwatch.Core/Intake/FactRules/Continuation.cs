namespace Banwatch.Core.Intake.FactRules;

/// <summary>
/// Work going on, without saying what: "Chad continued work in the north", "Lebanon and Iraq also run large
/// programmes", "still in the middle of this work". Under a heading about stockpiles it is <c>stockpile-progress</c>,
/// under one about clearance <c>clearance-progress</c>, and elsewhere nothing (see <see cref="Completion"/> for
/// finishing).
/// </summary>
public static class Continuation
{
    public static FactRule OfStockpiles { get; } = new(FactKind.StockpileProgress, Cue, section: Section.Stockpiles);

    public static FactRule OfClearance { get; } = new(FactKind.ClearanceProgress, Cue, section: Section.Clearance);

    private const string Cue =
        """
        \G(?:
            continu (?:ed|es|e|ing) \s+ (?:(?:its|their|the)\s+)? (?:[\w-]+\s+){0,2}? (?:work|operations|programmes?|programs?|efforts) \b
                                                                 # "Chad continued work in the north of the country"
          | (?:run|runs|running|ran) \s+ (?:(?:its|their|the)\s+)? (?:[\w-]+\s+){0,2}? (?:programmes?|programs?|operations) \b
                                                                 # "Lebanon and Iraq also run large programmes"
          | in \s+ the \s+ (?:middle|midst) \s+ of \s+ (?:this|that|the|their|its) \s+ (?:work|task|process) \b
                                                                 # "several States Parties are still in the middle of this work"
        )
        """;
}
