using System.Net;
using System.Text;
using Banwatch.Features.Documents;

namespace Banwatch.Web;

/// <summary>
/// A document's text as HTML with what was extracted marked at its offsets: state mentions, the mentions facts were
/// found at (with the fact's kind and state shown after them), figures, and the evidence a link asked for. Every piece
/// of the text is HTML-encoded; only the marks are markup.
/// </summary>
public static class DocumentMarkup
{
    private sealed record Mark(int Start, int End, string Open, string Close, int Priority);

    /// <param name="evidence">A range to mark as the evidence a link points at (id="evidence"), if any.</param>
    public static string Html(DocumentRecord record, (int Start, int End)? evidence = null)
    {
        var text = record.Text;
        var marks = new List<Mark>();
        if (evidence is { } e && e.End > e.Start)
        {
            marks.Add(new Mark(e.Start, e.End, "<mark id=\"evidence\" class=\"hl-evidence\">", "</mark>", 0));
        }

        var facts = record.Facts.ToLookup(f => (f.MentionStart, f.MentionEnd));
        foreach (var m in record.Mentions)
        {
            var found = facts[(m.Start, m.End)].ToList();
            var label = $"{m.State} ({m.Iso3})";
            if (found.Count == 0)
            {
                marks.Add(new Mark(m.Start, m.End, $"<span class=\"hl hl-mention\" title=\"{Encode("mention: " + label)}\">", "</span>", 1));
                continue;
            }

            var kinds = string.Join(", ", found.Select(f => string.Join(' ', new[] { f.Kind.Replace('_', ' '), f.Issue, f.Stance }.Where(x => x is not null))).Distinct());
            var ids = string.Concat(found.Select(f => $"<span id=\"fact-{f.Id}\"></span>"));
            marks.Add(new Mark(
                m.Start,
                m.End,
                $"{ids}<span class=\"hl hl-fact\" title=\"{Encode($"fact: {kinds} — {label}")}\">",
                $"</span><span class=\"kind\">{Encode(kinds)} · {m.Iso3}</span>",
                1));
        }

        foreach (var g in record.Figures)
        {
            var what = $"figure: {g.Value} {g.What.Replace('_', ' ')}{(g.Event is null ? "" : ", " + g.Event)}";
            marks.Add(new Mark(g.Start, g.End, $"<span class=\"hl hl-figure\" title=\"{Encode(what)}\">", "</span>", 1));
        }

        // Offsets are into the whole document; the record holds its window of the text.
        var shift = record.Window.Start;
        return Render(text, [.. marks.Select(m => m with { Start = m.Start - shift, End = m.End - shift })]);
    }

    /// <summary>Marks nest: an outer one opens first; one that would cross the end of the mark it starts inside is cut there.</summary>
    private static string Render(string text, List<Mark> marks)
    {
        var ordered = marks
            .Where(m => m.Start >= 0 && m.End <= text.Length && m.End > m.Start)
            .OrderBy(m => m.Start).ThenByDescending(m => m.End).ThenBy(m => m.Priority)
            .ToList();
        var html = new StringBuilder(text.Length + (ordered.Count * 80));
        var open = new Stack<(int End, string Close)>();
        var at = 0;
        foreach (var mark in ordered)
        {
            CloseUntil(mark.Start);
            if (mark.Start < at)
            {
                continue; // overlaps a mark already written at this place: its text is shown once
            }

            html.Append(Encode(text[at..mark.Start]));
            at = mark.Start;
            var end = open.Count > 0 ? Math.Min(mark.End, open.Peek().End) : mark.End;
            html.Append(mark.Open);
            open.Push((end, mark.Close));
        }

        CloseUntil(text.Length);
        html.Append(Encode(text[at..]));
        return html.ToString();

        void CloseUntil(int position)
        {
            while (open.Count > 0 && open.Peek().End <= position)
            {
                var (end, close) = open.Pop();
                html.Append(Encode(text[at..end])).Append(close);
                at = end;
            }
        }
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
