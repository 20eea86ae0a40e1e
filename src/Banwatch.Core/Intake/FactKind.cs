namespace Banwatch.Core.Intake;

/// <summary>The kinds of fact the record keeps about a state (issue 4's table). Wire names are kebab-case.</summary>
public enum FactKind
{
    Attended,
    Endorsed,
    Signed,
    Ratified,
    RatificationProgress,
    Moratorium,
    StockpileDestroyed,
    StockpileProgress,
    ClearanceCompleted,
    ClearanceProgress,
    Pledged,
    Chaired,
    Position,
}

public enum PositionIssue
{
    DefinitionExemptions,
    Transition,
    Interoperability,
    Clearance,
    Stockpiles,
    VictimAssistance,
    Process,
    Other,
}

public enum Stance
{
    Support,
    Oppose,
    Weaken,
    Strengthen,
}

/// <summary>The spellings used in files, JSONL and the database: "ratification-progress", "definition/exemptions".</summary>
public static class IntakeNames
{
    public static string Of(FactKind kind) => WireName.Of(kind).Replace('_', '-');

    /// <summary>The kind spelled <paramref name="name"/> as <see cref="Of(FactKind)"/> spells it, or null.</summary>
    public static FactKind? KindNamed(string name) => Enum.GetValues<FactKind>().Cast<FactKind?>().FirstOrDefault(k => Of(k!.Value) == name);

    public static string Of(PositionIssue issue) => issue switch
    {
        PositionIssue.DefinitionExemptions => "definition/exemptions",
        _ => WireName.Of(issue).Replace('_', '-'),
    };

    public static string Of(Stance stance) => WireName.Of(stance);

    public static string Of(FigureWhat what) => WireName.Of(what);
}
