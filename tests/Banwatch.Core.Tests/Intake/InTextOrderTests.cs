using Banwatch.Core.Intake;

namespace Banwatch.Core.Tests.Intake;

public class InTextOrderTests
{
    private static readonly int[] Starts = [3, 7, 7, 12];

    [Theory]
    [InlineData(0, 0)]
    [InlineData(3, 0)]
    [InlineData(4, 1)]
    [InlineData(7, 1)] // the first of equal starts
    [InlineData(12, 3)]
    [InlineData(13, 4)] // none: the count
    public void First_from_is_the_first_item_starting_at_or_after_the_offset(int offset, int expected) =>
        Assert.Equal(expected, InTextOrder.FirstFrom(Starts, offset, s => s));

    [Fact]
    public void First_from_an_empty_list_is_zero() => Assert.Equal(0, InTextOrder.FirstFrom(Array.Empty<int>(), 5, s => s));
}
