namespace Banwatch.Core.Obligations;

/// <summary>Article 7 — Transparency measures.</summary>
public static class Article7
{
    public const int DaysForInitialReport = 180;

    public const string InitialReportRule = "Art. 7(1): entry into force + 180 days";

    public const string AnnualReportRule = "Art. 7(2): 30 April after the calendar year covered";

    /// <summary>
    /// Art. 7(1): each State Party reports "as soon as practicable, and in any event not later than 180 days after
    /// the entry into force of this Convention for that State Party": 180 calendar days on (2010-08-01 gives
    /// 2011-01-28), that day included.
    /// </summary>
    public static DateOnly InitialReportDeadline(DateOnly entryIntoForce) => entryIntoForce.AddDays(DaysForInitialReport);

    /// <summary>
    /// Art. 7(2): States Parties update the information annually, "covering the last calendar year", and report it
    /// "not later than 30 April of each year": the report covering year Y is due on 30 April of Y + 1.
    /// </summary>
    public static DateOnly AnnualReportDeadline(int yearCovered) => new(yearCovered + 1, 4, 30);

    /// <summary>
    /// The first annual report covers the calendar year of entry into force, so it is due on the first 30 April
    /// after that year (the ISU's reading: entry into force 2010-08-01, first annual report 2011-04-30). For an
    /// entry into force late in a year this can fall before the initial report is due (1 December 2010: annual
    /// report 2011-04-30, initial report 2011-05-30); both are listed as the articles give them.
    /// </summary>
    public static int FirstYearCovered(DateOnly entryIntoForce) => entryIntoForce.Year;

    /// <summary>
    /// The calendar year covered by the annual report due next on or after <paramref name="on"/> (on 30 April
    /// itself, the report due that day), never a year before the first one.
    /// </summary>
    public static int YearCoveredByNextReport(DateOnly entryIntoForce, DateOnly on)
    {
        var year = on <= AnnualReportDeadline(on.Year - 1) ? on.Year - 1 : on.Year;
        return Math.Max(year, FirstYearCovered(entryIntoForce));
    }

    /// <summary>
    /// The year an annual report covers when its source does not say: the calendar year before it was submitted,
    /// the year Art. 7(2) asks it to cover (a report submitted late, in June 2017, still covers 2016).
    /// </summary>
    public static int YearCoveredWhenSubmitted(DateOnly submitted) => submitted.Year - 1;
}
