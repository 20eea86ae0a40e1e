using System.Globalization;
using System.Text;

namespace Banwatch.Output;

/// <summary>One all-day event of a calendar.</summary>
/// <param name="Uid">Stable across runs, so a subscribed calendar updates the event instead of adding another.</param>
public sealed record CalendarEvent(string Uid, DateOnly Day, string Summary, string Description, IReadOnlyList<string> Categories);

/// <summary>
/// iCalendar (RFC 5545) written by hand: CRLF line ends (3.1), lines folded at 75 octets without splitting a
/// UTF-8 sequence (3.1), TEXT values with backslash, semicolon, comma and newline escaped (3.3.11), all-day
/// events as DTSTART;VALUE=DATE with the next day as the exclusive DTEND (3.6.1).
/// </summary>
public static class ICalendar
{
    private const int MaxOctets = 75;

    public static string Write(string name, IEnumerable<CalendarEvent> events, DateTimeOffset stamp)
    {
        var sb = new StringBuilder();
        void Line(string content)
        {
            foreach (var part in Fold(content))
            {
                sb.Append(part).Append("\r\n");
            }
        }

        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//Banwatch//Convention on Cluster Munitions obligations//EN");
        Line("CALSCALE:GREGORIAN");
        Line("METHOD:PUBLISH");
        Line("X-WR-CALNAME:" + Escape(name));
        var dtstamp = stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        foreach (var e in events)
        {
            Line("BEGIN:VEVENT");
            Line("UID:" + e.Uid);
            Line("DTSTAMP:" + dtstamp);
            Line("DTSTART;VALUE=DATE:" + Day(e.Day));
            Line("DTEND;VALUE=DATE:" + Day(e.Day.AddDays(1)));
            Line("SUMMARY:" + Escape(e.Summary));
            Line("DESCRIPTION:" + Escape(e.Description));
            if (e.Categories.Count > 0)
            {
                Line("CATEGORIES:" + string.Join(',', e.Categories.Select(Escape)));
            }

            Line("TRANSP:TRANSPARENT");
            Line("END:VEVENT");
        }

        Line("END:VCALENDAR");
        return sb.ToString();
    }

    /// <summary>RFC 5545 3.3.11 TEXT: backslash first, so the escapes added after it are not escaped again.</summary>
    public static string Escape(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal);

    /// <summary>
    /// Splits a content line into pieces of at most 75 octets; every piece after the first starts with the one
    /// space that marks a continuation, which counts towards its 75. Whole runes only, so UTF-8 stays valid.
    /// </summary>
    public static IEnumerable<string> Fold(string line)
    {
        var piece = new StringBuilder();
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            if (octets + rune.Utf8SequenceLength > MaxOctets)
            {
                yield return piece.ToString();
                piece.Clear().Append(' ');
                octets = 1;
            }

            piece.Append(rune.ToString());
            octets += rune.Utf8SequenceLength;
        }

        yield return piece.ToString();
    }

    private static string Day(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
