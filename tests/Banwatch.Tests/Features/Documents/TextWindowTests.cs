using Banwatch.Features.Documents;

namespace Banwatch.Tests.Features.Documents;

/// <summary>Long documents are shown in parts: where a part starts and ends, and that the parts cover the text once.</summary>
public sealed class TextWindowTests
{
    [Fact]
    public void A_short_text_is_one_window()
    {
        var window = TextWindow.At("Norway signed.", 3);
        Assert.Equal(new TextWindow(0, 14, 14, null, null), window);
    }

    [Fact]
    public void A_long_text_is_cut_after_the_first_line_break_past_the_size()
    {
        var text = new string('a', TextWindow.Size + 10) + "\n" + new string('b', 50);
        var first = TextWindow.At(text, 0);
        Assert.Equal((0, TextWindow.Size + 11), (first.Start, first.End));
        Assert.Equal(TextWindow.Size + 11, first.Next);
        var second = TextWindow.At(text, first.End);
        Assert.Equal((first.End, text.Length, (int?)0, (int?)null), (second.Start, second.End, second.Previous, second.Next));
    }

    [Fact]
    public void Without_a_line_break_nearby_the_cut_is_at_the_size_and_never_splits_a_surrogate_pair()
    {
        var text = new string('a', TextWindow.Size - 1) + "\U0001F4A3" + new string('c', TextWindow.Size);
        Assert.Equal(TextWindow.Size + 1, TextWindow.At(text, 0).End);
    }

    [Fact]
    public void The_windows_cover_the_text_once_in_order_and_an_offset_past_the_end_is_the_last()
    {
        var text = string.Concat(Enumerable.Repeat("Norway signed the Convention.\n", 20_000));
        var windows = new List<TextWindow> { TextWindow.At(text, 0) };
        while (windows[^1].Next is { } next)
        {
            windows.Add(TextWindow.At(text, next));
        }

        Assert.Equal(0, windows[0].Start);
        Assert.Equal(text.Length, windows[^1].End);
        Assert.All(windows.Zip(windows.Skip(1)), p => Assert.Equal(p.First.End, p.Second.Start));
        Assert.All(windows, w => Assert.EndsWith("\n", text[w.Start..w.End], StringComparison.Ordinal));
        Assert.Equal(windows[^1], TextWindow.At(text, int.MaxValue));
    }
}
