using System.Buffers;
using System.Text.RegularExpressions;

namespace Banwatch.Core.Intake;

/// <summary>
/// Splits text into sentences, the unit of evidence. A sentence ends at . ! ? followed by space and a capital,
/// digit, quote or bullet — unless the word before is an abbreviation (Amb., No., U.S.) or an initial (J.) — and at
/// a full stop with no space after it between a word and a capitalised word ("reason.Neither"), and where a state's
/// name is glued to a lower-case word ("nearerMalawi"). A blank line, a bulleted line and a short line without closing
/// punctuation (a headline, a dateline) end one too; other single line breaks are spaces, because reports wrap lines
/// mid-sentence. No sentence is longer than
/// <see cref="MaxLength"/>: a run-on is cut at its last clause or line boundary before that, so every later step
/// works on bounded pieces.
/// </summary>
public static partial class SentenceSplitter
{
    /// <summary>Characters. Longer "sentences" are lists or text without full stops; they are cut into pieces.</summary>
    public const int MaxLength = 2_000;

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "Amb", "St", "No", "Nos", "Art", "Arts", "Para", "e.g", "i.e", "U.S", "U.K", "U.N", "etc", "vs", "cf",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Gen", "Col", "Lt", "Prof", "Sen",
        "Rep", "Gov", "Hon", "Rt", "Ltd", "Inc", "Co", "Corp", "approx", "Vol", "p", "pp", "Fig", "H.E", "Ph.D", "P.D.R", "Lao P.D.R",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> Ends = SearchValues.Create(".!?\n");

    private static readonly SearchValues<char> Bullets = SearchValues.Create("•●▪◦*");

    /// <param name="names">Where the document names states, in order: no sentence ends inside one ("New\nZealand").</param>
    /// <param name="tables">The document's tables: each row, the heading and the line after a table start a sentence of their own.</param>
    public static List<TextSpan> Split(string text, IReadOnlyList<AliasMatch>? names = null, IReadOnlyList<PlainTextTable>? tables = null)
    {
        var lineStarts = (tables ?? []).SelectMany(t => t.Lines).ToHashSet();
        var sentences = new List<TextSpan>();
        var inName = new NameCursor(names ?? []);
        var headline = HeadlineLength(text);
        var start = 0;
        var i = 0;
        var glued = (names ?? []).Where(n => AliasMatcher.IsGlued(text, n.Start)).Select(n => n.Start).ToList();
        var nextGlued = 0;
        while (true)
        {
            var found = text.AsSpan(i).IndexOfAny(Ends);
            if (found < 0)
            {
                break;
            }

            i += found;

            SplitGlued(i);
            if (!inName.Covers(i) && (text[i] == '\n' ? BreaksParagraph(text, i, headline) || lineStarts.Contains(i + 1) || IntroducesNameLine(text, i, inName) : EndsSentence(text, i) && !LeadsOnInRow(text, i, inName)))
            {
                Add(text, start, text[i] == '\n' ? i : i + 1, sentences, inName);
                start = i + 1;
            }

            i++;
        }

        SplitGlued(text.Length);
        Add(text, start, text.Length, sentences, inName);
        return sentences;

        // A title glued to the sentence after it ("draws nearerMalawi lodged ..."): the glued name starts a sentence.
        void SplitGlued(int before)
        {
            for (; nextGlued < glued.Count && glued[nextGlued] < before; nextGlued++)
            {
                if (glued[nextGlued] > start)
                {
                    Add(text, start, glued[nextGlued], sentences, inName);
                    start = glued[nextGlued];
                }
            }
        }
    }

