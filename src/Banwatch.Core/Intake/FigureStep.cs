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
        $@"\b(?<q>more\s+than|over|nearly|almost|around|about|some|at\s+least|approximately|roughly|up\s+to|fewer\s+than|less\s+than)?\s*" +
        $@"(?<n>\d{{1,3}}(?:,\d{{3}})*|{NumberWords.Pattern})" +
        $@"(?:\s+(?:of\s+the|out\s+of)\s+(?<m>\d{{1,3}}|{NumberWords.Pattern}))?" +
        @"\s+(?:(?:other|additional|new|more|participating|attending|African|Asian|European|Latin\s+American|affected|further|individual)\s+)*" +
        @"(?<what>states\s+parties|states|countries|governments|nations|delegations|signatories|signatory\s+states|of\s+the\s+(?:participating|attending)\s+(?:states|countries|governments))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly (Regex Cue, FigureWhat What)[] Cues =
    [
        (new(@"\bsignator(y|ies)\b", RegexOptions.IgnoreCase), FigureWhat.Signatories),
        (new(@"\bstates?\s+parties\b|\bparties\s+to\b", RegexOptions.IgnoreCase), FigureWhat.StatesParties),
        (new(@"\b(ratif\w*|acced\w*|accession)\b", RegexOptions.IgnoreCase), FigureWhat.StatesRatifying),
        (new(@"\b(declaration|endors\w*|subscrib\w*|adher\w*|agreed|commitment)\b", RegexOptions.IgnoreCase), FigureWhat.StatesEndorsing),
        (new(@"\bsign(ed|ing)?\b", RegexOptions.IgnoreCase), FigureWhat.StatesSigning),
        (new(@"\b(attend\w*|particip\w*|represent\w*|gather\w*|took\s+part|present|involving|from|met|meeting|talks|conference)\b", RegexOptions.IgnoreCase), FigureWhat.StatesAttending),
        (new(@"\bjoin(ed|ing)?\b", RegexOptions.IgnoreCase), FigureWhat.StatesJoinedProcess),
        (new(@"\b(support\w*|ban|favour|favor)\b", RegexOptions.IgnoreCase), FigureWhat.StatesSupportingBan),
    ];

    public string Name => "figures";

    public void Run(ExtractionContext context)
    {
        foreach (var sentence in context.Sentences)
        {
            var text = sentence.Of(context.Text);
            foreach (Match m in Count.Matches(text))
            {
                if (Value(m.Groups["n"].Value) is not { } value)
                {
                    continue;
                }

                var what = Classify(text, m);
                var qualifier = Qualify(m.Groups["q"].Value);
                var span = new TextSpan(sentence.Start + m.Index, sentence.Start + m.Index + m.Length);
                var eventName = EventNames.Find(text);
                if (m.Groups["m"].Success && Value(m.Groups["m"].Value) is { } of)
                {
                    // "82 of the 122": the part does what the sentence says; the whole is those present.
                    context.Figures.Add(new Figure(value, what, qualifier, eventName, span, sentence));
                    context.Figures.Add(new Figure(of, FigureWhat.StatesAttending, Qualifier.Exact, eventName, span, sentence));
                }
                else
                {
                    context.Figures.Add(new Figure(value, what, qualifier, eventName, span, sentence));
                }
            }
        }
    }

    private static FigureWhat Classify(string sentence, Match m)
    {
        var noun = m.Groups["what"].Value.ToLowerInvariant();
        if (noun.StartsWith("states parties", StringComparison.Ordinal))
        {
            return FigureWhat.StatesParties;
        }

        if (noun.StartsWith("signator", StringComparison.Ordinal))
        {
            return FigureWhat.Signatories;
        }

        // Nearest cue in the figure's clause, looking around the number.
        var best = (Distance: int.MaxValue, What: FigureWhat.Other);
        foreach (var (cue, what) in Cues)
        {
            foreach (Match c in cue.Matches(sentence))
            {
                var distance = c.Index >= m.Index + m.Length ? c.Index - (m.Index + m.Length) : m.Index - (c.Index + c.Length);
                if (distance >= 0 && distance < best.Distance)
                {
                    best = (distance, what);
                }
            }
        }

        return best.What;
    }

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
