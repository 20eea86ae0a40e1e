using System.Text.RegularExpressions;

namespace Banwatch.Core.Intake;

/// <summary>
/// A table written as plain text: each column's heading, and the rows under it.
/// </summary>
/// <param name="Lines">Where each of its parts starts a line: the heading, a rule under it, each row, and the line after it.</param>
public sealed record PlainTextTable(IReadOnlyList<TextSpan> Headings, IReadOnlyList<PlainTextRow> Rows, IReadOnlyList<int> Lines);

/// <summary>
/// A row: its extent, and each cell as the pieces of text it holds (a row may run over several lines: its continuation
/// lines leave the first column blank).
/// </summary>
public sealed record PlainTextRow(TextSpan Span, IReadOnlyList<IReadOnlyList<TextSpan>> Cells);

/// <summary>
/// Finds the tables of a text, so that a column's heading can be read as applying to what is under it ("States
/// signing on 3 December" over lists of names, "Deposited" over dates beside each state). Three layouts are read: a
/// heading line over a rule of dashes (or of dashes between bars) whose runs give the column bounds of a fixed-width
/// layout; lines framed by "|" (Markdown-like); and a heading line whose groups of words, two spaces or more apart,
/// the rows below keep as columns. Sentences read a table as run-on text; this gives it its shape. One pass over the
/// lines; a table's body ends at a blank line (under a rule, one not followed by another row), a second rule, a line of
/// prose or the end of the text.
/// </summary>
public static partial class PlainTextTables
{
    /// <summary>Longer lines are prose (or a hostile file), not a table's.</summary>
    private const int MaxLineLength = 400;

