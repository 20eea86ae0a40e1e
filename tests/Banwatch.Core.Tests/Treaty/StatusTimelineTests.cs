using Banwatch.Core.Provenance;
using Banwatch.Core.States;
using Banwatch.Core.Treaty;

namespace Banwatch.Core.Tests.Treaty;

/// <summary>
/// A small world: 30 early states (the thirtieth deposits on 2010-02-16, so the Convention is in force on
/// 2010-08-01), a late depositor, a signatory, a withdrawing state, one that applies Art. 1 provisionally,
/// and one that did nothing.
/// </summary>
public class StatusTimelineTests
{
    private static readonly Source Untc = Source.Parse("test fixture");
    private static readonly Iso3 Late = Iso3.Parse("LAT");
    private static readonly Iso3 SignedOnly = Iso3.Parse("SIG");
    private static readonly Iso3 Leaver = Iso3.Parse("LTU");
    private static readonly Iso3 Provisional = Iso3.Parse("PRO");
    private static readonly Iso3 Nothing = Iso3.Parse("NON");

    private static readonly IReadOnlyList<Iso3> Early = [.. Enumerable.Range(0, 30).Select(i => Iso3.Parse($"E{(char)('A' + (i / 26))}{(char)('A' + (i % 26))}"))];

    private static StatusTimeline World()
    {
        var records = Early.Select((iso3, i) => new TreatyRecord(
                iso3, new DateOnly(2008, 12, 3), i == 29 ? new DateOnly(2010, 2, 16) : new DateOnly(2009, 1, 1).AddDays(i), Instrument.Ratification, null, null, Untc))
            .Append(new TreatyRecord(Late, new DateOnly(2008, 12, 3), new DateOnly(2011, 3, 24), Instrument.Ratification, null, null, Untc))
            .Append(new TreatyRecord(SignedOnly, new DateOnly(2009, 5, 5), null, null, null, null, Untc))
            .Append(new TreatyRecord(Leaver, new DateOnly(2008, 12, 3), new DateOnly(2011, 3, 24), Instrument.Ratification, null, new Withdrawal(new DateOnly(2024, 9, 6), false, null), Untc))
            .Append(new TreatyRecord(Provisional, null, new DateOnly(2012, 7, 17), Instrument.Accession, new DateOnly(2012, 7, 17), null, Untc));
        return new StatusTimeline(Early.Concat([Late, SignedOnly, Leaver, Provisional, Nothing]), records);
    }

    [Fact]
    public void Entry_into_force_of_the_Convention_is_derived_from_the_deposits()
    {
        var world = World();
        Assert.Equal(new DateOnly(2010, 2, 16), world.ThirtiethDeposit);
        Assert.Equal(new DateOnly(2010, 8, 1), world.ConventionEntryIntoForce);
    }

    [Fact]
    public void On_the_day_of_the_thirtieth_deposit_thirty_are_bound_and_none_is_a_party()
    {
        var snapshot = World().On(new DateOnly(2010, 2, 16));
        Assert.Equal(30, snapshot.Count(TreatyStatus.BoundNotInForce));
        Assert.Equal(0, snapshot.Count(TreatyStatus.StateParty));
    }

    [Fact]
    public void The_day_before_entry_into_force_they_are_bound_and_on_it_they_are_parties()
    {
        var world = World();
        Assert.Equal(30, world.On(new DateOnly(2010, 7, 31)).Count(TreatyStatus.BoundNotInForce));
        Assert.Equal(30, world.On(new DateOnly(2010, 8, 1)).Count(TreatyStatus.StateParty));
    }

    [Fact]
    public void A_signature_counts_from_its_own_day()
    {
        var world = World();
        Assert.Equal(TreatyStatus.NotSigned, world.StatusOf(SignedOnly, new DateOnly(2009, 5, 4)).Status);
        Assert.Equal(TreatyStatus.Signatory, world.StatusOf(SignedOnly, new DateOnly(2009, 5, 5)).Status);
    }

    [Fact]
    public void A_late_depositor_is_bound_from_its_deposit_and_a_party_six_months_on()
    {
        var world = World();
        Assert.Equal(TreatyStatus.Signatory, world.StatusOf(Late, new DateOnly(2011, 3, 23)).Status);
        Assert.Equal(TreatyStatus.BoundNotInForce, world.StatusOf(Late, new DateOnly(2011, 3, 24)).Status);
        Assert.Equal(TreatyStatus.BoundNotInForce, world.StatusOf(Late, new DateOnly(2011, 8, 31)).Status);
        Assert.Equal(TreatyStatus.StateParty, world.StatusOf(Late, new DateOnly(2011, 9, 1)).Status);
    }

    [Fact]
    public void A_withdrawal_takes_effect_on_its_day_and_not_before()
    {
        var world = World();
        Assert.Equal(TreatyStatus.StateParty, world.StatusOf(Leaver, new DateOnly(2025, 3, 5)).Status);
        var after = world.StatusOf(Leaver, new DateOnly(2025, 3, 6));
        Assert.Equal(TreatyStatus.Withdrawn, after.Status);
        Assert.Equal(new DateOnly(2025, 3, 6), after.WithdrawalEffective);
    }

    [Fact]
    public void A_pending_withdrawal_shows_when_it_will_take_effect()
    {
        var pending = World().StatusOf(Leaver, new DateOnly(2024, 10, 1));
        Assert.Equal(TreatyStatus.StateParty, pending.Status);
        Assert.Equal(new DateOnly(2025, 3, 6), pending.WithdrawalEffective);
    }

    [Fact]
    public void A_status_in_the_past_does_not_reveal_later_actions()
    {
        var before = World().StatusOf(Late, new DateOnly(2010, 1, 1));
        Assert.Equal(TreatyStatus.Signatory, before.Status);
        Assert.Null(before.Deposited);
        Assert.Null(before.EntryIntoForce);
        Assert.Null(World().StatusOf(Leaver, new DateOnly(2020, 1, 1)).WithdrawalEffective);
    }

    [Fact]
    public void An_Article_18_declaration_shows_until_entry_into_force()
    {
        var world = World();
        Assert.True(world.StatusOf(Provisional, new DateOnly(2012, 7, 17)).ProvisionallyApplying);
        Assert.False(world.StatusOf(Provisional, new DateOnly(2013, 1, 1)).ProvisionallyApplying);
        Assert.Equal(TreatyStatus.StateParty, world.StatusOf(Provisional, new DateOnly(2013, 1, 1)).Status);
    }

    [Fact]
    public void A_state_without_any_record_is_not_signed() =>
        Assert.Equal(TreatyStatus.NotSigned, World().StatusOf(Nothing, new DateOnly(2026, 1, 1)).Status);

    [Fact]
    public void Monthly_snapshots_are_taken_on_each_months_last_day_and_stop_at_the_end_date()
    {
        var months = World().Monthly(new DateOnly(2010, 1, 15), new DateOnly(2010, 3, 10)).Select(s => s.AsOf).ToList();
        Assert.Equal([new DateOnly(2010, 1, 31), new DateOnly(2010, 2, 28), new DateOnly(2010, 3, 10)], months);
    }

    [Fact]
    public void Records_for_states_outside_the_list_are_refused() =>
        Assert.Throws<ArgumentException>(() => new StatusTimeline([Nothing], [new TreatyRecord(Late, null, null, null, null, null, Untc)]));
}
