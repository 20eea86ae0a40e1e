using Banwatch.Core.States;

namespace Banwatch.Core.Treaty;

/// <summary>
/// Every state's treaty status on any date, derived from the depositary records by Articles 17, 18 and 20.
/// States with no record are <see cref="TreatyStatus.NotSigned"/> throughout.
/// </summary>
public sealed class StatusTimeline
{
    private readonly IReadOnlyList<Iso3> _states;
    private readonly Dictionary<Iso3, TreatyRecord> _records;

    public StatusTimeline(IEnumerable<Iso3> states, IEnumerable<TreatyRecord> records)
    {
        _states = [.. states.Order()];
        _records = records.ToDictionary(r => r.Iso3);
        var unknown = _records.Keys.Except(_states).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"treaty records for unknown states: {string.Join(", ", unknown)}");
        }

        ThirtiethDeposit = Article17.ThirtiethDeposit(_records.Values.Select(r => r.Deposited).OfType<DateOnly>());
        ConventionEntryIntoForce = Article17.ConventionEntryIntoForce(ThirtiethDeposit);
    }

    public DateOnly? ThirtiethDeposit { get; }

    public DateOnly? ConventionEntryIntoForce { get; }

    /// <summary>Entry into force for one state per Art. 17, or null if it has deposited nothing (or fewer than 30 exist).</summary>
    public DateOnly? EntryIntoForceFor(Iso3 iso3) =>
        _records.TryGetValue(iso3, out var r) && r.Deposited is { } d ? Article17.EntryIntoForce(d, ThirtiethDeposit) : null;

    public StateStatus StatusOf(Iso3 iso3, DateOnly on)
    {
        if (!_records.TryGetValue(iso3, out var record))
        {
            return new StateStatus(iso3, TreatyStatus.NotSigned, null, null, null, null, null, null, false);
        }

        var eif = EntryIntoForceFor(iso3);
        var withdrawalEffective = record.Withdrawal?.TakesEffect;
        var status = record switch
        {
            _ when withdrawalEffective is { } w && on >= w => TreatyStatus.Withdrawn,
            { Deposited: { } d } when on >= d => eif is { } e && on >= e ? TreatyStatus.StateParty : TreatyStatus.BoundNotInForce,
            { Signed: { } s } when on >= s => TreatyStatus.Signatory,
            _ => TreatyStatus.NotSigned,
        };

        // Only what had happened by that day is shown: a status on 2009 must not reveal a 2011 deposit.
        static DateOnly? Known(DateOnly? date, DateOnly on) => date is { } d && d <= on ? d : null;
        var deposited = Known(record.Deposited, on);
        var withdrawalReceived = Known(record.Withdrawal?.Received, on);
        return new StateStatus(
            iso3,
            status,
            Known(record.Signed, on),
            deposited,
            deposited is null ? null : record.Instrument,
            deposited is null ? null : eif,
            withdrawalReceived,
            withdrawalReceived is null ? null : withdrawalEffective,
            Article18.IsProvisionallyApplying(record.ProvisionalApplication, eif, on));
    }

    public StatusSnapshot On(DateOnly date) => new(date, [.. _states.Select(iso3 => StatusOf(iso3, date))]);

    /// <summary>
    /// One snapshot per month, taken on the month's last day, from the month of <paramref name="from"/>
    /// to the month of <paramref name="to"/> (both inclusive); the last one is taken on <paramref name="to"/>
    /// itself when that month has not ended by then.
    /// </summary>
    public IEnumerable<StatusSnapshot> Monthly(DateOnly from, DateOnly to)
    {
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            var lastDay = month.AddMonths(1).AddDays(-1);
            yield return On(lastDay < to ? lastDay : to);
        }
    }
}

/// <summary>One state's status on a date, with the dates known by then.</summary>
/// <param name="WithdrawalEffective">When a withdrawal known by that day takes (or took) effect.</param>
public sealed record StateStatus(
    Iso3 Iso3,
    TreatyStatus Status,
    DateOnly? Signed,
    DateOnly? Deposited,
    Instrument? Instrument,
    DateOnly? EntryIntoForce,
    DateOnly? WithdrawalReceived,
    DateOnly? WithdrawalEffective,
    bool ProvisionallyApplying);

public sealed record StatusSnapshot(DateOnly AsOf, IReadOnlyList<StateStatus> States)
{
    public int Count(TreatyStatus status) => States.Count(s => s.Status == status);
}