    public static List<PlainTextTable> Find(string text)
    {
        var lines = Lines(text);
        var tables = new List<PlainTextTable>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (IsPiped(text, lines[i]))
            {
                var end = i;
                while (end < lines.Count && IsPiped(text, lines[end]))
                {
                    end++;
                }

                if (end - i >= 2 && Piped(text, lines, i, end) is { } piped)
                {
                    tables.Add(piped);
                }

                i = end - 1;
            }
            else if (i > 0 && Runs(text, lines[i]) is { Count: >= 2 } runs && !IsBlank(text, lines[i - 1]) && Runs(text, lines[i - 1]) is null)
            {
                var end = i + 1;
                while (end < lines.Count && Runs(text, lines[end]) is null)
                {
                    if (IsAligned(text, lines[end], runs, first: false))
                    {
                        end++;
                    }
                    else if (IsBlank(text, lines[end]) && end + 1 < lines.Count && Runs(text, lines[end + 1]) is null && IsAligned(text, lines[end + 1], runs, first: true))
                    {
                        // A blank line between groups of rows ("Africa  32  Angola, ..." and then "Americas  15  Bolivia, ..."):
                        // under a rule, a line after it that fills two columns or more is the next row, not prose.
                        end += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                if (end > i + 1)
                {
                    tables.Add(Columns(text, lines, i - 1, i + 1, runs, end));
                }

                i = end - 1;
            }
            else if (Segments(text, lines[i]) is { Count: >= 2 } heads)
            {
                var end = i + 1;
                while (end < lines.Count && IsAligned(text, lines[end], heads, first: end == i + 1))
                {
                    end++;
                }

                if (end >= i + 3)
                {
                    tables.Add(Columns(text, lines, i, i + 1, heads, end));
                    i = end - 1;
                }
            }
        }

        return tables;
    }

    /// <summary>
    /// The columns of a heading line without a rule under it: its words, in groups apart by two spaces or more
    /// ("Donor                 Amount    Main recipients"); null for a line of prose or a single heading.
    /// </summary>
    private static List<(int Start, int End)>? Segments(string text, TextSpan line)
    {
        if (line.Length > MaxLineLength || IsBlank(text, line) || IsPiped(text, line) || Runs(text, line) is not null)
        {
            return null;
        }

        var s = text.AsSpan(line.Start, line.Length);
        var segments = new List<(int, int)>();
        var i = 0;
        while (i < s.Length)
        {
            while (i < s.Length && char.IsWhiteSpace(s[i]))
            {
                i++;
            }

            var start = i;
            while (i < s.Length && !(char.IsWhiteSpace(s[i]) && (i + 1 == s.Length || char.IsWhiteSpace(s[i + 1]))))
            {
                i++;
            }

            if (i > start)
            {
                segments.Add((start, i));
            }
        }

        return segments.Count >= 2 ? segments : null;
    }

    /// <summary>
    /// A row: nothing written across a column's start (two spaces or a bar before its cell's text, or the column empty), two
    /// columns or more filled in, or else a continuation (indented); under a heading line without a rule, the first
    /// row fills in two columns. A line of prose after a table ends it.
    /// </summary>
    private static bool IsAligned(string text, TextSpan line, List<(int Start, int End)> heads, bool first)
    {
        if (Segments(text, line) is null && !(line.Length <= MaxLineLength && !IsBlank(text, line) && char.IsWhiteSpace(text[line.Start]) && !first))
        {
            return false;
        }

        var s = text.AsSpan(line.Start, line.Length);
        var filled = 0;
        for (var c = 0; c < heads.Count; c++)
        {
            var from = heads[c].Start;
            var to = c + 1 < heads.Count ? Math.Min(heads[c + 1].Start, s.Length) : s.Length;
            if (from >= s.Length || s[from..to].IsWhiteSpace())
            {
                continue;
            }

            // Two spaces or a bar before the cell's text, which may start a little after the column ("... munitions  2010"
            // with "Year" one place to its left): nothing is written across the column's start.
            var start = from + s[from..to].IndexOfAnyExcept(' ');
            if (start >= 2 && !(IsGap(s[start - 1]) && IsGap(s[start - 2])))
            {
                return false;
            }

            filled++;
        }

        return !first || filled >= 2;
    }

    private static bool IsGap(char c) => c is ' ' or '|';

    private static List<TextSpan> Lines(string text)
    {
        var lines = new List<TextSpan>();
        var start = 0;
        while (start <= text.Length)
        {
            var nl = text.IndexOf('\n', start);
            var end = nl < 0 ? text.Length : nl;
            lines.Add(new TextSpan(start, end > start && text[end - 1] == '\r' ? end - 1 : end));
            if (nl < 0)
            {
                break;
            }

            start = nl + 1;
        }

        return lines;
    }

    private static bool IsBlank(string text, TextSpan line) => text.AsSpan(line.Start, line.Length).IsWhiteSpace();

    private static bool IsPiped(string text, TextSpan line)
    {
        var s = text.AsSpan(line.Start, line.Length).Trim();
        return s.Length > 2 && line.Length <= MaxLineLength && s[0] == '|' && s[1..].Contains('|');
    }

    /// <summary>The runs of a rule line ("-----  ---  ------", runs of three or more dashes or equals signs), as column offsets; null if it is not one.</summary>
    private static List<(int Start, int End)>? Runs(string text, TextSpan line)
    {
        if (line.Length > MaxLineLength)
        {
            return null;
        }

        var s = text.AsSpan(line.Start, line.Length);
        var runs = new List<(int, int)>();
        var i = 0;
        while (i < s.Length)
        {
            if (s[i] is ' ' or '\t' or '+' or '|')
            {
                i++;
                continue;
            }

            if (s[i] is not ('-' or '=' or '─' or '—'))
            {
                return null;
            }

            var start = i;
            while (i < s.Length && s[i] == s[start])
            {
                i++;
            }

            if (i - start < 3)
            {
                return null;
            }

            runs.Add((start, i));
        }

        return runs.Count > 0 ? runs : null;
    }

    [GeneratedRegex(@"(?:\b(?:and|of|the|or|for)|[,&–-])\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RunsOn();

    /// <summary>Column <paramref name="c"/> of a line: from its run's start to the next run's start (the last to the line's end).</summary>
    private static TextSpan Cell(string text, TextSpan line, List<(int Start, int End)> runs, int c)
    {
        var from = Math.Min(line.Start + runs[c].Start, line.End);
        var to = c + 1 < runs.Count ? Math.Min(line.Start + runs[c + 1].Start, line.End) : line.End;

        // A word written across a column's bound belongs to the column it starts in.
        while (from > line.Start && from < line.End && !char.IsWhiteSpace(text[from - 1]) && !char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        while (to < line.End && to > from && !char.IsWhiteSpace(text[to - 1]) && !char.IsWhiteSpace(text[to]))
        {
            to++;
        }

        return Trim(text, new TextSpan(from, Math.Max(from, to)));
    }

    /// <summary>A table of fixed-width columns: the heading line, then (after a rule, if any) the rows from <paramref name="first"/> to <paramref name="end"/>.</summary>
    private static PlainTextTable Columns(string text, List<TextSpan> lines, int heading, int first, List<(int Start, int End)> runs, int end)
    {
        var headings = Enumerable.Range(0, runs.Count).Select(c => Cell(text, lines[heading], runs, c)).ToList();
        var rows = new List<PlainTextRow>();
        var starts = Enumerable.Range(heading, first - heading).Select(i => lines[i].Start).ToList();
        List<List<TextSpan>>? row = null;
        var rowStart = 0;
        for (var i = first; i < end; i++)
        {
            var cells = Enumerable.Range(0, runs.Count).Select(c => Cell(text, lines[i], runs, c)).ToList();
            // A first cell whose words run on to the next line ("Latin American and" over "Caribbean Group") keeps the row.
            if (row is null || (cells[0].Length > 0 && !(row[0].Count > 0 && RunsOn().IsMatch(row[0][^1].Of(text)))))
            {
                if (row is not null)
                {
                    rows.Add(new PlainTextRow(new TextSpan(rowStart, lines[i - 1].End), row));
                }

                row = [.. cells.Select(_ => new List<TextSpan>())];
                rowStart = lines[i].Start;
                starts.Add(rowStart);
            }

            for (var c = 0; c < cells.Count; c++)
            {
                if (cells[c].Length > 0)
                {
                    row[c].Add(cells[c]);
                }
            }
        }

        rows.Add(new PlainTextRow(new TextSpan(rowStart, lines[end - 1].End), row!));
        if (end < lines.Count)
        {
            starts.Add(lines[end].Start);
        }

        return new PlainTextTable(headings, rows, starts);
    }

    private static PlainTextTable? Piped(string text, List<TextSpan> lines, int first, int end)
    {
        var headings = Split(text, lines[first]);
        var rows = new List<PlainTextRow>();
        var starts = new List<int> { lines[first].Start };
        for (var i = first + 1; i < end; i++)
        {
            starts.Add(lines[i].Start);
            var cells = Split(text, lines[i]);
            if (cells.TrueForAll(c => text.AsSpan(c.Start, c.Length).Trim("-:=+ ").IsEmpty))
            {
                continue; // the |---|---| line under the heading
            }

            rows.Add(new PlainTextRow(lines[i], [.. Enumerable.Range(0, headings.Count).Select(c => (IReadOnlyList<TextSpan>)(c < cells.Count && cells[c].Length > 0 ? [cells[c]] : []))]));
        }

        if (end < lines.Count)
        {
            starts.Add(lines[end].Start);
        }

        return headings.Count >= 2 && rows.Count > 0 ? new PlainTextTable(headings, rows, starts) : null;
    }

    /// <summary>The cells of a "|"-framed line, trimmed; the text before the first bar and after the last is not a cell.</summary>
    private static List<TextSpan> Split(string text, TextSpan line)
    {
        var cells = new List<TextSpan>();
        var at = text.IndexOf('|', line.Start, line.Length);
        while (at >= 0)
        {
            var next = text.IndexOf('|', at + 1, line.End - at - 1);
            var to = next < 0 ? line.End : next;
            if (next >= 0 || to > at + 1)
            {
                cells.Add(Trim(text, new TextSpan(at + 1, to)));
            }

            at = next;
        }

        if (cells.Count > 0 && cells[^1].Length == 0)
        {
            cells.RemoveAt(cells.Count - 1);
        }

        return cells;
    }

    /// <summary>Without the spaces and the bars ("State   |") around a cell.</summary>
    private static TextSpan Trim(string text, TextSpan span)
    {
        int from = span.Start, to = span.End;
        while (from < to && (char.IsWhiteSpace(text[from]) || text[from] == '|'))
        {
            from++;
        }

        while (to > from && (char.IsWhiteSpace(text[to - 1]) || text[to - 1] == '|'))
        {
            to--;
        }

        return new TextSpan(from, to);
    }
}
