using Banwatch.Core.Obligations;
using Banwatch.Core.Provenance;
using Banwatch.Core.States;
using Banwatch.Core.Treaty;

namespace Banwatch.Core.Tests.Obligations;

/// <summary>Obligations on a date, from a small made-up depositary record: thirty early parties bring the Convention into force on 2010-08-01.</summary>
public class ObligationLedgerTests
{
    private static readonly Source Research = Source.Parse("https://example.org/research");
    private static readonly Iso3 Lao = Iso3.Parse("LAO");
    private static readonly Iso3 Ltu = Iso3.Parse("LTU");
    private static readonly Iso3 Deu = Iso3.Parse("DEU");
    private static readonly Iso3 None = Iso3.Parse("XXX");

    private static readonly Dictionary<string, DateOnly> Meetings = new() { ["9msp-2019"] = new DateOnly(2019, 9, 4) };

    private static StatusTimeline Timeline()
    {
        var early = Enumerable.Range(0, 30).Select(i => Iso3.Parse("A" + (char)('A' + (i / 26)) + (char)('A' + (i % 26)))).ToList();
        var records = early.Select(iso3 => new TreatyRecord(iso3, null, new DateOnly(2010, 2, 16), Instrument.Accession, null, null, Research))
            .Append(new TreatyRecord(Lao, new DateOnly(2008, 12, 3), new DateOnly(2009, 3, 18), Instrument.Ratification, null, null, Research))
            .Append(new TreatyRecord(Deu, new DateOnly(2008, 12, 3), new DateOnly(2009, 7, 8), Instrument.Ratification, null, null, Research))
            .Append(new TreatyRecord(Ltu, new DateOnly(2008, 12, 3), new DateOnly(2011, 3, 24), Instrument.Ratification, null, new Withdrawal(new DateOnly(2024, 9, 6), false, null), Research));
        return new StatusTimeline(early.Append(Lao).Append(Deu).Append(Ltu).Append(None), records);
    }

    private static ObligationLedger Ledger(
        IEnumerable<ObligationRecord>? records = null, IEnumerable<Article7Report>? reports = null, IEnumerable<ObligationUpdate>? updates = null) =>
        new(Timeline(), records ?? [], reports ?? [], updates ?? [], Meetings);

    private static ObligationRecord Clearance(Iso3 iso3, DateOnly? extended = null, string? meeting = null, ReportedDate? completed = null, DateOnly? published = null) =>
        new(iso3, ObligationKind.Clearance, true, completed, published, extended, meeting, null, Research, null);

    private static Obligation Single(ObligationLedger ledger, string asOf, Iso3 iso3, ObligationKind kind) =>
        Assert.Single(ledger.On(DateOnly.Parse(asOf), iso3), o => o.Kind == kind);

    [Fact]
    public void A_granted_extension_reads_extended_with_the_new_date()
    {
        var o = Single(Ledger([Clearance(Lao, new DateOnly(2025, 8, 1), "9msp-2019")]), "2024-01-01", Lao, ObligationKind.Clearance);
        Assert.Equal(ObligationStatus.Extended, o.Status);
        Assert.Equal(new DateOnly(2020, 8, 1), o.OriginalDeadline);
        Assert.Equal(new DateOnly(2025, 8, 1), o.ExtendedDeadline);
        Assert.Equal(Article4.DeadlineRule, o.Rule);
    }

    [Fact]
    public void Before_the_granting_meeting_ends_the_original_deadline_is_in_force()
    {
        var ledger = Ledger([Clearance(Lao, new DateOnly(2025, 8, 1), "9msp-2019")]);
        Assert.Null(Single(ledger, "2019-09-03", Lao, ObligationKind.Clearance).ExtendedDeadline);
        Assert.Equal(new DateOnly(2025, 8, 1), Single(ledger, "2019-09-04", Lao, ObligationKind.Clearance).ExtendedDeadline);
    }

