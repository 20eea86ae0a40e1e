namespace Banwatch.Core.Obligations;

/// <summary>What a State Party owes. Wire names are kebab-case, as the ISU and the issue write them.</summary>
public enum ObligationKind
{
    /// <summary>Art. 3: destroy stockpiled cluster munitions.</summary>
    [Wire("stockpile-destruction")]
    StockpileDestruction,

    /// <summary>Art. 4: clear and destroy cluster munition remnants.</summary>
    [Wire("clearance")]
    Clearance,

    /// <summary>Art. 7(1): the initial transparency report.</summary>
    [Wire("initial-report")]
    InitialReport,

    /// <summary>Art. 7(2): the annual update, covering one calendar year.</summary>
    [Wire("annual-report")]
    AnnualReport,
}

/// <summary>Where an obligation stands on a date.</summary>
public enum ObligationStatus
{
    /// <summary>Completed (known by that date), on time or late: <see cref="Obligation.OnTime"/> tells which.</summary>
    Met,

    /// <summary>Not completed; the original deadline is that day or later.</summary>
    Pending,

    /// <summary>Not completed; an extension granted by that day sets the deadline, which is that day or later.</summary>
    Extended,

    /// <summary>The deadline in force has passed and the researched record shows no completion.</summary>
    Overdue,

    /// <summary>
    /// Reports only: the deadline has passed and no report is recorded. The report list holds the reports found,
    /// not every report (the Monitor counted 10 States Parties late with initial reports in 2021), so a missing
    /// row is not evidence that the report is missing.
    /// </summary>
    Unknown,
}

public static class ObligationKinds
{
    /// <summary>The article of the Convention that sets the obligation.</summary>
    public static int ArticleOf(ObligationKind kind) => kind switch
    {
        ObligationKind.StockpileDestruction => 3,
        ObligationKind.Clearance => 4,
        _ => 7,
    };

    /// <summary>Art. 3 and Art. 4 obligations: the ones an extension can move (Art. 3(3), Art. 4(5)).</summary>
    public static bool IsExtendable(ObligationKind kind) => kind is ObligationKind.StockpileDestruction or ObligationKind.Clearance;

    /// <summary>Art. 3(3) and Art. 4(5): one extension moves the deadline in force later by at most four (Art. 3) or five (Art. 4) years.</summary>
    public static bool IsPermittedExtension(ObligationKind kind, DateOnly deadlineInForce, DateOnly extendedTo) => kind switch
    {
        ObligationKind.StockpileDestruction => Article3.IsPermittedExtension(deadlineInForce, extendedTo),
        ObligationKind.Clearance => Article4.IsPermittedExtension(deadlineInForce, extendedTo),
        _ => false,
    };

    /// <summary>The kinds that --article names: 3 and 4 one each, 7 both reports.</summary>
    public static IReadOnlyList<ObligationKind> OfArticle(int article) =>
        [.. Enum.GetValues<ObligationKind>().Where(k => ArticleOf(k) == article)];
}
