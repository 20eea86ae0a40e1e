using Banwatch.Core.Obligations;

namespace Banwatch.Core.Tests.Obligations;

/// <summary>
/// Art. 3(2): destroy stockpiles "as soon as possible but not later than eight years after the entry into force of
/// this Convention for that State Party". Art. 3(3): extensions "by a period of up to four years", and additional
/// ones of up to four years; Art. 3(5): a Meeting of States Parties or Review Conference decides.
/// </summary>
public class Article3Tests
{
    [Fact]
    public void Eight_years_after_entry_into_force_on_1_August_2010_is_1_August_2018() =>
        Assert.Equal(new DateOnly(2018, 8, 1), Article3.DestructionDeadline(new DateOnly(2010, 8, 1)));

    [Fact]
    public void Peru_entry_into_force_1_March_2013_must_destroy_by_1_March_2021() =>
        Assert.Equal(new DateOnly(2021, 3, 1), Article3.DestructionDeadline(new DateOnly(2013, 3, 1)));

    [Fact]
    public void An_extension_of_exactly_four_years_is_permitted() =>
        Assert.True(Article3.IsPermittedExtension(new DateOnly(2021, 3, 1), new DateOnly(2025, 3, 1)));

    [Fact]
    public void An_extension_of_four_years_and_a_day_is_not() =>
        Assert.False(Article3.IsPermittedExtension(new DateOnly(2021, 3, 1), new DateOnly(2025, 3, 2)));

    [Fact]
    public void An_extension_must_move_the_deadline_later() =>
        Assert.False(Article3.IsPermittedExtension(new DateOnly(2021, 3, 1), new DateOnly(2021, 3, 1)));
}
