using Banwatch.Core.Obligations;

namespace Banwatch.Core.Tests.Obligations;

/// <summary>
/// Art. 4(1)(a): clear remnants in areas under its jurisdiction or control "not later than ten years" from entry
/// into force for that State Party; (b) for remnants that appear later, ten years after the end of the active
/// hostilities. Art. 4(5): extensions "by a period of up to five years", and additional ones of up to five years.
/// </summary>
public class Article4Tests
{
    [Fact]
    public void Lao_PDR_entry_into_force_1_August_2010_must_clear_by_1_August_2020() =>
        Assert.Equal(new DateOnly(2020, 8, 1), Article4.ClearanceDeadline(new DateOnly(2010, 8, 1)));

    [Fact]
    public void Remnants_from_later_hostilities_are_due_ten_years_after_those_hostilities_end() =>
        Assert.Equal(new DateOnly(2034, 6, 15), Article4.ClearanceDeadlineAfterHostilities(new DateOnly(2024, 6, 15)));

    [Fact]
    public void Ten_years_after_a_29_February_is_28_February() =>
        Assert.Equal(new DateOnly(2022, 2, 28), Article4.ClearanceDeadlineAfterHostilities(new DateOnly(2012, 2, 29)));

    [Fact]
    public void An_extension_of_exactly_five_years_is_permitted() =>
        Assert.True(Article4.IsPermittedExtension(new DateOnly(2020, 8, 1), new DateOnly(2025, 8, 1)));

    [Fact]
    public void An_extension_of_five_years_and_a_day_is_not() =>
        Assert.False(Article4.IsPermittedExtension(new DateOnly(2020, 8, 1), new DateOnly(2025, 8, 2)));

    [Fact]
    public void Clearance_extensions_may_be_longer_than_stockpile_ones() =>
        Assert.False(ObligationKinds.IsPermittedExtension(ObligationKind.StockpileDestruction, new DateOnly(2020, 8, 1), new DateOnly(2025, 8, 1)));
}
