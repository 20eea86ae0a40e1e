namespace Banwatch.Core;

/// <summary>
/// The days Banwatch answers for: 1900-01-01 to 2999-12-31, both inclusive. The treaty's record starts in 2006 and its
/// deadlines run decades ahead; within these bounds every computation (a deadline ten years on, a month's last day, a
/// number of days added) stays inside what <see cref="DateOnly"/> holds, so an extreme date is refused in one line
/// instead of overflowing.
/// </summary>
public static class SupportedDates
{
    public static readonly DateOnly First = new(1900, 1, 1);

    public static readonly DateOnly Last = new(2999, 12, 31);

    public static bool Contains(DateOnly day) => day >= First && day <= Last;

    /// <summary>How the range reads in messages and docs.</summary>
    public static string Range => $"{First:yyyy-MM-dd} to {Last:yyyy-MM-dd}";
}
