namespace Banwatch.Core.Campaigns;

/// <summary>
/// The treaty issues campaigners track positions on (the Oslo Process debates: what the ban covers, the exemptions
/// proposed, transition, interoperability, the Art. 3/4 deadlines, retention, victim assistance, cooperation, the
/// process itself). Spellings shared with document intake's position facts: "definition/exemptions", "transition".
/// </summary>
public enum TreatyIssue
{
    [Wire("definition/exemptions")]
    DefinitionExemptions,

    [Wire("failure-rate-exemption")]
    FailureRateExemption,

    [Wire("self-destruct-exemption")]
    SelfDestructExemption,

    Transition,
    Interoperability,

    /// <summary>The Art. 4 clearance deadline.</summary>
    Clearance,

    /// <summary>The Art. 3 stockpile destruction deadline.</summary>
    Stockpiles,

    /// <summary>Retention of cluster munitions for training and development (Art. 3(6)).</summary>
    Retention,

    [Wire("victim-assistance")]
    VictimAssistance,

    /// <summary>International cooperation and assistance (Art. 6).</summary>
    Cooperation,

    /// <summary>The Oslo Process itself: who should be in it, whether it should run apart from the CCW.</summary>
    Process,

    Other,
}

/// <summary>Where a state stands on an issue: for or against the provision, pushing to weaken or strengthen it, or unclear.</summary>
public enum PositionStance
{
    Support,
    Oppose,
    Weaken,
    Strengthen,
    Unclear,
}

/// <summary>Labels for people, where the wire name would read badly.</summary>
public static class IssueText
{
    public static string Label(TreatyIssue issue) => issue switch
    {
        TreatyIssue.DefinitionExemptions => "definition and exemptions",
        TreatyIssue.FailureRateExemption => "failure-rate exemption",
        TreatyIssue.SelfDestructExemption => "self-destruct exemption",
        TreatyIssue.Transition => "transition periods",
        TreatyIssue.Clearance => "clearance deadline",
        TreatyIssue.Stockpiles => "stockpile deadline",
        TreatyIssue.Retention => "retention for training",
        TreatyIssue.VictimAssistance => "victim assistance",
        TreatyIssue.Cooperation => "international cooperation",
        TreatyIssue.Process => "the process",
        _ => WireName.Of(issue),
    };
}