    private static bool EndsSentence(string text, int i)
    {
        var j = i + 1;
        while (j < text.Length && text[j] is '"' or '\'' or '\u201D' or '\u2019' or ')')
        {
            j++;
        }

        j = AfterFootnote(text, i, j);
        if (j < text.Length && !char.IsWhiteSpace(text[j]))
        {
            return j == i + 1 && text[i] == '.' && RunsOn(text, i);
        }

        while (j < text.Length && char.IsWhiteSpace(text[j]))
        {
            j++;
        }

        // A sentence starts with a capital, a number, a quotation, a bracket, a dash or a bullet, or with a sign such as
        // "★" or "►" that opens a line of a factsheet.
        if (j < text.Length && !(char.IsUpper(text[j]) || char.IsDigit(text[j]) || text[j] is '"' or '\u201C' or '\u2018' or '\'' or '(' or '[' or '-' or '–' or '—'
            || Bullets.Contains(text[j]) || char.IsSymbol(text[j])))
        {
            return false;
        }

        if (text[i] != '.')
        {
            return true;
        }

        // The word before the period: an abbreviation or a single initial does not end the sentence.
        var w = i;
        while (w > 0 && (char.IsLetter(text[w - 1]) || text[w - 1] == '.'))
        {
            w--;
        }

        var word = text.AsSpan(w, i - w);
        return !(AbbreviationLookup.Contains(word) || (word.Length == 1 && char.IsUpper(word[0])));
    }

    /// <summary>
    /// A footnote marker right after a sentence's full stop ("unchanged.[2] It is", "unchanged.² It is", "joining.2 Denmark",
    /// "on 3 August.* Signatories"):
    /// where the text after the marker starts; <paramref name="j"/> if there is none. Bare digits count only after a
    /// word, so "1.5 million" is not a footnote.
    /// </summary>
    private static int AfterFootnote(string text, int period, int j)
    {
        var k = j;
        if (k < text.Length && text[k] == '[')
        {
            k++;
            while (k < text.Length && k - j <= 4 && char.IsDigit(text[k]))
            {
                k++;
            }

            return k > j + 1 && k < text.Length && text[k] == ']' ? k + 1 : j;
        }

        while (k < text.Length && k - j < 3 && (text[k] is '¹' or '²' or '³' or '*' or '†' or '‡' || text[k] is >= '\u2070' and <= '\u2079'))
        {
            k++;
        }

        if (k > j)
        {
            return k;
        }

        while (k < text.Length && k - j < 3 && char.IsAsciiDigit(text[k]) && text[period] == '.' && period > 0 && char.IsLower(text[period - 1]))
        {
            k++;
        }

        return k > j && k < text.Length && char.IsWhiteSpace(text[k]) ? k : j;
    }

    /// <summary>"reason.Neither": a lower-case word of three letters or more, a full stop, then a capitalised word.</summary>
    private static bool RunsOn(string text, int period)
    {
        if (period + 2 >= text.Length || !char.IsUpper(text[period + 1]) || !char.IsLower(text[period + 2]) || period < 3)
        {
            return false;
        }

        return char.IsLower(text[period - 1]) && char.IsLower(text[period - 2]) && char.IsLower(text[period - 3])
            && (period == 3 || !char.IsLetter(text[period - 4]) || char.IsLower(text[period - 4]));
    }

    private static bool BreaksParagraph(string text, int newline, int headline)
    {
        var j = newline + 1;
        while (j < text.Length && text[j] is ' ' or '\t' or '\r')
        {
            j++;
        }

        if (j < text.Length && text[j] != '\n' && EndsWrapped(text, newline) && !Bullets.Contains(text[j]) && !Bullet().IsMatch(text.AsSpan(j, Math.Min(4, text.Length - j))))
        {
            return false; // "... has not yet entered into force for\n   them: Liechtenstein": the line runs on, unless into a bullet
        }

        return j >= text.Length || text[j] == '\n' || Bullets.Contains(text[j]) || BulletOrHeading().IsMatch(text.AsSpan(j, Math.Min(12, text.Length - j)))
            || ((char.IsUpper(text[j]) || IsNoteLine(text, j)) && IsHeadline(text, newline, headline)) || AfterRule(text, newline)
            || LeaderRow().IsMatch(text.AsSpan(j, Math.Min(80, text.Length - j)));
    }

