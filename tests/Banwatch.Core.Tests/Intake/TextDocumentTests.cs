using Banwatch.Core.Intake;

namespace Banwatch.Core.Tests.Intake;

public class TextDocumentTests
{
    [Theory]
    [InlineData("Dublin Diplomatic Conference\n\nDelegates met.", "Dublin Diplomatic Conference")]
    [InlineData("\n  \n   ## Oslo, February 2007  \nText.", "Oslo, February 2007")]
    [InlineData("# #Lima\n", "Lima")]
    [InlineData("Vienna", "Vienna")]
    public void A_plain_text_is_titled_by_its_first_line_with_text(string text, string title) =>
        Assert.Equal(title, TextDocument.FirstLineTitle(text));

    [Fact]
    public void A_first_line_longer_than_a_title_is_a_paragraph_and_gives_none()
    {
        var paragraph = new string('a', TextDocument.MaxTitleLength + 1);
        Assert.Null(TextDocument.FirstLineTitle(paragraph + "\nShort second line"));
        Assert.Equal(paragraph[..^1], TextDocument.FirstLineTitle(paragraph[..^1] + "\nShort second line"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n \n\t\n")]
    public void A_text_without_words_has_no_title(string text) => Assert.Null(TextDocument.FirstLineTitle(text));
}
