using Banwatch.Features;

namespace Banwatch.Tests.Features;

public sealed class PageTests
{
    [Theory]
    [InlineData("0", null, "limit: '0' is not a whole number from 1 to 1000")]
    [InlineData("-1", null, "limit: '-1' is not a whole number from 1 to 1000")]
    [InlineData("abc", null, "limit: 'abc' is not a whole number from 1 to 1000")]
    [InlineData("1001", null, "limit: '1001' is not a whole number from 1 to 1000")]
    [InlineData("99999999999", null, "limit: '99999999999' is not a whole number from 1 to 1000")]
    [InlineData("10", "-5", "offset: '-5' is not a whole number from 0 up")]
    [InlineData("10", "1.5", "offset: '1.5' is not a whole number from 0 up")]
    public void A_bad_limit_or_offset_is_refused_with_the_reason(string limit, string? offset, string message) =>
        Assert.Equal(message, Assert.Throws<Banwatch.Core.Failures.BanwatchException>(() => Page.Parse(limit, offset, 20)).Message);

    [Fact]
    public void Absent_values_take_the_defaults() =>
        Assert.Equal((20, 0), (Page.Parse(null, null, 20).Limit, Page.Parse(null, null, 20).Offset));

    [Theory]
    [InlineData(95, 20, 0, 20, null)]
    [InlineData(95, 20, 20, 40, 0)]
    [InlineData(95, 20, 90, null, 70)]
    [InlineData(95, 20, 5, 25, 0)]
    [InlineData(0, 20, 0, null, null)]
    public void Paging_says_where_the_next_and_previous_pages_start(int total, int limit, int offset, int? next, int? previous)
    {
        var paging = new Paging(total, Page.Of(limit, offset));
        Assert.Equal((next, previous), (paging.NextOffset, paging.PreviousOffset));
    }

    [Fact]
    public void Paging_counts_what_is_shown_from_one()
    {
        Assert.Equal((21, 40), new Paging(95, Page.Of(20, 20)).Shown(20));
        Assert.Equal((0, 0), new Paging(0, Page.Of(20, 0)).Shown(0));
    }
}
