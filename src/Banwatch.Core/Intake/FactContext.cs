using System.Globalization;
using System.Text.RegularExpressions;
using Banwatch.Core.Provenance;

namespace Banwatch.Core.Intake;

/// <summary>
/// What a fact is about besides its kind and state, for the person reviewing it: the meeting (attended, chaired,
/// endorsed, a position stated), as written and, once resolved against the record, its event id; the declaration
/// endorsed; the date (stated in the sentence, else the document's publication date); the amount pledged.
/// </summary>
public sealed record FactContext(string? Meeting, string? EventId, string? Declaration, ReportedDate? Date, string? Amount)
{
    public static readonly FactContext None = new(null, null, null, null, null);
}

/// <summary>
/// Fills in each fact's <see cref="FactContext"/> from its sentence. The meeting a sentence is about is the one it
/// names, else the one named by the nearest sentence before it in the same paragraph ("The Wellington Conference
/// opened on Monday. Ghana and Kenya spoke."), else the one the document's title names (a meeting report); the
/// declaration endorsed is found the same way, without the title.
/// </summary>
public sealed partial class FactContextStep(MeetingResolver? resolver = null) : IExtractionStep
{
    /// <summary>How far back, in sentences of the same paragraph, a meeting or declaration named earlier still holds.</summary>
    private const int Reach = 6;

    public string Name => "fact context";

    public void Run(ExtractionContext context)
    {
        var text = context.Text;
        var titleMeeting = context.Document.Title is { } title ? MeetingIn(title) : null;
        var meetings = new Dictionary<int, string?>();
        var declarations = new Dictionary<int, string?>();

        // A sentence states several facts, and a document names the same few meetings again and again: each
        // sentence's date and each meeting's event are worked out once per document.
        var dates = new Dictionary<int, ReportedDate?>();
        var events = new Dictionary<string, string?>(StringComparer.Ordinal);
        ReportedDate? published = context.Document.Published is { } day ? ReportedDate.On(day) : null;
        for (var i = 0; i < context.Facts.Count; i++)
        {
            var fact = context.Facts[i];
            var meeting = fact.Kind is FactKind.Attended or FactKind.Chaired or FactKind.Endorsed or FactKind.Position
                ? NamedBefore(context, fact.Sentence, meetings, MeetingIn) ?? titleMeeting
                : null;
            if (!dates.TryGetValue(fact.Sentence.Start, out var date))
            {
                dates[fact.Sentence.Start] = date = StatedDate(fact.Sentence.Of(text));
            }

            string? eventId = null;
            if (resolver is not null && meeting is not null && !events.TryGetValue(meeting, out eventId))
            {
                events[meeting] = eventId = resolver.Resolve(meeting);
            }

            context.Facts[i] = fact with
            {
                About = new FactContext(
                    meeting,
                    eventId,
                    fact.Kind == FactKind.Endorsed ? NamedBefore(context, fact.Sentence, declarations, DeclarationIn) : null,
                    date ?? published,
                    fact.Kind == FactKind.Pledged && Amount().Match(fact.Sentence.Of(text)) is { Success: true } a ? Whitespace().Replace(a.Value, " ").Trim() : null),
            };
        }
    }

    private static string? DeclarationIn(string sentence) => Declaration().Match(sentence) is { Success: true } d ? AsName(d.Value) : null;

    private static string? MeetingIn(string sentence) => MeetingReferences.NameIn(sentence) is { } m ? AsName(m) : null;

    /// <summary>A name as found, on one line and without the article a sentence may start it with ("The Wellington Declaration").</summary>
    private static string AsName(string found) => LeadingArticle().Replace(Whitespace().Replace(found, " "), "");

    /// <summary>
    /// What <paramref name="find"/> finds in the sentence, else in the nearest sentence before it in the same paragraph.
    /// <paramref name="found"/> keeps what each sentence (by index) names, so no sentence is searched twice.
    /// </summary>
    private static string? NamedBefore(ExtractionContext context, TextSpan sentence, Dictionary<int, string?> found, Func<string, string?> find)
    {
        var text = context.Text;
        var at = IndexOf(context.Sentences, sentence.Start);
        for (var k = at; k >= 0 && k > at - Reach - 1; k--)
        {
            var s = context.Sentences[k];
            if (k < at && text.AsSpan(s.End, context.Sentences[k + 1].Start - s.End).Contains("\n\n", StringComparison.Ordinal))
            {
                break; // a paragraph break between: what an earlier paragraph names does not carry over
            }

            if (!found.TryGetValue(k, out var name))
            {
                found[k] = name = find(s.Of(text));
            }

            if (name is not null)
            {
                return name;
            }
        }

        return null;
    }

