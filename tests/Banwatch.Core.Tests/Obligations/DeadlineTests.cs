using Banwatch.Core.Obligations;
using Banwatch.Core.Provenance;

namespace Banwatch.Core.Tests.Obligations;

/// <summary>"Not later than" a day: the day itself is on time; the deadline has passed from the next day.</summary>
public class DeadlineTests
{
    private static readonly DateOnly Due = new(2018, 8, 1);

    [Fact]
    public void The_deadline_day_itself_is_still_on_time()
    {
        Assert.False(Deadline.HasPassed(Due, Due));
        Assert.True(Deadline.IsOnTime(ReportedDate.On(Due), Due));
    }

    [Fact]
    public void The_day_after_the_deadline_it_has_passed()
    {
        Assert.True(Deadline.HasPassed(Due, Due.AddDays(1)));
        Assert.False(Deadline.IsOnTime(ReportedDate.On(Due.AddDays(1)), Due));
    }

    [Fact]
    public void A_month_that_straddles_the_deadline_cannot_say_whether_it_was_on_time() =>
        Assert.Null(Deadline.IsOnTime(ReportedDate.Parse("2018-08"), Due));

    [Fact]
    public void A_month_wholly_before_the_deadline_was_on_time() =>
        Assert.True(Deadline.IsOnTime(ReportedDate.Parse("2018-07"), Due));

    [Fact]
    public void Completion_is_met_even_when_late() =>
        Assert.Equal(ObligationStatus.Met, Deadline.Status(Due, extended: false, completed: true, Due.AddYears(3), completionIsRecorded: true));

    [Fact]
    public void Not_completed_on_the_deadline_day_is_pending() =>
        Assert.Equal(ObligationStatus.Pending, Deadline.Status(Due, extended: false, completed: false, Due, completionIsRecorded: true));

    [Fact]
    public void Not_completed_the_day_after_is_overdue() =>
        Assert.Equal(ObligationStatus.Overdue, Deadline.Status(Due, extended: false, completed: false, Due.AddDays(1), completionIsRecorded: true));

    [Fact]
    public void An_extension_not_yet_past_is_extended() =>
        Assert.Equal(ObligationStatus.Extended, Deadline.Status(Due, extended: true, completed: false, Due, completionIsRecorded: true));

    [Fact]
    public void A_passed_extension_is_overdue() =>
        Assert.Equal(ObligationStatus.Overdue, Deadline.Status(Due, extended: true, completed: false, Due.AddDays(1), completionIsRecorded: true));

    [Fact]
    public void A_passed_report_deadline_without_a_recorded_report_is_unknown_not_overdue() =>
        Assert.Equal(ObligationStatus.Unknown, Deadline.Status(Due, extended: false, completed: false, Due.AddDays(1), completionIsRecorded: false));
}