    /// <summary>
    /// A line ending in a colon over a line of names and nothing else ("(a) Signatory States:" over "   Angola", or over
    /// "   Argentina, Brazil, Cambodia"): the introduction is a sentence of its own, and its list's first line an item like
    /// the lines under it. Not over a line that runs on ("Botswana, Burkina Faso,", "Norway; Japan;") or says more ("..., which announced").
    /// </summary>
    private static bool IntroducesNameLine(string text, int newline, NameCursor names)
    {
        if (newline == 0 || !LineBefore(text, newline).EndsWith(':'))
        {
            return false;
        }

        var end = text.IndexOf('\n', newline + 1) is var n and >= 0 ? n : text.Length;
        var line = text.AsSpan(newline + 1, end - newline - 1).TrimEnd();
        if (line.IsEmpty || line[^1] is ',' or ';')
        {
            return false;
        }

        var count = 0;
        for (var j = newline + 1; j < newline + 1 + line.Length;)
        {
            if (names.EndAt(j) is var nameEnd and > 0)
            {
                (j, count) = (nameEnd, count + 1);
            }
            else if (char.IsWhiteSpace(text[j]) || text[j] is ',' or ';' or '.')
            {
                j++;
            }
            else if (AndOrThe().Match(text, j, newline + 1 + line.Length - j) is { Success: true } word && word.Index == j)
            {
                j += word.Length;
            }
            else
            {
                return false;
            }
        }

        return count > 0;
    }

