using System.Text.RegularExpressions;

namespace Banwatch.Core.Intake;

/// <summary>
/// Where a sentence refers to a meeting: by name ("the Wellington Conference", "the First Meeting of States Parties",
/// "12MSP") or as "the conference", "the signing ceremony", "the plenary". Attendance is read only from sentences
/// about a meeting, and a fact about a meeting is filed under the one its sentence names.
/// </summary>
public static partial class MeetingReferences
{
    public static bool In(ReadOnlySpan<char> sentence) => Named().IsMatch(sentence) || Generic().IsMatch(sentence);

    /// <summary>Whether the sentence names a meeting ("the Second Review Conference"), not only "the meeting".</summary>
    public static bool NamedIn(ReadOnlySpan<char> sentence) => Named().IsMatch(sentence);

    /// <summary>Where the sentence first refers to a meeting, or -1.</summary>
    public static int FirstIn(ReadOnlySpan<char> sentence)
    {
        var first = -1;
        foreach (var m in Named().EnumerateMatches(sentence))
        {
            first = m.Index;
            break;
        }

        foreach (var m in Generic().EnumerateMatches(sentence))
        {
            first = first < 0 ? m.Index : Math.Min(first, m.Index);
            break;
        }

        return first;
    }

    /// <summary>The first meeting the sentence names, as written ("First Meeting of States Parties"), or null.</summary>
    public static string? NameIn(string sentence) => Named().Match(sentence) is { Success: true } m ? m.Value : null;

    /// <summary>
    /// A meeting named as a time, not as where something happened: "joined since the Third Meeting", "deposit its
    /// instrument before the First Review Conference" ("spoke before the Conference" is in front of it).
    /// </summary>
    private const string AsATime =
        @"\b(?:[Ss]ince|[Uu]ntil|[Aa]head\s+of|[Pp]rior\s+to|run-up\s+to|(?<!\b(?:spoke|speaking|speak|speaks|appeared|appearing|testified|came|come|went|brought|laid|put|placed)\s+)[Bb]efore)\s+(?:the\s+)?";

    [GeneratedRegex(
        $$"""
        \b (?<! {{AsATime}} (?: [A-Z][\w'’.-]* \s+ ){0,4} ) (?:   # not "Review Conference" in "since the First Review Conference"
            (?: (?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|\d{1,2}(?:st|nd|rd|th)) \s+
                (?: Meeting | Review \s+ Conference | Conference ) s?
              | (?: Meeting | Review \s+ Conference | Conference ) ) \s+ of \s+ (?:the\s+)? States \s+ Parties
                                                                 # a plural names meetings only with their numbers: "the Meetings of
                                                                 # States Parties" are all of them, over the years
          | (?: First|Second|Third|Fourth ) \s+ Review \s+ Conference
          | \d{0,2} MSP | [1-9] RC
          | General \s+ Assembly | First \s+ Committee | General \s+ Debate   # the UN's: states speak and vote there
          | Human \s+ Rights \s+ Council | Security \s+ Council         # ... and debate there
          | [Hh]igh-level \s+ (?:segment|week|meeting|opening|event)
          | (?: [A-Z][\w'’.-]* \s+ ){1,4} (?: Conference|Meeting|Summit|Session|Ceremony|Forum|Talks|Negotiations|Plenary|Workshop|Seminar|Symposium ) s?
        ) \b
        """,
        RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Named();

    [GeneratedRegex(
        $$"""
        \b (?<! {{AsATime}} ) (?:the|this|that|its|a) \s+ (?:[\w-]+\s+){0,3}? (?: conference|meeting|session|plenary|ceremony|summit|talks|negotiations|intersessional|workshop|seminar|symposium ) s? \b
        (?! (?<= intersessional ) \s+ (?:period|work|programme|year) \b )   # "the intersessional period" is a time, not a meeting
        (?! (?<= meetings ) \s+ of \s+ (?:the\s+)? States \s+ Parties \b )   # ... and "the Meetings of States Parties" all of them
        | \b (?<! {{AsATime}} ) (?:days?|weeks?|rounds?) \s+ of \s+ (?:talks|negotiations) \b   # a wire's "opened two weeks of negotiations ... here"
        """,
        RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace | RegexOptions.IgnoreCase)]
    private static partial Regex Generic();
}
