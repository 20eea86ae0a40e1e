using System.Text;

namespace Banwatch.Core.Intake.FactRules;

/// <summary>
/// The literal words a cue pattern must start with, read from the pattern itself: the fact step searches the text
/// for these (one vectorised search for every rule) and runs a rule's pattern only where one of its anchors starts
/// a word. Deriving them means a new cue cannot be silently skipped by a prefilter someone forgot to extend.
/// </summary>
/// <remarks>
/// Understands the subset of .NET regex syntax the cue files use, written with
/// <see cref="System.Text.RegularExpressions.RegexOptions.IgnorePatternWhitespace"/>: literal characters and escaped
/// punctuation, <c>(?:a|b)</c> groups, <c>?</c> after a character or group (both readings are kept), and zero-width
/// <c>\G</c>, <c>^</c>, <c>\b</c>, lookaheads and lookbehinds. An anchor ends at the first construct that is not literal
/// (<c>\s</c>, a class, <c>+</c>, <c>*</c>, <c>{m,n}</c>). A top-level alternative that yields no anchor of at least
/// <see cref="MinimumLength"/> characters is an error, named with the alternative, at start-up.
/// </remarks>
public static class CueAnchors
{
    public const int MinimumLength = 2;

    /// <summary>Beyond this many readings of one alternative, the anchors stop growing (they stay correct, only shorter).</summary>
    private const int MaxReadings = 64;

    /// <summary>In a <see cref="Cue.Starts"/> text, one or more white-space characters (the pattern's <c>\s+</c>).</summary>
    public const char Gap = '\0';

    public static IReadOnlyList<string> Of(string pattern) => [.. ByAnchor(pattern).Select(b => b.Anchor)];

    /// <summary>
    /// Each anchor with the part of the pattern that can match where it starts: the top-level alternatives one of
    /// whose readings it starts or starts with, in their order, behind the pattern's zero-width start. Any other
    /// alternative starts with words that are not there, so the part matches exactly what the whole pattern matches
    /// at that place; the interpreter then no longer tries thirty alternatives (and their lookbehinds) at every "is".
    /// </summary>
    public static IReadOnlyList<(string Anchor, string Pattern)> ByAnchor(string pattern) => [.. Cues(pattern).Select(c => (c.Anchor, c.Pattern))];

    /// <summary>
    /// An anchor, the part of the pattern that can match where it starts (<see cref="ByAnchor"/>), and the texts every
    /// match of that part starts with, read further than the anchor: across the pattern's white space (<see cref="Gap"/>)
    /// to the next words ("the" + gap + "destruction"). Where the text at an anchor starts with none of them, the part
    /// cannot match there and need not be run.
    /// </summary>
    public sealed record Cue(string Anchor, string Pattern, IReadOnlyList<string> Starts);

    public static IReadOnlyList<Cue> Cues(string pattern)
    {
        var compact = Compact(pattern);
        var p = 0;
        SkipZeroWidth(compact, ref p);
        var body = compact[p..];
        var grouped = body.StartsWith("(?:", StringComparison.Ordinal) && Close(body, 0) == body.Length - 1;
        if (grouped)
        {
            body = body[3..^1];
        }

        var alternatives = new List<(string Text, List<string> Readings, List<string> Starts)>();
        foreach (var alternative in SplitAlternatives(body))
        {
            var readings = Readings(alternative, gaps: false).Select(r => r.Text.ToLowerInvariant()).ToList();
            if (readings.Min(r => r.Length) < MinimumLength)
            {
                throw new ArgumentException($"cue alternative '{alternative}' does not start with a literal word of {MinimumLength} or more characters");
            }

            alternatives.Add((alternative, readings, [.. Readings(alternative, gaps: true).Select(r => Checkable(r.Text.ToLowerInvariant())).Distinct()]));
        }

        // An anchor that another anchor starts with adds nothing: the shorter one already finds the place.
        var anchors = Shortest(alternatives.SelectMany(a => a.Readings));

        // Without the one group round its alternatives, a top-level bar would also cut the zero-width start off the
        // rest: such a pattern is tried whole.
        return [.. anchors.Select(a =>
        {
            if (!grouped)
            {
                return new Cue(a, compact, Shortest(alternatives.SelectMany(x => x.Starts).Where(s => Agrees(s, a))));
            }

            var part = alternatives.Where(x => x.Readings.Exists(r => r.StartsWith(a, StringComparison.Ordinal) || a.StartsWith(r, StringComparison.Ordinal))).ToList();
            return new Cue(a, $"{compact[..p]}(?:{string.Join('|', part.Select(x => x.Text))})", Shortest(part.SelectMany(x => x.Starts).Where(s => Agrees(s, a))));
        })];
    }