    [GeneratedRegex(@"\G(?:and|the)\s", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AndOrThe();

    /// <summary>A row whose first cell is led by dots to the next ("Austria ....... Federal Law ..."): a line of its own.</summary>
    [GeneratedRegex(@"^[^\n.]{1,60}?[ \t]\.{3,}[ \t]", RegexOptions.CultureInvariant)]
    private static partial Regex LeaderRow();

    /// <summary>A line that ends with a word no sentence or heading ends with ("for", "the", "and"): the next line continues it.</summary>
    private static bool EndsWrapped(string text, int newline)
    {
        var lastWord = LastWord(LineBefore(text, newline));
        return lastWord.Length > 0 && char.IsLower(lastWord[0]) && WrappingWordLookup.Contains(lastWord);
    }

    /// <summary>The line that <paramref name="newline"/> ends, without trailing spaces.</summary>
    private static ReadOnlySpan<char> LineBefore(string text, int newline)
    {
        var lineStart = newline == 0 ? 0 : text.LastIndexOf('\n', newline - 1) + 1;
        return text.AsSpan(lineStart, newline - lineStart).TrimEnd();
    }

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> line) => line[(line.LastIndexOf(' ') + 1)..];

    /// <summary>A rule of dashes under a heading ends it: the line after it is a table's or a list's first.</summary>
    private static bool AfterRule(string text, int newline) => IsRule(LineBefore(text, newline));

    /// <summary>A line that is only a rule: three or more dashes, equals signs or underscores.</summary>
    internal static bool IsRule(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        return line.Length >= 3 && line.Trim("-=_─—").IsEmpty;
    }

    /// <summary>
    /// A line that is one note in parentheses ("(name of the measure and year of adoption)"): under a headline, it is a
    /// line of its own, not the headline's next words; under a heading or between rows it says how the rows read, so it
    /// neither ends a list nor stands between a heading and its names.
    /// </summary>
    internal static bool IsNote(ReadOnlySpan<char> line)
    {
        line = line.Trim().TrimEnd('.').TrimEnd();
        return line is ['(', .., ')'] && line[1..].IndexOfAny('(', ')') == line.Length - 2;
    }

    private static bool IsNoteLine(string text, int lineStart)
    {
        var end = text.IndexOf('\n', lineStart);
        return IsNote(text.AsSpan(lineStart, (end < 0 ? text.Length : end) - lineStart));
    }

    /// <summary>
    /// A line shorter than <paramref name="headline"/> that does not end like a wrapped line (with a comma, a colon
    /// that opens the next line's list, or a word such as "the" or "of") stands alone: a title, a dateline, a caption.
    /// </summary>
    private static bool IsHeadline(string text, int newline, int headline)
    {
        var line = LineBefore(text, newline);
        if (line.Length == 0 || line.Length >= headline || line[^1] is ',' or ';' or ':' or '-' or '–' or '(' or '&')
        {
            return false;
        }

        return !WrappingWordLookup.Contains(LastWord(line));
    }

    private static readonly HashSet<string> WrappingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "and", "or", "by", "to", "in", "on", "at", "for", "from", "with", "as", "that", "which", "its", "their",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WrappingWordLookup = WrappingWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Lines shorter than this are headlines, not wrapped text: 60% of the length most lines reach (the 90th
    /// percentile), so text wrapped at 80 or 110 columns keeps its line breaks as spaces.
    /// </summary>
    private static int HeadlineLength(string text)
    {
        var lengths = new List<int>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            if (end > start)
            {
                lengths.Add(end - start);
            }

            start = end + 1;
        }

        if (lengths.Count < 3)
        {
            return 0;
        }

        lengths.Sort();
        return lengths[(int)(lengths.Count * 0.9)] * 6 / 10;
    }

    private static void Add(string text, int start, int end, List<TextSpan> sentences, NameCursor inName)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || Bullets.Contains(text[start])))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        while (end - start > MaxLength)
        {
            var cut = RunOnCut(text, start, start + MaxLength, inName);
            Add(text, start, cut, sentences, inName);
            start = cut;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
        }

        if (end > start)
        {
            sentences.Add(new TextSpan(start, end));
        }
    }

    /// <summary>
    /// Where to cut a run-on before <paramref name="limit"/>: after its last line break, ";", ",", or space (in the
    /// second half of the piece, outside names), else at the limit.
    /// </summary>
    private static int RunOnCut(string text, int start, int limit, NameCursor inName)
    {
        var from = start + (MaxLength / 2);
        foreach (var boundary in RunOnBoundaries)
        {
            for (var end = limit; end > from;)
            {
                var at = text.AsSpan(from, end - from).LastIndexOfAny(boundary);
                if (at < 0)
                {
                    break;
                }

                if (!inName.Covers(from + at))
                {
                    return from + at + 1;
                }

                end = from + at;
            }
        }

        return limit;
    }

    /// <summary>
    /// Leader dots between the cells of a row that starts with a name ("Australia ....... 3 Dec 2008 ....... Act 2012"):
    /// one row, not sentences that end at the dots. Dots glued to a word are an ellipsis, and dots after a label
    /// ("States Parties ....... Fiji") still end it, so the label introduces the names after it.
    /// </summary>
    private static bool LeadsOnInRow(string text, int i, NameCursor names)
    {
        var dots = i;
        while (dots > 0 && text[dots - 1] == '.')
        {
            dots--;
        }

        var next = i + 1;
        while (next < text.Length && text[next] is ' ' or '\t')
        {
            next++;
        }

        if (i - dots < 2 || dots == 0 || text[dots - 1] is not (' ' or '\t') || next == i + 1 || next >= text.Length || text[next] is '\n' or '\r')
        {
            return false;
        }

        var first = text.LastIndexOf('\n', dots - 1) + 1;
        while (text[first] is ' ' or '\t')
        {
            first++;
        }

        return names.StartsAt(first);
    }

    /// <summary>Answers "is this offset inside a name?" for offsets that mostly grow, in amortised constant time.</summary>
    private sealed class NameCursor(IReadOnlyList<AliasMatch> names)
    {
        private int _next;

        public bool Covers(int offset)
        {
            while (_next > 0 && names[_next - 1].Start > offset)
            {
                _next--;
            }

            while (_next < names.Count && names[_next].End <= offset)
            {
                _next++;
            }

            return _next < names.Count && names[_next].Start <= offset && offset < names[_next].End;
        }

        public bool StartsAt(int offset)
        {
            while (_next > 0 && names[_next - 1].End > offset)
            {
                _next--;
            }

            return Covers(offset) && names[_next].Start == offset;
        }

        /// <summary>Where the name that starts at <paramref name="offset"/> ends, or -1.</summary>
        public int EndAt(int offset) => StartsAt(offset) ? names[_next].End : -1;
    }

    private static readonly SearchValues<char>[] RunOnBoundaries = [SearchValues.Create("\n"), SearchValues.Create(";:"), SearchValues.Create(","), SearchValues.Create(" \t")];

    /// <summary>
    /// "- item", "– item", "1. item", "#" headings, YAML-ish "key:" lines and a transcript's or live blog's time stamps
    /// ("[01:40] SAM:", "14:05 Norway") start a new unit.
    /// </summary>
    [GeneratedRegex(@"^(" + BulletMark + @"|#|[A-Za-z_]+:\s|\[?\d{1,2}:\d{2}(:\d{2})?\]?\s)")]
    private static partial Regex BulletOrHeading();

    /// <summary>"- item", "– item", "1. item": a bullet, which a wrapped line does not run on into.</summary>
    [GeneratedRegex(@"^(?:" + BulletMark + ")")]
    private static partial Regex Bullet();

    private const string BulletMark = @"[-–—]\s|\d{1,2}[.)]\s";
}
