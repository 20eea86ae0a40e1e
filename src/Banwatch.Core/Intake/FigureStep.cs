using System.Globalization;
using System.Text.RegularExpressions;
using Banwatch.Core.Process;

namespace Banwatch.Core.Intake;

/// <summary>
/// Finds reported counts of states: "67 states", "Forty-six of the participating states", "82 of the 122",
/// "more than 100 states", "from 68 countries". What a figure counts is read from the verbs of its sentence.
/// </summary>
public sealed partial class FigureStep : IExtractionStep
{
    private static readonly Regex Count = new(
        $@"(?:\b(?<q>more\s+than|over|nearly|almost|around|about|some|at\s+least|approximately|roughly|up\s+to|fewer\s+than|less\s+than)\s+)?" +
        $@"\b(?<n>\d{{1,3}}(?:,\d{{3}})*|{NumberWords.Pattern})" +
        $@"(?:\s+(?:of\s+the|out\s+of)\s+(?<m>\d{{1,3}}|{NumberWords.Pattern}))?" +
        @"\s+(?:(?:other|additional|new|more|participating|attending|African|Asian|European|Latin\s+American|affected|further|individual|non-?signatory|signatory|observer|member)\s+)*" +
        @"(?<what>states\s+parties|states|countries|governments|nations|delegations|signatories|signatory\s+states|of\s+the\s+(?:participating|attending)\s+(?:states|countries|governments|nations|delegations))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking);

    /// <summary>Every figure ends in one of these nouns: a vectorised search for them skips most sentences cheaply.</summary>
    private static readonly System.Buffers.SearchValues<string> CountedNouns = System.Buffers.SearchValues.Create(
        ["states", "countries", "governments", "nations", "delegations", "signatories"], StringComparison.OrdinalIgnoreCase);

    private static readonly (Regex Cue, FigureWhat What)[] Cues =
    [
        (new(@"\bsignator(y|ies)\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking), FigureWhat.Signatories),
        (new(@"\bstates?\s+parties\b|\bparties\s+to\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking), FigureWhat.StatesParties),
        (new(@"\b(ratif\w*|acced\w*|accession)\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking), FigureWhat.StatesRatifying),
        (new(@"\b(declaration|endors\w*|subscrib\w*|adher\w*|agreed|commitment)\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking), FigureWhat.StatesEndorsing),
        (new(@"\bsign(ed|ing)?\b|\bput\s+their\s+names\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking), FigureWhat.StatesSigning),
        (new(@"\b(attend\w*|particip\w*|represent\w*|gather\w*|took\s+part|present|involving|from|met|meeting|talks|conference)\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking), FigureWhat.StatesAttending),
        (new(@"\bjoin(ed|ing)?\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking), FigureWhat.StatesJoinedProcess),
        (new(@"\b(support\w*|ban|favour|favor)\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking), FigureWhat.StatesSupportingBan),
    ];

    /// <summary>No digit and none of these before the noun: no count to find there.</summary>
    private static readonly System.Buffers.SearchValues<string> NumberWordStarts = System.Buffers.SearchValues.Create(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred"],
        StringComparison.OrdinalIgnoreCase);

    public string Name => "figures";

    public void Run(ExtractionContext context)
    {
        var text = context.Text;
        foreach (var sentence in context.Sentences)
        {
            // Look only just before each counted noun: the count and its qualifier come within a few words of it.
            string? sentenceText = null;
            var covered = sentence.Start;
            var at = sentence.Start;
            while (at < sentence.End)
            {
                var found = text.AsSpan(at, sentence.End - at).IndexOfAny(CountedNouns);
                if (found < 0)
                {
                    break;
                }

                var noun = at + found;
                at = noun + 1;
                var windowStart = Math.Max(covered, noun - 90);
                var windowEnd = Math.Min(sentence.End, noun + 30);
                var window = text.AsSpan(windowStart, noun - windowStart);
                if (window.IndexOfAnyInRange('0', '9') < 0 && window.IndexOfAny(NumberWordStarts) < 0)
                {
                    continue;
                }
                var m = Count.Match(text, windowStart, windowEnd - windowStart);
                while (m.Success && m.Index + m.Length <= noun)
                {
                    m = m.NextMatch();
                }

                if (!m.Success || m.Index > noun)
                {
                    continue;
                }

                covered = m.Index + m.Length;
                at = Math.Max(at, covered);
                sentenceText ??= sentence.Of(text);
                Add(context, sentence, sentenceText, m, m.Index - sentence.Start);
            }

            // "by the final plenary 82 of the 122 had endorsed": a part of a whole named earlier, with no noun of its own.
            if (covered > sentence.Start || text.AsSpan(sentence.Start, sentence.Length).IndexOfAny(CountedNouns) >= 0)
            {
                sentenceText ??= sentence.Of(text);
                foreach (Match part in PartOf.Matches(sentenceText))
                {
                    var start = sentence.Start + part.Index;
                    if (!Covered(context.Figures, sentence, start))
                    {
                        Add(context, sentence, sentenceText, part, part.Index, new TextSpan(start, start + part.Length));
                    }
                }
            }
        }
    }

    private static readonly Regex PartOf = new(
        $@"\b(?<n>\d{{1,3}}|{NumberWords.Pattern})\s+(?:of\s+the|out\s+of(?:\s+the)?)\s+(?<m>\d{{1,3}})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking);

    /// <summary>
    /// Whether a figure of <paramref name="sentence"/> already covers <paramref name="start"/>. The sentence's figures are
    /// the last ones added, so only they are looked at: a check over every figure would grow with the document.
    /// </summary>
    private static bool Covered(List<Figure> figures, TextSpan sentence, int start)
    {
        for (var i = figures.Count - 1; i >= 0 && figures[i].Sentence == sentence; i--)
        {
            if (figures[i].Span.Start <= start && start < figures[i].Span.End)
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(ExtractionContext context, TextSpan sentence, string text, Match m, int index, TextSpan? at = null)
    {
        if (Value(m.Groups["n"].Value) is not { } value)
        {
            return;
        }

        var what = Classify(text, m, index);
        var qualifier = m.Groups["q"].Success ? Qualify(m.Groups["q"].Value) : Qualifier.Exact;
        var span = at ?? new TextSpan(m.Index, m.Index + m.Length);
        var eventName = EventNames.Find(text);
        context.Figures.Add(new Figure(value, what, qualifier, eventName, span, sentence));
        if (m.Groups["m"].Success && Value(m.Groups["m"].Value) is { } of)
        {
            // "82 of the 122": the part does what the sentence says; the whole is those present.
            context.Figures.Add(new Figure(of, FigureWhat.StatesAttending, Qualifier.Exact, eventName, span, sentence));
        }
    }

    /// <param name="index">Where the match starts within <paramref name="sentence"/>.</param>
    private static FigureWhat Classify(string sentence, Match m, int index)
    {
        var noun = m.Groups["what"].Success ? m.Groups["what"].Value.ToLowerInvariant() : "";
        if (noun.StartsWith("states parties", StringComparison.Ordinal))
        {
            return FigureWhat.StatesParties;
        }

        if (noun.StartsWith("signator", StringComparison.Ordinal))
        {
            return FigureWhat.Signatories;
        }

        // People counted by their countries ("campaigners from 40 countries") are not states taking part.
        if (PeopleFrom.IsMatch(sentence.AsSpan(Math.Max(0, index - 40), Math.Min(40, index))) || NonSignatory.IsMatch(m.Value))
        {
            return FigureWhat.Other;
        }

        // The verb usually follows the count ("82 of the 122 had endorsed"): the nearest cue after it in the same
        // clause wins, else the nearest before it.
        var after = (Distance: int.MaxValue, What: FigureWhat.Other);
        var before = (Distance: int.MaxValue, What: FigureWhat.Other);
        var end = index + m.Length;
        var windowStart = Math.Max(0, index - CueWindow);
        var window = sentence.AsSpan(windowStart, Math.Min(sentence.Length, end + CueWindow) - windowStart);
        foreach (var (cue, what) in Cues)
        {
            foreach (var c in cue.EnumerateMatches(window))
            {
                var at = windowStart + c.Index;
                if (at >= end && at - end < after.Distance && !ClauseBreak.IsMatch(sentence.AsSpan(end, at - end)))
                {
                    after = (at - end, what);
                }
                else if (at + c.Length <= index && index - (at + c.Length) < before.Distance)
                {
                    before = (index - (at + c.Length), what);
                }
            }
        }

        return after.Distance <= 80 ? after.What : before.Distance < int.MaxValue ? before.What : after.What;
    }

    /// <summary>How far around a count its verb is looked for, in characters.</summary>
    private const int CueWindow = 150;

    /// <summary>
    /// People who are not a state's delegates, before the countries they come from: "campaigners from 40 countries"
    /// count no states; "survivors from Serbia who spoke" are not Serbia speaking (the fact step).
    /// </summary>
    [GeneratedRegex(@"\b(?:campaigners|participants|activists|survivors|deminers|victims|journalists|researchers|students|people|experts|NGOs|organi[sz]ations|representatives\s+of\s+civil\s+society|civil\s+society\s+\w+)\s+(?:\w+\s+){0,2}from\s+(?:more\s+than\s+|over\s+|some\s+|around\s+|the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    internal static partial Regex PeopleFrom { get; }

    [GeneratedRegex(@"non-?signator|non-?party|observer", RegexOptions.IgnoreCase)]
    private static partial Regex NonSignatory { get; }

    [GeneratedRegex(@"[;:]|\.\s|\bwhile\b|\bbut\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak { get; }

    private static Qualifier Qualify(string q) => Regex.Replace(q.ToLowerInvariant(), @"\s+", " ") switch
    {
        "" => Qualifier.Exact,
        "more than" or "over" => Qualifier.MoreThan,
        "up to" or "fewer than" or "less than" => Qualifier.AtMost,
        "at least" => Qualifier.MoreThan,
        _ => Qualifier.Approximately,
    };

    private static int? Value(string text) =>
        int.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : NumberWords.Parse(text);
}

/// <summary>Names of Oslo Process and Convention meetings as reports write them.</summary>
public static partial class EventNames
{
    public static string? Find(string sentence) => Pattern().Match(sentence) is { Success: true } m ? m.Value : null;

    [GeneratedRegex(
        @"\b(?:(?:Oslo|Lima|Vienna|Wellington|Dublin|Vientiane|Beirut|Lusaka|San\s+Jos[eé]|Dubrovnik|Lausanne|Geneva|Belgrade|Brussels|Livingstone|Santiago|Mexico|Kampala|Bangkok|Sofia)\s+(?:Diplomatic\s+)?(?:Conference|Declaration|Meeting|[Ss]ummit|Review\s+Conference|Action\s+Plan|Signing\s+Conference)|(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth)\s+(?:Meeting\s+of\s+States\s+Parties|Review\s+Conference)|\d{1,2}MSP|\d(?:st|nd|rd|th)?RC)\b")]
    private static partial Regex Pattern();
}