    /// <summary>
    /// The texts no other one is the beginning of, shortest first: text that starts with "for the" starts with "for", so
    /// only "for" need be looked for (of anchors and of <see cref="Cue.Starts"/> alike).
    /// </summary>
    private static string[] Shortest(IEnumerable<string> starts)
    {
        var sorted = starts.Distinct().OrderBy(s => s.Length).ThenBy(s => s, StringComparer.Ordinal).ToList();
        return [.. sorted.Where((s, i) => !sorted.Take(i).Any(shorter => s.StartsWith(shorter, StringComparison.Ordinal)))];
    }

    /// <summary>
    /// Whether text that starts with <paramref name="anchor"/> can start with <paramref name="start"/>: they agree up to
    /// the shorter one's end or the start's first gap. An alternative's other readings ("last" beside "the last") cannot.
    /// </summary>
    private static bool Agrees(string start, string anchor)
    {
        var gap = start.IndexOf(Gap);
        var length = Math.Min(Math.Min(start.Length, anchor.Length), gap < 0 ? int.MaxValue : gap);
        return start.AsSpan(0, length).SequenceEqual(anchor.AsSpan(0, length));
    }

    /// <summary>
    /// A reading as <see cref="StartsAt"/> can check it: white space after a gap would be taken by the gap, so the
    /// reading ends before it, and two gaps in a row are one.
    /// </summary>
    private static string Checkable(string reading)
    {
        var sb = new StringBuilder(reading.Length);
        foreach (var c in reading)
        {
            if (sb.Length > 0 && sb[^1] == Gap && (c == Gap || char.IsWhiteSpace(c)))
            {
                if (c != Gap)
                {
                    break;
                }

                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>
    /// Whether <paramref name="text"/> at <paramref name="at"/> starts with <paramref name="start"/> as the pattern reads
    /// it: letters in either case, each <see cref="Gap"/> one or more white-space characters (.NET's <c>\s</c>).
    /// </summary>
    public static bool StartsAt(ReadOnlySpan<char> text, int at, string start)
    {
        var t = at;
        foreach (var c in start)
        {
            if (c == Gap)
            {
                if (t >= text.Length || !char.IsWhiteSpace(text[t]))
                {
                    return false;
                }

                while (t < text.Length && char.IsWhiteSpace(text[t]))
                {
                    t++;
                }
            }
            else if (t >= text.Length || !(text[t] == c || char.ToLowerInvariant(text[t]) == c || char.ToUpperInvariant(text[t]) == char.ToUpperInvariant(c)))
            {
                return false;
            }
            else
            {
                t++;
            }
        }

        return true;
    }

    /// <summary>The pattern without comments and insignificant white space (as IgnorePatternWhitespace reads it).</summary>
    private static string Compact(string pattern)
    {
        var sb = new StringBuilder(pattern.Length);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                sb.Append(c).Append(pattern[++i]);
                continue;
            }

            if (inClass)
            {
                inClass = c != ']';
                sb.Append(c);
                continue;
            }

            if (c == '[')
            {
                inClass = true;
                sb.Append(c);
            }
            else if (c == '#')
            {
                while (i + 1 < pattern.Length && pattern[i + 1] != '\n')
                {
                    i++;
                }
            }
            else if (!char.IsWhiteSpace(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static void SkipZeroWidth(string s, ref int p)
    {
        while (p < s.Length)
        {
            var rest = s.AsSpan(p);
            if (rest[0] == '^')
            {
                p++;
            }
            else if (rest.StartsWith(@"\b", StringComparison.Ordinal) || rest.StartsWith(@"\G", StringComparison.Ordinal))
            {
                p += 2;
            }
            else if (rest.StartsWith("(?!", StringComparison.Ordinal) || rest.StartsWith("(?=", StringComparison.Ordinal)
                || rest.StartsWith("(?<=", StringComparison.Ordinal) || rest.StartsWith("(?<!", StringComparison.Ordinal))
            {
                p = Close(s, p) + 1;
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>
    /// The literal texts a sequence can start with; <c>Open</c> says the reading covered the whole sequence, so what
    /// follows the sequence may extend it.
    /// </summary>
    /// <param name="gaps">Whether white space (<c>\s</c>) is read as a <see cref="Gap"/> rather than ending the reading.</param>
    private static List<(string Text, bool Open)> Readings(string sequence, bool gaps)
    {
        var readings = new List<(string Text, bool Open)> { ("", true) };
        var p = 0;
        SkipZeroWidth(sequence, ref p);
        while (p < sequence.Length && readings.Exists(r => r.Open))
        {
            List<(string Text, bool Open)> options;
            int next;
            var space = gaps && sequence.AsSpan(p).StartsWith(@"\s", StringComparison.Ordinal);
            if (space)
            {
                options = WhiteSpace(sequence, p, out next);
            }
            else if (sequence.AsSpan(p).StartsWith("(?:", StringComparison.Ordinal))
            {
                var close = Close(sequence, p);
                options = [.. SplitAlternatives(sequence[(p + 3)..close]).SelectMany(a => Readings(a, gaps))];
                next = close + 1;
            }
            else if (Literal(sequence, p) is { } literal)
            {
                options = [(literal.Char.ToString(), true)];
                next = p + literal.Length;
            }
            else
            {
                return Stopped(readings);
            }

            // White space has read its own quantifier.
            switch (space || next >= sequence.Length ? '\0' : sequence[next])
            {
                case '?':
                    options = [("", true), .. options];
                    next++;
                    break;
                case '+':
                    // One occurrence is certain; what repeats after it is not known.
                    options = [.. options.Select(o => (o.Text, false))];
                    break;
                case '*' or '{':
                    return Stopped(readings);
            }

            var grown = readings.Where(r => !r.Open).ToList();
            grown.AddRange(readings.Where(r => r.Open).SelectMany(r => options.Select(o => (r.Text + o.Text, o.Open))));
            if (grown.Count > MaxReadings)
            {
                return Stopped(readings);
            }

            readings = [.. grown.Distinct()];
            p = next;
            SkipZeroWidth(sequence, ref p);
        }

        return readings;
    }

    private static readonly string GapText = Gap.ToString();

    /// <summary>
    /// The readings of white space at <paramref name="p"/> with its quantifier: a gap of one or more characters, or
    /// possibly none ("\s*", "\s?", "\s{0,2}"); a lazy mark changes neither.
    /// </summary>
    private static List<(string Text, bool Open)> WhiteSpace(string sequence, int p, out int next)
    {
        next = p + 2;
        var none = false;
        if (next < sequence.Length && sequence[next] is '+' or '*' or '?')
        {
            none = sequence[next] != '+';
            next++;
        }
        else if (next < sequence.Length && sequence[next] == '{')
        {
            none = sequence[next + 1] == '0';
            next = sequence.IndexOf('}', next) + 1;
        }

        if (next < sequence.Length && sequence[next] == '?')
        {
            next++;
        }

        return none ? [("", true), (GapText, true)] : [(GapText, true)];
    }

    private static List<(string Text, bool Open)> Stopped(List<(string Text, bool Open)> readings) =>
        [.. readings.Select(r => (r.Text, false)).Distinct()];

    /// <summary>A literal character at <paramref name="p"/>: a letter, digit or plain punctuation, or an escaped one.</summary>
    private static (char Char, int Length)? Literal(string s, int p)
    {
        var c = s[p];
        if (c == '\\')
        {
            return p + 1 < s.Length && !char.IsLetterOrDigit(s[p + 1]) ? (s[p + 1], 2) : null;
        }

        return c is '(' or ')' or '[' or ']' or '|' or '.' or '*' or '+' or '?' or '{' or '}' or '^' or '$' ? null : (c, 1);
    }

    /// <summary>The index of the parenthesis closing the group opened at <paramref name="open"/>.</summary>
    private static int Close(string s, int open)
    {
        foreach (var (i, c, depth) in Structure(s, open))
        {
            if (c == ')' && depth == 0)
            {
                return i;
            }
        }

        throw new ArgumentException($"unbalanced group in cue pattern: {s}");
    }

    /// <summary>The alternatives of a sequence, split at its top-level bars.</summary>
    private static List<string> SplitAlternatives(string s)
    {
        var parts = new List<string>();
        var start = 0;
        foreach (var (i, c, depth) in Structure(s, 0))
        {
            if (c == '|' && depth == 0)
            {
                parts.Add(s[start..i]);
                start = i + 1;
            }
        }

        parts.Add(s[start..]);
        return parts;
    }

    /// <summary>
    /// The pattern's structural characters (parentheses and bars outside character classes and escapes) from
    /// <paramref name="start"/>, each with the group depth after it.
    /// </summary>
    private static IEnumerable<(int Index, char Char, int Depth)> Structure(string s, int start)
    {
        var depth = 0;
        var inClass = false;
        for (var i = start; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '\\')
            {
                i++;
            }
            else if (inClass)
            {
                inClass = c != ']';
            }
            else if (c == '[')
            {
                inClass = true;
            }
            else if (c is '(' or ')' or '|')
            {
                depth += c switch { '(' => 1, ')' => -1, _ => 0 };
                yield return (i, c, depth);
            }
        }
    }
}
