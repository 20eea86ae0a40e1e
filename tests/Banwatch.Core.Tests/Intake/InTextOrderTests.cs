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

    [Theory]
    [InlineData(2, -1)] // none
    [InlineData(3, 0)]
    [InlineData(7, 2)] // the last of equal starts
    [InlineData(11, 2)]
    [InlineData(20, 3)]
    public void Last_at_or_before_is_the_last_item_starting_at_or_before_the_offset(int offset, int expected) =>
        Assert.Equal(expected, InTextOrder.LastAtOrBefore(Starts, offset, s => s));

    [Fact]
    public void First_from_an_empty_list_is_zero() => Assert.Equal(0, InTextOrder.FirstFrom(Array.Empty<int>(), 5, s => s));

    [Theory]
    [InlineData(0, 0, 0)] // before the first sentence: an empty span at the offset
    [InlineData(2, 2, 10)]
    [InlineData(9, 2, 10)]
    [InlineData(10, 10, 10)] // between sentences
    [InlineData(12, 12, 20)]
    [InlineData(25, 25, 25)] // after the last
    public void The_sentence_at_an_offset_is_the_one_containing_it(int offset, int start, int end)
    {
        var context = new ExtractionContext(new TextDocument("t.txt", new string('x', 30)));
        context.Sentences.AddRange([new TextSpan(2, 10), new TextSpan(12, 20)]);
        Assert.Equal(new TextSpan(start, end), context.SentenceAt(offset));
    }
}
