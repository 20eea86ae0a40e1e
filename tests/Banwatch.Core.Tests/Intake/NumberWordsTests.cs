using Banwatch.Core.Intake;

namespace Banwatch.Core.Tests.Intake;

public class NumberWordsTests
{
    [Theory]
    [InlineData("Forty-six", 46)]
    [InlineData("eighty two", 82)]
    [InlineData("one hundred and seven", 107)]
    [InlineData("a hundred", 100)]
    [InlineData("twelve", 12)]
    public void Reads_counts_written_in_words(string text, int value) => Assert.Equal(value, NumberWords.Parse(text));

    [Fact]
    public void Other_words_are_not_numbers() => Assert.Null(NumberWords.Parse("several"));
}
