namespace Banwatch.Core.Treaty;

/// <summary>Article 20 — Duration and withdrawal.</summary>
public static class Article20
{
    /// <summary>Art. 20(3): withdrawal takes effect six months after the depositary receives the instrument.</summary>
    public const int MonthsUntilWithdrawalTakesEffect = 6;

    /// <summary>
    /// Art. 20(3): "six months after the receipt of the instrument of withdrawal by the Depositary" — the same
    /// day of the month six months later (not the first of a month, unlike Art. 17); when that month is
    /// shorter, its last day (received 31 August gives 28/29 February). Lithuania: received 2024-09-06,
    /// effective 2025-03-06. "If, however, on the expiry of that six-month period, the withdrawing State
    /// Party is engaged in an armed conflict, the withdrawal shall not take effect before the end of the
    /// armed conflict": then the effective date is the later of the two, and unknown (null) while the
    /// conflict has not ended.
    /// </summary>
    public static DateOnly? WithdrawalTakesEffect(DateOnly received, bool inArmedConflictAtExpiry, DateOnly? conflictEnded)
    {
        var sixMonths = received.AddMonths(MonthsUntilWithdrawalTakesEffect);
        if (!inArmedConflictAtExpiry)
        {
            return sixMonths;
        }

        return conflictEnded is { } ended ? (ended > sixMonths ? ended : sixMonths) : null;
    }

    /// <summary>
    /// A withdrawal ends the obligations that have not yet fallen due when it takes effect: those whose deadline
    /// falls on or after that day. Lithuania's withdrawal took effect on 2025-03-06, so its annual report due on
    /// 2025-04-30 never fell due, while its initial report (due 2012-02-28) stays on the record.
    /// </summary>
    public static bool EndsObligation(DateOnly deadline, DateOnly withdrawalTakesEffect) => deadline >= withdrawalTakesEffect;
}
