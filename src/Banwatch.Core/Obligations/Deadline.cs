using Banwatch.Core.Provenance;

namespace Banwatch.Core.Obligations;

/// <summary>
/// The Convention's deadlines all say "not later than" a day: that day itself is still on time, and a deadline
/// has passed only from the next day on.
/// </summary>
public static class Deadline
{
    public static bool HasPassed(DateOnly deadline, DateOnly on) => on > deadline;

    /// <summary>
    /// Whether a completion was on time: true when its last possible day is on or before the deadline, false
    /// when its first possible day is after it, null when a month or year given by the source straddles it.
    /// </summary>
    public static bool? IsOnTime(ReportedDate completed, DateOnly deadline) =>
        completed.Last <= deadline ? true : completed.First > deadline ? false : null;

    /// <summary>
    /// The status on <paramref name="on"/>: <c>met</c> once completed, whenever that was (lateness is
    /// <see cref="IsOnTime"/>'s to tell, since a late destruction is still a destruction); otherwise
    /// <c>extended</c> or <c>pending</c> until the deadline in force has passed, then <c>overdue</c>, or
    /// <c>unknown</c> where the records would not show a completion (<paramref name="completionIsRecorded"/> false:
    /// the Art. 7 report list, which holds the reports found, not all reports).
    /// </summary>
    public static ObligationStatus Status(DateOnly deadlineInForce, bool extended, bool completed, DateOnly on, bool completionIsRecorded) =>
        completed ? ObligationStatus.Met
        : !HasPassed(deadlineInForce, on) ? (extended ? ObligationStatus.Extended : ObligationStatus.Pending)
        : completionIsRecorded ? ObligationStatus.Overdue
        : ObligationStatus.Unknown;
}
