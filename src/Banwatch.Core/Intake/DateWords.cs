namespace Banwatch.Core.Intake;

/// <summary>
/// How dates are written in English text, for every pattern that reads one: a fact's stated date, a cue's time ("in
/// March this year"), a document's publication date in its first lines.
/// </summary>
public static class DateWords
{
    /// <summary>The months' names: "3 December 2008", "December 3, 2008", "last September".</summary>
    public const string Month = "January|February|March|April|May|June|July|August|September|October|November|December";
}
