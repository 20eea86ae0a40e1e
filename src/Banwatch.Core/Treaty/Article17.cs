namespace Banwatch.Core.Treaty;

/// <summary>Article 17 — Entry into force.</summary>
public static class Article17
{
    /// <summary>Art. 17(1): the thirtieth instrument of ratification, acceptance, approval or accession.</summary>
    public const int InstrumentsForEntryIntoForce = 30;

    /// <summary>
    /// The date of deposit of the thirtieth instrument, or null while fewer than thirty were deposited.
    /// Instruments later withdrawn still count: Art. 17(1) speaks of instruments deposited.
    /// </summary>
    public static DateOnly? ThirtiethDeposit(IEnumerable<DateOnly> deposits)
    {
        var ordered = deposits.Order().ToList();
        return ordered.Count >= InstrumentsForEntryIntoForce ? ordered[InstrumentsForEntryIntoForce - 1] : null;
    }

    /// <summary>
    /// Art. 17(1): "the first day of the sixth month after the month in which the thirtieth instrument
    /// ... has been deposited". For the CCM: 30th deposit 2010-02-16, entry into force 2010-08-01.
    /// </summary>
    public static DateOnly? ConventionEntryIntoForce(DateOnly? thirtiethDeposit) =>
        thirtiethDeposit is { } d ? FirstDayOfSixthMonthAfter(d) : null;

    /// <summary>
    /// Art. 17(2): for a state depositing <em>after</em> the date of the thirtieth deposit, the first day
    /// of the sixth month after the month of its own deposit. A state depositing on or before that date
    /// (the thirtieth itself, or another on the same day) is bound from the Convention's own entry into force.
    /// Null while the thirtieth instrument has not been deposited.
    /// </summary>
    public static DateOnly? EntryIntoForce(DateOnly deposit, DateOnly? thirtiethDeposit)
    {
        if (thirtiethDeposit is not { } thirtieth)
        {
            return null;
        }

        return deposit <= thirtieth ? FirstDayOfSixthMonthAfter(thirtieth) : FirstDayOfSixthMonthAfter(deposit);
    }

    /// <summary>The month of the deposit counts as month zero: a deposit on 5 September gives 1 March.</summary>
    public static DateOnly FirstDayOfSixthMonthAfter(DateOnly date) => new DateOnly(date.Year, date.Month, 1).AddMonths(6);
}
