using Banwatch.Core.Intake;

namespace Banwatch.Core.Tests.Intake;

public class SentenceSplitterTests
{
    private static List<string> Split(string text) => [.. SentenceSplitter.Split(text).Select(s => s.Of(text))];

    [Fact]
    public void Sentences_end_at_a_period_before_a_capital() =>
        Assert.Equal(["Norway spoke.", "Peru agreed."], Split("Norway spoke. Peru agreed."));

    [Fact]
    public void Abbreviations_and_initials_do_not_end_a_sentence() =>
        Assert.Equal(["Amb. Kongstad and J. Williams met the U.S. team on 3 Dec. 2008."], Split("Amb. Kongstad and J. Williams met the U.S. team on 3 Dec. 2008."));

    [Fact]
    public void A_wrapped_line_is_one_sentence_but_a_bullet_starts_another() =>
        Assert.Equal(["States spoke in favour of a\nbroad definition", "Mexico agreed."], Split("States spoke in favour of a\nbroad definition\n• Mexico agreed."));

    [Fact]
    public void Offsets_point_into_the_original_text()
    {
        const string text = "  First one.\n\nSecond one.";
        var spans = SentenceSplitter.Split(text);
        Assert.Equal(2, spans[0].Start);
        Assert.Equal("Second one.", spans[1].Of(text));
    }
}
