using Banwatch.Core.Treaty;

namespace Banwatch.Core.Tests.Treaty;

/// <summary>
/// Art. 20(3): "Such withdrawal shall only take effect six months after the receipt of the instrument of
/// withdrawal by the Depositary. If, however, on the expiry of that six-month period, the withdrawing State
/// Party is engaged in an armed conflict, the withdrawal shall not take effect before the end of the armed conflict."
/// </summary>
public class Article20Tests
{
    [Fact]
    public void Lithuania_received_6_September_2024_takes_effect_6_March_2025() =>
        Assert.Equal(new DateOnly(2025, 3, 6), Article20.WithdrawalTakesEffect(new DateOnly(2024, 9, 6), false, null));

    [Fact]
    public void Six_months_is_the_same_day_of_the_month_not_the_first_of_a_month() =>
        Assert.Equal(new DateOnly(2027, 1, 20), Article20.WithdrawalTakesEffect(new DateOnly(2026, 7, 20), false, null));

    [Theory]
    [InlineData("2024-08-31", "2025-02-28")]
    [InlineData("2023-08-31", "2024-02-29")]
    public void A_day_missing_from_the_sixth_month_falls_to_that_months_last_day(string received, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), Article20.WithdrawalTakesEffect(DateOnly.Parse(received), false, null));

    [Fact]
    public void Armed_conflict_at_expiry_holds_the_withdrawal_until_the_conflict_ends() =>
        Assert.Null(Article20.WithdrawalTakesEffect(new DateOnly(2024, 9, 6), true, null));

    [Fact]
    public void Withdrawal_held_by_armed_conflict_takes_effect_when_it_ends() =>
        Assert.Equal(
            new DateOnly(2026, 1, 15),
            Article20.WithdrawalTakesEffect(new DateOnly(2024, 9, 6), true, new DateOnly(2026, 1, 15)));

    [Fact]
    public void A_conflict_ended_before_expiry_does_not_shorten_the_six_months() =>
        Assert.Equal(
            new DateOnly(2025, 3, 6),
            Article20.WithdrawalTakesEffect(new DateOnly(2024, 9, 6), true, new DateOnly(2024, 12, 1)));

    [Fact]
    public void A_deadline_on_the_day_the_withdrawal_takes_effect_is_ended() =>
        Assert.True(Article20.EndsObligation(new DateOnly(2025, 3, 6), new DateOnly(2025, 3, 6)));

    [Fact]
    public void A_deadline_the_day_before_stays() =>
        Assert.False(Article20.EndsObligation(new DateOnly(2025, 3, 5), new DateOnly(2025, 3, 6)));
}
