namespace Banwatch.Core.Intake.FactRules;

/// <summary>Every fact kind's rules (its acts, and for some its roles), in the order their facts are reported.</summary>
public static class Rules
{
    public static IReadOnlyList<FactRule> All { get; } =
    [
        Chaired.Rule,
        Chaired.Role,
        Endorsed.Rule,
        Endorsed.Role,
        Signed.Rule,
        Signed.Role,
        Ratified.Rule,
        Ratified.Role,
        RatificationProgress.Rule,
        Moratorium.Rule,
        StockpileDestroyed.Rule,
        StockpileProgress.Rule,
        StockpileProgress.Role,
        ClearanceCompleted.Rule,
        ClearanceProgress.Rule,
        ClearanceProgress.Role,
        Completion.OfStockpiles,
        Completion.OfClearance,
        Continuation.OfStockpiles,
        Continuation.OfClearance,
        Pledged.Rule,
        Pledged.Role,
        Pledged.Funder,
        Pledged.Costs,
        Position.Rule,
        Position.Alignment,
        Position.JointVoice,
        Position.VotedAgainst,
        Attended.Rule,
        Attended.Role,
        Attended.DoneThere,
    ];
}