    private static int IndexOf(List<TextSpan> sentences, int start)
    {
        var i = InTextOrder.FirstFrom(sentences, start, s => s.Start);
        return i < sentences.Count && sentences[i].Start == start ? i : -1;
    }

    /// <summary>A full date ("3 December 2008", "December 3, 2008", "2008-12-03") or a month ("in May 2008") the sentence states.</summary>
    public static ReportedDate? StatedDate(string sentence)
    {
        var m = DateInText().Match(sentence);
        if (!m.Success)
        {
            return null;
        }

        var value = Whitespace().Replace(m.Value, " ").Replace(",", "", StringComparison.Ordinal);
        string[] days = ["d MMMM yyyy", "MMMM d yyyy", "yyyy-MM-dd"];
        if (DateOnly.TryParseExact(value, days, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return ReportedDate.On(day);
        }

        return DateOnly.TryParseExact(value, "MMMM yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? ReportedDate.Parse(month.ToString("yyyy-MM", CultureInfo.InvariantCulture))
            : null;
    }

    [GeneratedRegex(
        $$"""
        \b (?: \d{4}-\d{2}-\d{2}
             | \d{1,2} \s+ (?:{{DateWords.Month}}) \s+ \d{4}
             | (?:{{DateWords.Month}}) \s+ (?: \d{1,2},? \s+ )? \d{4} ) \b
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex DateInText();

    // "the Wellington Declaration", "Kampala Action Plan", "Declaration of the Oslo Conference"
    [GeneratedRegex(
        """
        \b (?: (?:[A-Z][\w'’.-]*\s+){1,3} (?: Declaration | Action \s+ Plan | Plan \s+ of \s+ Action | Commitment )
             | Declaration \s+ of \s+ the \s+ (?:[A-Z][\w'’.-]*\s+){0,3} (?: Conference | Meeting ) ) \b
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Declaration();

    // "US$2 million", "$500,000", "EUR 1.2 million", "€3m", "NOK 40 million", "2 million dollars"
    [GeneratedRegex(
        """
        (?: (?:US\$|\$|USD|EUR|€|£|GBP|NOK|SEK|DKK|CHF|AUD|CAD|JPY|¥) \s? \d[\d,.]* (?: \s? (?:million|billion|thousand|m|bn) )?
          | \b \d[\d,.]* \s (?:million\s|billion\s|thousand\s)? (?:US\s)? (?:dollars|euros|kroner|pounds|francs|yen) ) \b
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Amount();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^The\s+")]
    private static partial Regex LeadingArticle();
}

/// <summary>
/// Resolves a meeting as a document writes it ("the Wellington Conference", "First Meeting of States Parties",
/// "12MSP") to the one event of the record whose name holds all its words; none when no event or several do.
/// </summary>
public sealed partial class MeetingResolver(IEnumerable<(string Id, string Name)> events)
{
    private readonly IReadOnlyList<(string Id, HashSet<string> Words, string Name)> _events =
        [.. events.Select(e => (e.Id, Words(e.Name), e.Name.ToUpperInvariant()))];

    public string? Resolve(string? meeting)
    {
        if (meeting is null)
        {
            return null;
        }

        var trimmed = meeting.Trim();
        if (ShortName().IsMatch(trimmed))
        {
            var tag = $"({trimmed.ToUpperInvariant()})";
            return Single(_events.Where(e => e.Name.Contains(tag, StringComparison.Ordinal)));
        }

        var words = Words(trimmed);
        words.Remove("the");
        return words.Count == 0 ? null : Single(_events.Where(e => words.IsSubsetOf(e.Words)));
    }

    private static string? Single(IEnumerable<(string Id, HashSet<string> Words, string Name)> matches) =>
        matches.Take(2).ToList() is [var only] ? only.Id : null;

    private static HashSet<string> Words(string text) =>
        new(WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value), StringComparer.Ordinal);

    [GeneratedRegex(@"^\d{1,2}MSP$|^[1-9]RC$", RegexOptions.IgnoreCase)]
    private static partial Regex ShortName();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
