namespace Banwatch.Core.Intake;

/// <summary>A half-open range [Start, End) of UTF-16 offsets into a document's extracted text.</summary>
public readonly record struct TextSpan
{
    public TextSpan(int start, int end)
    {
        if (start < 0 || end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), $"bad span [{start}, {end})");
        }

        Start = start;
        End = end;
    }

    public int Start { get; }

    public int End { get; }

    public int Length => End - Start;

    public string Of(string text) => text[Start..End];

    public override string ToString() => $"[{Start}, {End})";
}
