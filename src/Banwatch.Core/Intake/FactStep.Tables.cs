using System.Buffers;
using System.Text.RegularExpressions;
using Banwatch.Core.Intake.FactRules;

namespace Banwatch.Core.Intake;

public sealed partial class FactStep
{
    private static readonly CueFinder HeadingCues = new(ColumnHeadings.All);

    /// <summary>
    /// Facts a table states by its shape (<see cref="PlainTextTables"/>): a column's heading applies to the names listed
    /// under it ("States signing on 3 December" over "Angola, Benin, ..."), and to the state of each row whose cell under
    /// it is filled in (a date under "Deposited", "yes" under "Signed"); a blank, a dash or a hedge ("expected 2026")
    /// is not. A heading that denies or defers its act ("Non-signatories", "Not yet ratified", "Ratification expected")
    /// states nothing.
    /// </summary>
    private static IEnumerable<Fact> TableFacts(
        string text, IReadOnlyList<PlainTextTable> tables, List<Mention> mentions, List<Announcement> announced, bool signedThere, string head)
    {
        var cues = new List<CueMatch>();
        var titleTopic = TitleTopic(head);
        foreach (var table in tables)
        {
            // The mentions in each cell of each row, read once for the cells' own acts and the headings' below.
            var rowCells = table.Rows.Select(r => InCells(r.Cells, mentions)).ToList();
            foreach (var fact in CellActs(text, table, rowCells, cues))
            {
                yield return fact;
            }

            var caption = text.AsSpan(Math.Max(0, table.Lines[0] - CaptionLength), Math.Min(CaptionLength, table.Lines[0]));
            // The signatures given at a meeting: its report's table, or one whose caption says where they were given.
            var signedAtMeeting = signedThere || SignedAtOslo.IsMatch(caption);
            var meetingCaption = MeetingReferences.In(caption);
            var headingCues = new List<List<(FactKind Kind, TextSpan Cue, bool IsRole)>>();
            var topics = new List<FactKind?>();
            foreach (var h in table.Headings)
            {
                cues.Clear();
                var heading = text.AsSpan(h.Start, h.Length);
                HeadingActs(heading, cues);
                headingCues.Add([.. cues.Select(c => (c.Rule.Kind, new TextSpan(h.Start + c.Index, h.Start + c.End), c.Rule.IsRole))]);
                topics.Add(Topic(heading, caption, titleTopic));
            }

            var fromCaption = false;
            if (headingCues.TrueForAll(h => h.Count == 0)
                && announced.FindLast(a => a.Sentence.End <= table.Lines[0] && table.Lines[0] - a.Sentence.End <= CaptionLength
                    && !IsTableBetween(tables, a.Sentence.End, table.Lines[0])) is { Acts: { } acts })
            {
                fromCaption = true;
                // Headings that state no act ("REGION  NO.  STATES") under a sentence announcing the table ("States that
                // signed in Oslo on the opening day, by region"): every column's names did what it says.
                var stated = acts.Where(a => IsRecordedAct(a.Rule.Kind)).Select(a => (a.Rule.Kind, a.Cue, a.Rule.IsRole)).ToList();
                headingCues = [.. headingCues.Select(_ => stated)];
            }

            if (headingCues.TrueForAll(h => h.TrueForAll(c => c.IsRole)) && topics.TrueForAll(t => t is null))
            {
                // "B. Destruction under way" over "State  Deadline  Note": the section's heading says where every row
                // stands. A role's heading ("State Party  Deadline") says what the rows' states are, not where they stand.
                if (SectionStatus(text, table.Lines[0], titleTopic) is { } section)
                {
                    foreach (var m in rowCells.SelectMany(KeyOf))
                    {
                        yield return new Fact(section.Kind, m.State, m.Sentence, m.Span, section.Line);
                    }
                }

                if (headingCues.TrueForAll(h => h.Count == 0))
                {
                    continue;
                }
            }

            // A row that says its act is still to come is not one of the caption's ("Italy  -  bill adopted by the Senate,
            // pending in the Chamber" under "Nine states have adopted legislation that ...:").
            for (var r = 0; r < table.Rows.Count; r++)
            {
                if (fromCaption && PendingRow.IsMatch(text.AsSpan(table.Rows[r].Span.Start, table.Rows[r].Span.Length)))
                {
                    continue;
                }

                var row = table.Rows[r].Cells;
                var inCells = rowCells[r];
                var key = KeyOf(inCells);
                for (var c = 0; c < row.Count; c++)
                {
                    // A count beside many names ("SIGNED 32") is theirs when it counts them, give or take one a reader missed.
                    var actors = inCells[c].Count > 0 ? inCells[c]
                        : key.Count is > 0 and <= 3 && IsFilledIn(text, row[c]) ? key
                        : key.Count > 3 && IsDated(text, row[c]) ? key
                        : key.Count > 3 && Counts(text, row[c]) is var n && key.Count <= n && key.Count >= n - Math.Max(1, n / 10) ? key
                        : [];
                    foreach (var (kind, cue, isRole) in headingCues[c])
                    {
                        foreach (var m in actors)
                        {
                            yield return new Fact(kind, m.State, m.Sentence, m.Span, cue);
                            if (kind is FactKind.Signed or FactKind.Endorsed && (signedAtMeeting || (meetingCaption && !isRole)))
                            {
                                yield return new Fact(FactKind.Attended, m.State, m.Sentence, m.Span, cue);
                            }
                        }
                    }

                    if (topics[c] is { } topic && inCells[c].Count == 0 && (key.Count is > 0 and <= 3 || IsDated(text, row[c])) && row[c].Count > 0
                        && Status(text, row[c], text.AsSpan(table.Headings[c].Start, table.Headings[c].Length), topic) is { } status)
                    {
                        foreach (var m in key)
                        {
                            yield return new Fact(status, m.State, m.Sentence, m.Span, row[c][0]);
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// Acts a row's own cell names, whole, whatever its column's heading: "ratification", "Accession" in a column
    /// headed "Instrument" or "Action". The row's state did it. A cell that says more ("ratification bill tabled") is a
    /// note, not the act.
    /// </summary>
    private static IEnumerable<Fact> CellActs(string text, PlainTextTable table, List<List<List<Mention>>> rowCells, List<CueMatch> cues)
    {
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var cells = table.Rows[r].Cells;
            var inCells = rowCells[r];
            if (KeyOf(inCells) is not { Count: > 0 and <= 3 } key)
            {
                continue;
            }

            for (var c = 0; c < cells.Count; c++)
            {
                if (inCells[c].Count == 0 && cells[c] is [var piece] && WholeCellAct(text, piece, cues) is var (kind, cue))
                {
                    foreach (var m in key)
                    {
                        yield return new Fact(kind, m.State, m.Sentence, m.Span, cue);
                    }
                }
            }
        }
    }

    /// <summary>The act a cell's text is, and nothing more, with where it is written.</summary>
    private static (FactKind Kind, TextSpan Cue)? WholeCellAct(string text, TextSpan piece, List<CueMatch> cues)
    {
        var raw = text.AsSpan(piece.Start, piece.Length);
        var start = piece.Start + (raw.Length - raw.TrimStart().Length);
        var cell = raw.Trim();
        cues.Clear();
        HeadingActs(cell, cues);
        foreach (var cue in cues)
        {
            if (cue.Index == 0 && IsRecordedAct(cue.Rule.Kind) && !cell[cue.End..].ContainsAnyExcept(CellEnd))
            {
                return (cue.Rule.Kind, new TextSpan(start, start + cue.Length));
            }
        }

        return null;
    }

    /// <summary>What may follow an act that is a cell's whole text: a full stop, a footnote's mark.</summary>
    private static readonly SearchValues<char> CellEnd = SearchValues.Create(" .*+†‡§");

    /// <summary>The mentions in each cell of a row.</summary>
    private static List<List<Mention>> InCells(IReadOnlyList<IReadOnlyList<TextSpan>> row, List<Mention> mentions) =>
        [.. row.Select(cell => cell.SelectMany(piece => Within(mentions, piece)).ToList())];

    /// <summary>A row's key: the names in its first cell that has any, the states the row is about.</summary>
    private static List<Mention> KeyOf(List<List<Mention>> inCells) => inCells.FirstOrDefault(c => c.Count > 0) ?? [];

    /// <summary>Whether another table starts between a caption and this one: the caption is that table's ("B. Destruction under way" over B's rows, not C's).</summary>
    private static bool IsTableBetween(IReadOnlyList<PlainTextTable> tables, int from, int to) => tables.Any(t => t.Lines[0] >= from && t.Lines[0] < to);

    /// <summary>A sentence that announces a list or table to come, and the acts its states did ("The table lists every state that signed").</summary>
    private sealed record Announcement(TextSpan Sentence, List<(FactRule Rule, TextSpan Cue)> Acts);

    /// <summary>The acts a heading states (<see cref="ColumnHeadings"/>), into <paramref name="cues"/>.</summary>
    private static void HeadingActs(ReadOnlySpan<char> heading, List<CueMatch> cues)
    {
        if (IsHeading(heading))
        {
            var from = cues.Count;
            HeadingCues.Find(heading, cues);
            for (var i = cues.Count - 1; i >= from; i--)
            {
                if (!IsStated(heading, cues[i]))
                {
                    cues.RemoveAt(i);
                }
            }
        }
    }

    /// <summary>A heading's cue, unless the heading denies or defers it ("Not yet ratified", "Ratification expected") or only notes it in parentheses.</summary>
    private static bool IsStated(ReadOnlySpan<char> heading, CueMatch c) =>
        !HeadingDenial.IsMatch(heading[..c.Index]) && !HeadingDeferral.IsMatch(heading[c.End..]) && !InParentheses(heading, c.Index);

    /// <summary>
    /// A signature given at Oslo: the Convention was open for signature there only at its signing conference of 3-4
    /// December 2008, and at United Nations Headquarters after it (Article 15): "signed in Oslo", "Signatures of the
    /// Convention, Oslo", "States signing on 3 December 2008" (the conference's days). Not "opened for signature in
    /// Oslo" (no one's act) nor "signed in Oslo in 2008, or soon after" (not placed there).
    /// </summary>
    [GeneratedRegex(@"(?<!\bfor\s)\bsign(?:ed|ing|s|atures?)\b[^.\n]{0,80}?(?:(?:\b(?:in|at)\s+|,\s*)Oslo\b(?!\s+(?:Process|Declaration)\b)(?![^.;\n]{0,25}?\bor\s+(?:shortly|soon|later)\b)|\bOslo\s+City\s+Hall\b|\b(?:3|4|3\s*(?:[-–]|and)\s*4)\s+December\s+2008\b|\bDecember\s+3(?:\s*[-–]\s*4)?,\s+2008\b)", Options)]
    private static partial Regex SignedAtOslo { get; }

    /// <summary>
    /// Facts a legend states of the names it marks: "+ also deposited its instrument of ratification on 3 December 2008"
    /// under a list where "Ireland +" and "Norway +" stand. A marker is a run of "*", "+", "†", "‡" or "§" right after a
    /// name; its legend is the one line that starts with the same run, somewhere after the names it marks.
    /// </summary>
    private static IEnumerable<Fact> LegendFacts(string text, List<Mention> mentions)
    {
        var marked = new Dictionary<string, List<Mention>>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            var at = m.Span.End;
            while (at < text.Length && text[at] is ' ' or '\t')
            {
                at++;
            }

            var end = at;
            while (end < text.Length && end - at < 3 && LegendMarks.Contains(text[end]))
            {
                end++;
            }

            if (end > at && (end == text.Length || !LegendMarks.Contains(text[end])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                var mark = text[at..end];
                (marked.TryGetValue(mark, out var list) ? list : marked[mark] = []).Add(m);
            }
        }

        if (marked.Count == 0)
        {
            yield break;
        }

        // A mark that starts more than one line is a bullet, not a legend's ("* Albania", "* Grenada").
        var legends = Legend.Matches(text).Where(l => marked.ContainsKey(l.Groups["mark"].Value)).ToList();
        var bullets = legends.CountBy(l => l.Groups["mark"].Value).Where(c => c.Value > 1).Select(c => c.Key).ToHashSet();
        var cues = new List<CueMatch>();
        foreach (var legend in legends)
        {
            if (bullets.Contains(legend.Groups["mark"].Value) || !marked.TryGetValue(legend.Groups["mark"].Value, out var names))
            {
                continue;
            }

            var what = legend.Groups["what"];
            if (NotStatedAsDone.IsMatch(what.Value) || HeadingDeferral.IsMatch(what.Value))
            {
                continue;
            }

            cues.Clear();
            Cues.Find(what.ValueSpan, cues);
            foreach (var cue in cues.Where(c => IsRecordedAct(c.Rule.Kind)))
            {
                var cueSpan = new TextSpan(what.Index + cue.Index, what.Index + cue.End);
                foreach (var m in names.Where(m => m.Span.End < legend.Index))
                {
                    yield return new Fact(cue.Rule.Kind, m.State, m.Sentence, m.Span, cueSpan);
                }
            }
        }
    }

    /// <summary>The marks a legend explains; a name may carry one in a list (<see cref="BareListRemainder"/>).</summary>
    private const string Marks = "*+†‡§";

    private static readonly SearchValues<char> LegendMarks = SearchValues.Create(Marks);

    [GeneratedRegex(@"^[ \t]*(?<mark>[" + Marks + @"]{1,3})[ \t]*(?:=[ \t]*)?(?<what>[^\s" + Marks + @"][^\n]{2,200})$", RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Legend { get; }

    /// <summary>How far above a table its caption is looked for ("Table 2. Stockpile destruction by State Party").</summary>
    private const int CaptionLength = 300;

    /// <summary>
    /// What a column reports the progress of: stockpile destruction (Article 3) or clearance (Article 4), named by its
    /// heading, or by the table's caption for a heading that only says "Status", "Progress" or "Completed".
    /// </summary>
    private static FactKind? Topic(ReadOnlySpan<char> heading, ReadOnlySpan<char> caption, FactKind? titleTopic)
    {
        if (StockpileTopic.IsMatch(heading) || ClearanceTopic.IsMatch(heading))
        {
            return StockpileTopic.IsMatch(heading) ? FactKind.StockpileDestroyed : FactKind.ClearanceCompleted;
        }

        if (!GenericHeading.IsMatch(heading))
        {
            return null;
        }

        // "Completed" under "DESTRUCTION COMPLETED (selected)": the topic the caption names last, nearest the table; or,
        // under a caption that names none ("A. Completed in the past 18 months"), the document title's.
        var stockpile = StockpileTopic.Matches(caption.ToString()) is { Count: > 0 } s ? s[^1].Index : -1;
        var clearance = ClearanceTopic.Matches(caption.ToString()) is { Count: > 0 } c ? c[^1].Index : -1;
        return stockpile < 0 && clearance < 0 ? titleTopic
            : stockpile > clearance ? FactKind.StockpileDestroyed : FactKind.ClearanceCompleted;
    }

    /// <summary>
    /// The status the line just above a table states for its rows, when that line is a section's heading naming a
    /// topic and whether it is done or under way ("B. Destruction under way", "States still clearing"); nothing for a
    /// denial ("C. Not yet reported") or a sentence.
    /// </summary>
    private static (FactKind Kind, TextSpan Line)? SectionStatus(string text, int tableStart, FactKind? titleTopic)
    {
        var end = tableStart;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var start = end > 0 ? text.LastIndexOf('\n', end - 1) + 1 : 0;
        var line = text.AsSpan(start, end - start);
        if (line.IsEmpty || !IsHeading(line) || line.TrimEnd().EndsWith('.') || HeadingDenial.IsMatch(line))
        {
            return null;
        }

        var span = new TextSpan(start, end);
        return (OneTopic(line) ?? titleTopic) is { } topic && Status(text, [span], [], topic) is { } status ? (status, span) : null;
    }

    /// <summary>The topic the document's title (its first two lines) names, if only one ("STOCKPILE DESTRUCTION UNDER ARTICLE 3").</summary>
    private static FactKind? TitleTopic(string head)
    {
        var title = head.AsSpan(0, Math.Max(0, head.IndexOf('\n', head.IndexOf('\n') + 1)));
        return OneTopic(title);
    }

    /// <summary>The one topic a line names, stockpiles or clearance; none if it names both or neither.</summary>
    private static FactKind? OneTopic(ReadOnlySpan<char> line) =>
        StockpileTopic.IsMatch(line) == ClearanceTopic.IsMatch(line) ? null
            : StockpileTopic.IsMatch(line) ? FactKind.StockpileDestroyed : FactKind.ClearanceCompleted;

    /// <summary>
    /// The fact a status cell states for its row's state: done ("destroyed 2015", "completed") or under way ("in progress",
    /// "ongoing"), in the cell's words or, for a date or a mark, in the heading's ("Destruction completed"); nothing for
    /// a blank, a dash, a denial or a hedge ("none reported", "not applicable", "expected 2026").
    /// </summary>
    private static FactKind? Status(string text, IReadOnlyList<TextSpan> cell, ReadOnlySpan<char> heading, FactKind topic)
    {
        var value = string.Join(' ', cell.Select(p => p.Of(text)));
        if (NotStatedAsDone.IsMatch(value) || HeadingDeferral.IsMatch(value) && !UnderWay.IsMatch(value))
        {
            return null;
        }

        var done = topic;
        var underWay = topic == FactKind.StockpileDestroyed ? FactKind.StockpileProgress : FactKind.ClearanceProgress;
        return UnderWay.IsMatch(value) ? underWay
            : Done.IsMatch(value) ? done
            : IsFilledIn(text, cell) && UnderWay.IsMatch(heading) ? underWay
            : IsFilledIn(text, cell) && Done.IsMatch(heading) ? done
            : null;
    }

    // "Status at 31 July 2014", "Progress (2020)": a heading dated to when it reports is still generic.
    [GeneratedRegex(@"^\W*(?:status|progress|situation|(?:date\s+)?(?:completed|finished)(?:\s+(?:on|in))?|completion(?:\s+date)?)(?:\s+(?:at|as\s+(?:at|of)|on|in|by|to|end|of)\s+(?:[\w-]+\s+){0,3}?\d{4}|\s*\(\d{4}\))?\W*$", Options)]
    private static partial Regex GenericHeading { get; }

    [GeneratedRegex(@"\b(?:stockpiles?|stocks|article\s*3|art\.?\s*3|destruction)\b", Options)]
    private static partial Regex StockpileTopic { get; }

    [GeneratedRegex(@"\b(?:clearance|article\s*4|art\.?\s*4|contaminat\w*|remnants)\b", Options)]
    private static partial Regex ClearanceTopic { get; }

    [GeneratedRegex(@"\b(?:in\s+progress|under\s*way|ongoing|continuing|destroying|clearing|partly|partially|begun|started)\b", Options)]
    private static partial Regex UnderWay { get; }

    [GeneratedRegex(@"\b(?:destroyed|completed?|done|finished|cleared|fulfilled)\b", Options)]
    private static partial Regex Done { get; }

    /// <summary>
    /// A column heading is a few words ("States signing on 3 December", a note in parentheses aside); a longer text in
    /// the heading line is a sentence laid out in columns (a log of messages: "Welcome to the Meeting of States Parties!").
    /// </summary>
    private static bool IsHeading(ReadOnlySpan<char> heading) => HeadingWords(heading) <= MaxHeadingWords && heading.IndexOfAny('!', '?') < 0;

    /// <summary>The words of a heading, leaving out its notes in parentheses ("(year of adoption)", "(* = ratified)").</summary>
    private static int HeadingWords(ReadOnlySpan<char> heading)
    {
        var words = 0;
        var depth = 0;
        for (var i = 0; i < heading.Length; i++)
        {
            depth += heading[i] == '(' ? 1 : heading[i] == ')' ? -1 : 0;
            if (depth == 0 && char.IsLetterOrDigit(heading[i]) && (i == 0 || !char.IsLetterOrDigit(heading[i - 1])))
            {
                words++;
            }
        }

        return words;
    }

    private const int MaxHeadingWords = 8;

    /// <summary>A heading's note in parentheses is a legend or a unit ("(* = ratified at the ceremony)", "(km²)"), not its act.</summary>
    private static bool InParentheses(ReadOnlySpan<char> heading, int at) => heading[..at].Count('(') > heading[..at].Count(')');

    /// <summary>The mentions whose name starts in <paramref name="span"/> (mentions are in text order).</summary>
    private static IEnumerable<Mention> Within(List<Mention> mentions, TextSpan span)
    {
        for (var i = InTextOrder.FirstFrom(mentions, span.Start, m => m.Span.Start); i < mentions.Count && mentions[i].Span.Start < span.End; i++)
        {
            yield return mentions[i];
        }
    }

    /// <summary>A cell that records the act: a date or a number, or a mark ("yes", "x", "✓"), and no hedge or denial.</summary>
    private static bool IsFilledIn(string text, IReadOnlyList<TextSpan> cell)
    {
        var value = string.Join(' ', cell.Select(p => p.Of(text)));
        return (value.Any(char.IsAsciiDigit) || Mark.IsMatch(value)) && !NotStatedAsDone.IsMatch(value) && !HeadingDeferral.IsMatch(value);
    }

    /// <summary>
    /// A filled-in cell with a year ("2015", "Nov 2010 - Dec 2012"): it dates the act of every name beside it, however
    /// many, where a bare number may be a count of them or of something else.
    /// </summary>
    private static bool IsDated(string text, IReadOnlyList<TextSpan> cell) =>
        IsFilledIn(text, cell) && cell.Any(p => Year.IsMatch(text.AsSpan(p.Start, p.Length)));

    /// <summary>The number a cell holds and nothing else ("32"), or -1.</summary>
    private static int Counts(string text, IReadOnlyList<TextSpan> cell) =>
        cell.Count == 1 && int.TryParse(cell[0].Of(text).AsSpan().Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : -1;

    [GeneratedRegex(@"^\W*(?:yes|x|[✓✔●•■])\W*$", Options)]
    private static partial Regex Mark { get; }

    [GeneratedRegex(@"\b(?:non|not|never|no|yet|still|without|outside|pending|expected|planned|awaiting)\b", Options)]
    private static partial Regex HeadingDenial { get; }

    [GeneratedRegex(@"\b(?:expected|planned|pending|due|scheduled|intended|target(?:ed)?|in\s+progress|under\s?way|awaited|procedures?)\b", Options)]
    private static partial Regex HeadingDeferral { get; }

    /// <summary>A row that says its act is still to come: "bill adopted by the Senate, pending in the Chamber".</summary>
    [GeneratedRegex(@"\b(?:pending|draft|bill|not\s+yet|under\s+(?:consideration|discussion|review))\b", Options)]
    private static partial Regex PendingRow { get; }
}
