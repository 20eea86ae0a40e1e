using Banwatch.Core.Treaty;

namespace Banwatch.Core.Tests.Treaty;

/// <summary>
/// Art. 17(1): "This Convention shall enter into force on the first day of the sixth month after the month in
/// which the thirtieth instrument of ratification, acceptance, approval or accession has been deposited."
/// Art. 17(2): for a state depositing after that, "on the first day of the sixth month after the date on which
/// that State has deposited its instrument".
/// </summary>
public class Article17Tests
{
    private static readonly DateOnly Thirtieth = new(2010, 2, 16);

    [Fact]
    public void Convention_enters_into_force_on_first_day_of_sixth_month_after_the_thirtieth_deposit() =>
        Assert.Equal(new DateOnly(2010, 8, 1), Article17.ConventionEntryIntoForce(Thirtieth));

    [Fact]
    public void Thirtieth_deposit_is_the_thirtieth_date_in_order_counting_same_day_deposits()
    {
        var deposits = Enumerable.Range(1, 28).Select(i => new DateOnly(2009, 1, 1).AddDays(i * 10))
            .Append(Thirtieth).Append(Thirtieth).Append(new DateOnly(2010, 3, 1));
        Assert.Equal(Thirtieth, Article17.ThirtiethDeposit(deposits));
    }

    [Fact]
    public void No_entry_into_force_while_fewer_than_thirty_instruments_are_deposited()
    {
        var deposits = Enumerable.Range(0, 29).Select(i => new DateOnly(2009, 1, 1).AddDays(i));
        Assert.Null(Article17.ThirtiethDeposit(deposits));
        Assert.Null(Article17.EntryIntoForce(new DateOnly(2009, 1, 1), null));
    }

    [Fact]
    public void A_state_depositing_before_the_thirtieth_is_bound_from_the_Conventions_entry_into_force() =>
        Assert.Equal(new DateOnly(2010, 8, 1), Article17.EntryIntoForce(new DateOnly(2008, 12, 3), Thirtieth));

    [Fact]
    public void A_state_depositing_on_the_same_day_as_the_thirtieth_counts_among_the_first_thirty() =>
        Assert.Equal(new DateOnly(2010, 8, 1), Article17.EntryIntoForce(Thirtieth, Thirtieth));

    [Fact]
    public void A_later_state_counts_six_months_from_the_month_of_its_own_deposit() =>
        Assert.Equal(new DateOnly(2010, 9, 1), Article17.EntryIntoForce(new DateOnly(2010, 3, 1), Thirtieth));

    [Fact]
    public void Vanuatu_acceding_on_5_September_2025_is_bound_from_1_March_2026() =>
        Assert.Equal(new DateOnly(2026, 3, 1), Article17.EntryIntoForce(new DateOnly(2025, 9, 5), Thirtieth));

    [Theory]
    [InlineData("2025-09-01", "2026-03-01")]
    [InlineData("2025-09-30", "2026-03-01")]
    [InlineData("2025-12-31", "2026-06-01")]
    [InlineData("2024-08-31", "2025-02-01")]
    public void The_day_within_the_month_of_deposit_does_not_matter(string deposit, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), Article17.EntryIntoForce(DateOnly.Parse(deposit), Thirtieth));
}
