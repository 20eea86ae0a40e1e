using Banwatch.Core.Obligations;

namespace Banwatch.Core.Tests.Obligations;

/// <summary>
/// Art. 7(1): the initial report "as soon as practicable, and in any event not later than 180 days after the entry
/// into force of this Convention for that State Party". Art. 7(2): annual updates "covering the last calendar
/// year", "not later than 30 April of each year".
/// </summary>
public class Article7Tests
{
    [Fact]
    public void The_initial_report_is_due_180_days_after_entry_into_force() =>
        Assert.Equal(new DateOnly(2011, 1, 28), Article7.InitialReportDeadline(new DateOnly(2010, 8, 1)));

    [Fact]
    public void Guinea_Bissau_initial_report_was_due_28_October_2011_as_the_Monitor_says() =>
        Assert.Equal(new DateOnly(2011, 10, 28), Article7.InitialReportDeadline(new DateOnly(2011, 5, 1)));

    [Fact]
    public void The_annual_report_covering_a_year_is_due_30_April_the_next_year() =>
        Assert.Equal(new DateOnly(2026, 4, 30), Article7.AnnualReportDeadline(2025));

    [Fact]
    public void The_first_annual_report_covers_the_year_of_entry_into_force() =>
        Assert.Equal(2010, Article7.FirstYearCovered(new DateOnly(2010, 8, 1)));

    [Fact]
    public void Entry_into_force_late_in_a_year_puts_the_first_annual_report_before_the_initial_one()
    {
        var eif = new DateOnly(2010, 12, 1);
        Assert.True(Article7.AnnualReportDeadline(Article7.FirstYearCovered(eif)) < Article7.InitialReportDeadline(eif));
    }

    [Theory]
    [InlineData("2026-04-29", 2025)]
    [InlineData("2026-04-30", 2025)]
    [InlineData("2026-05-01", 2026)]
    [InlineData("2026-12-31", 2026)]
    [InlineData("2027-01-01", 2026)]
    public void The_next_report_due_on_30_April_itself_is_the_one_due_that_day(string on, int yearCovered) =>
        Assert.Equal(yearCovered, Article7.YearCoveredByNextReport(new DateOnly(2010, 8, 1), DateOnly.Parse(on)));

    [Fact]
    public void Before_entry_into_force_the_next_report_is_the_first_one() =>
        Assert.Equal(2026, Article7.YearCoveredByNextReport(new DateOnly(2026, 3, 1), new DateOnly(2026, 2, 3)));

    [Fact]
    public void A_report_whose_source_gives_no_year_covers_the_year_before_its_submission() =>
        Assert.Equal(2016, Article7.YearCoveredWhenSubmitted(new DateOnly(2017, 6, 30)));
}