    [Fact]
    public void An_extension_whose_meeting_is_not_recorded_counts_from_the_deadline_it_extends()
    {
        var ledger = Ledger([Clearance(Lao, new DateOnly(2025, 8, 1))]);
        Assert.Equal(ObligationStatus.Pending, Single(ledger, "2020-07-31", Lao, ObligationKind.Clearance).Status);
        Assert.Equal(ObligationStatus.Extended, Single(ledger, "2020-08-01", Lao, ObligationKind.Clearance).Status);
    }

    [Fact]
    public void A_passed_extended_deadline_without_completion_is_overdue() =>
        Assert.Equal(ObligationStatus.Overdue, Single(Ledger([Clearance(Lao, new DateOnly(2025, 8, 1), "9msp-2019")]), "2025-08-02", Lao, ObligationKind.Clearance).Status);

    [Fact]
    public void A_declared_completion_reads_met_with_its_date_from_that_day_on()
    {
        var stockpile = new ObligationRecord(Deu, ObligationKind.StockpileDestruction, true, ReportedDate.Parse("2015-11-25"), null, null, null, null, Research, null);
        var ledger = Ledger([stockpile]);
        var o = Single(ledger, "2015-11-25", Deu, ObligationKind.StockpileDestruction);
        Assert.Equal(ObligationStatus.Met, o.Status);
        Assert.Equal("2015-11-25", o.Completed.ToString());
        Assert.True(o.OnTime);
        Assert.Equal(ObligationStatus.Pending, Single(ledger, "2015-11-24", Deu, ObligationKind.StockpileDestruction).Status);
    }

    [Fact]
    public void A_completion_known_only_by_month_counts_from_the_months_last_day()
    {
        var ledger = Ledger([Clearance(Lao, completed: ReportedDate.Parse("2013-09"))]);
        Assert.Equal(ObligationStatus.Pending, Single(ledger, "2013-09-29", Lao, ObligationKind.Clearance).Status);
        Assert.Equal(ObligationStatus.Met, Single(ledger, "2013-09-30", Lao, ObligationKind.Clearance).Status);
    }

    [Fact]
    public void Lithuanias_obligations_end_on_6_March_2025()
    {
        var ledger = Ledger([Clearance(Ltu)]);
        var obligations = ledger.On(new DateOnly(2026, 2, 3), Ltu);
        Assert.All(obligations, o => Assert.True(o.Deadline < new DateOnly(2025, 3, 6), $"{o.Kind} due {o.Deadline}"));
        Assert.Contains(obligations, o => o.Kind == ObligationKind.InitialReport && o.Deadline == new DateOnly(2012, 2, 28));
        Assert.Contains(obligations, o => o.Kind == ObligationKind.Clearance && o.Deadline == new DateOnly(2021, 9, 1));
        Assert.DoesNotContain(obligations, o => o.Kind == ObligationKind.AnnualReport);
    }

    [Fact]
    public void Before_the_withdrawal_was_received_its_later_deadlines_still_showed()
    {
        var ledger = Ledger();
        Assert.Contains(ledger.On(new DateOnly(2024, 6, 1), Ltu), o => o.Kind == ObligationKind.AnnualReport && o.Deadline == new DateOnly(2025, 4, 30));
        Assert.DoesNotContain(ledger.On(new DateOnly(2024, 9, 6), Ltu), o => o.Kind == ObligationKind.AnnualReport);
    }

    [Fact]
    public void A_published_deadline_that_disagrees_is_shown_beside_the_computed_one_with_its_source()
    {
        var o = Single(Ledger([Clearance(Lao, published: new DateOnly(2020, 9, 1))]), "2019-01-01", Lao, ObligationKind.Clearance);
        Assert.Equal(new DateOnly(2020, 8, 1), o.OriginalDeadline);
        Assert.Equal(new DateOnly(2020, 9, 1), o.Published!.Date);
        Assert.Equal([Research.Citation], o.Published.Sources);
    }

    [Fact]
    public void A_published_deadline_that_agrees_is_not_repeated() =>
        Assert.Null(Single(Ledger([Clearance(Lao, published: new DateOnly(2020, 8, 1))]), "2019-01-01", Lao, ObligationKind.Clearance).Published);

