using Banwatch.Core.Provenance;

namespace Banwatch.Core.Tests.Provenance;

public class ReportedDateTests
{
    [Theory]
    [InlineData("2023-12-15", "2023-12-15", "2023-12-15")]
    [InlineData("2013-07", "2013-07-01", "2013-07-31")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2004", "2004-01-01", "2004-12-31")]
    public void A_date_covers_the_days_its_precision_leaves_open(string text, string first, string last)
    {
        var date = ReportedDate.Parse(text);
        Assert.Equal(DateOnly.Parse(first), date.First);
        Assert.Equal(DateOnly.Parse(last), date.Last);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("2013-13")]
    [InlineData("July 2013")]
    [InlineData("2023-02-30")]
    [InlineData("")]
    public void Anything_else_is_refused(string text) => Assert.False(ReportedDate.TryParse(text, out _));
}
