namespace Banwatch.Core.Intake.FactRules;

/// <summary>Every fact kind's rule, in the order their facts are reported.</summary>
public static class Rules
{
    public static IReadOnlyList<FactRule> All { get; } =
    [
        Chaired.Rule,
        Endorsed.Rule,
        Signed.Rule,
        Ratified.Rule,
        RatificationProgress.Rule,
        Moratorium.Rule,
        StockpileDestroyed.Rule,
        StockpileProgress.Rule,
        ClearanceCompleted.Rule,
        ClearanceProgress.Rule,
        Pledged.Rule,
        Position.Rule,
        Attended.Rule,
    ];
}