    [Fact]
    public void A_users_update_overrides_the_reference_and_both_sources_are_kept()
    {
        var user = Source.Parse("https://example.org/12msp-decision");
        var update = new ObligationUpdate(Lao, ObligationKind.Clearance, null, null, new DateOnly(2030, 8, 1), null, null, user, "granted at 12MSP");
        var o = Single(Ledger([Clearance(Lao, new DateOnly(2025, 8, 1), "9msp-2019")], updates: [update]), "2026-02-03", Lao, ObligationKind.Clearance);
        Assert.Equal(new DateOnly(2030, 8, 1), o.ExtendedDeadline);
        Assert.Equal(ObligationStatus.Extended, o.Status);
        Assert.Equal([Research.Citation, user.Citation], o.Sources);
        Assert.Equal(["granted at 12MSP"], o.Notes);
    }

    [Fact]
    public void A_users_update_creates_an_obligation_the_research_did_not_list() =>
        Assert.Equal(
            ObligationStatus.Overdue,
            Single(Ledger(updates: [new ObligationUpdate(Deu, ObligationKind.Clearance, null, null, null, null, new DateOnly(2020, 8, 1), Research, null)]), "2021-01-01", Deu, ObligationKind.Clearance).Status);

    [Fact]
    public void A_record_that_research_found_nothing_to_do_makes_no_obligation() =>
        Assert.DoesNotContain(
            Ledger([new ObligationRecord(Lao, ObligationKind.StockpileDestruction, false, null, null, null, null, null, Research, null)]).On(new DateOnly(2026, 1, 1), Lao),
            o => o.Kind == ObligationKind.StockpileDestruction);

    [Fact]
    public void Remnants_from_later_hostilities_follow_article_4_1_b()
    {
        var record = new ObligationRecord(Lao, ObligationKind.Clearance, true, null, null, null, null, new DateOnly(2016, 5, 10), Research, null);
        var o = Single(Ledger([record]), "2020-01-01", Lao, ObligationKind.Clearance);
        Assert.Equal(new DateOnly(2026, 5, 10), o.OriginalDeadline);
        Assert.Equal(Article4.AfterHostilitiesRule, o.Rule);
    }

    [Fact]
    public void An_initial_report_not_recorded_is_unknown_and_a_recorded_one_met()
    {
        Assert.Equal(ObligationStatus.Unknown, Single(Ledger(), "2012-01-01", Lao, ObligationKind.InitialReport).Status);
        var report = new Article7Report(Lao, ReportKind.Initial, null, new DateOnly(2011, 1, 25), Research);
        var o = Single(Ledger(reports: [report]), "2012-01-01", Lao, ObligationKind.InitialReport);
        Assert.Equal(ObligationStatus.Met, o.Status);
        Assert.Equal(new DateOnly(2011, 1, 28), o.OriginalDeadline);
    }

    [Fact]
    public void Annual_reports_listed_are_those_recorded_and_the_one_due_next()
    {
        var reports = new[]
        {
            new Article7Report(Lao, ReportKind.Annual, null, new DateOnly(2012, 3, 22), Research),
            new Article7Report(Lao, ReportKind.Annual, 2014, new DateOnly(2015, 6, 2), Research),
        };
        var annual = Ledger(reports: reports).On(new DateOnly(2016, 2, 1), Lao).Where(o => o.Kind == ObligationKind.AnnualReport).ToList();
        Assert.Equal([2011, 2014, 2015], annual.Select(o => o.YearCovered!.Value));
        Assert.Equal([true, false, (bool?)null], annual.Select(o => o.OnTime));
        Assert.Equal(ObligationStatus.Pending, annual[^1].Status);
    }

    [Fact]
    public void A_state_that_deposited_nothing_owes_nothing() => Assert.Empty(Ledger().On(new DateOnly(2026, 1, 1), None));

    [Fact]
    public void Nothing_is_owed_before_the_deposit() => Assert.Empty(Ledger().On(new DateOnly(2011, 3, 23), Ltu));
}
