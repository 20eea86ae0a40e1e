using Banwatch.Core.States;

namespace Banwatch.Core.Intake;

/// <summary>Finds every name the <see cref="AliasMatcher"/> knows: state names, ambiguous ones and blocked phrases.</summary>
public sealed class NameStep(AliasMatcher matcher) : IExtractionStep
{
    public string Name => "names";

    public void Run(ExtractionContext context) => matcher.Scan(context.Text, context.Names);
}

/// <summary>
/// Reads the names as mentions. Unambiguous names become mentions; ambiguous ones ("Congo", "Dominican") are held
/// in <see cref="ExtractionContext.AmbiguousNames"/> for the next step; blocked phrases vanish.
/// </summary>
public sealed class MentionStep(AliasMatcher matcher) : IExtractionStep
{
    public string Name => "mentions";

    public void Run(ExtractionContext context)
    {
        foreach (var match in context.Names)
        {
            var entry = matcher.Entries[match.Entry];
            switch (entry.States.Count)
            {
                case 0:
                    break;
                case 1:
                    context.Mentions.Add(new Mention(entry.States[0], new TextSpan(match.Start, match.End), entry.Kind, context.SentenceAt(match.Start)));
                    break;
                default:
                    context.AmbiguousNames.Add(match);
                    break;
            }
        }
    }
}

/// <summary>
/// Settles what the names alone cannot. An ambiguous name takes the one candidate the document names
/// unambiguously elsewhere ("Congo" in a text that also says "Republic of the Congo"), unless its own sentence names
/// that one beside it ("Congo, the Democratic Republic of the Congo, Gabon": a list names each state once), or the
/// document calls that one by a longer name holding it ("the Democratic Republic of the Congo" and, apart, "the Congo"),
/// when it takes the other; with every candidate named, or none, it is the state whose own short name it is (Congo),
/// else it is dropped.
/// A name that is a person's here ("Michael Jordan", "Chad Hurley") or a US state ("Atlanta, Georgia") is dropped,
/// and so is a demonym used as a language ("in French").
/// </summary>
public sealed class MentionDisambiguationStep(AliasMatcher matcher) : IExtractionStep
{
    private static readonly HashSet<string> PersonNameRisk = new(StringComparer.Ordinal) { "Chad", "Jordan", "Georgia", "Israel" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonNameRiskLookup = PersonNameRisk.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> CapitalisedFunctionWords = new(StringComparer.Ordinal)
    {
        "The", "In", "And", "Of", "With", "From", "By", "For", "To", "At", "On", "As", "Both", "Including", "Like", "While",
        "Only", "But", "Also", "Then", "When", "After", "Before", "Since", "Neither", "Nor", "Or", "Minister", "Ambassador",
        "President", "Delegation", "Government", "Republic", "Kingdom", "State", "States", "Parties", "Party", "Foreign",
        "Defence", "Defense", "Forces", "Army", "Air", "Navy", "Mission", "Embassy", "Prime", "Permanent",
    };

    public string Name => "mention-disambiguation";

    public void Run(ExtractionContext context)
    {
        var text = context.Text;

        // A name once used for a person ("Chad Whitcombe") is that person when it comes back alone ("Chad spent").
        var ends = context.Mentions.Select(m => m.Span.End).ToHashSet();
        var people = context.Mentions.Where(m => IsPersonOrPlace(text, m, ends)).Select(m => m.Span.Of(text)).ToHashSet(StringComparer.Ordinal);
        context.Mentions.RemoveAll(m => IsPersonOrPlace(text, m, ends) || IsLanguage(text, m) || IsOrganisation(text, m)
            || (people.Count > 0 && people.Contains(m.Span.Of(text))));
        var named = context.Mentions.Select(m => m.State).ToHashSet();
        HashSet<(Iso3, TextSpan)>? namedIn = null; // which states each sentence names, for the ambiguous names only
        Dictionary<Iso3, List<string>>? namesOf = null; // how the document writes each state, distinct
        foreach (var match in context.AmbiguousNames)
        {
            var entry = matcher.Entries[match.Entry];
            var known = entry.States.Where(named.Contains).ToList();
            var sentence = context.SentenceAt(match.Start);
            var bare = text.AsSpan(match.Start, match.End - match.Start).ToString();
            var state = known.Count switch
            {
                1 when entry.States.Count == 2 && (namedIn ??= context.Mentions.Select(m => (m.State, m.Sentence)).ToHashSet()).Contains((known[0], sentence))
                    => entry.States.Single(s => s != known[0]),
                1 when entry.NameOf is { } own && own != known[0]
                    && (namesOf ??= NamesOf(context)).GetValueOrDefault(known[0], []).Exists(n => n.Length > bare.Length && n.Contains(bare, StringComparison.OrdinalIgnoreCase)) => own,
                1 => known[0],
                0 => entry.NameOf,
                // Both named in full ("the Republic of the Congo", "the Democratic Republic of the Congo"): a text that
                // tells them apart calls one by the short name that is its own.
                _ => entry.NameOf is { } own && known.Contains(own) ? own : null,
            };
            if (state is { } s)
            {
                context.Mentions.Add(new Mention(s, new TextSpan(match.Start, match.End), entry.Kind, sentence));
            }
        }

        context.Mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    private static Dictionary<Iso3, List<string>> NamesOf(ExtractionContext context) =>
        context.Mentions.GroupBy(m => m.State).ToDictionary(g => g.Key, g => g.Select(m => m.Span.Of(context.Text)).Distinct().ToList());

    /// <param name="mentionEnds">Where state names end: "Belarus, Georgia" is a list of states, "Atlanta, Georgia" a US state.</param>
    private static bool IsPersonOrPlace(string text, Mention m, HashSet<int> mentionEnds)
    {
        // Most mentions are not in the short list: look them up without making a string.
        if (!PersonNameRiskLookup.Contains(text.AsSpan(m.Span.Start, m.Span.Length)))
        {
            return false;
        }

        var name = m.Span.Of(text);
        var before = PreviousWord(text, m.Span.Start, out var separatedByComma);
        var after = NextWord(text, m.Span.End);
        if (name == "Georgia" && separatedByComma && before is { Length: > 0 } city && char.IsUpper(city[0]))
        {
            // "Mr President,\n\nGeorgia attends": a line break after the comma ends the address; a place's state follows
            // its city on the same line.
            var comma = text.LastIndexOf(',', m.Span.Start);
            return !mentionEnds.Contains(comma) && !text.AsSpan(comma, m.Span.Start - comma).Contains('\n');
        }

        var capitalisedBefore = !separatedByComma && before is { Length: > 1 } b && char.IsUpper(b[0]) && !CapitalisedFunctionWords.Contains(b);
        var capitalisedAfter = after is { Length: > 1 } a && char.IsUpper(a[0]) && char.IsLower(a[1]) && !CapitalisedFunctionWords.Contains(a);
        return capitalisedBefore || capitalisedAfter;
    }

    /// <summary>
    /// "CMC Austria", "Handicap International Belgium", "Mines Action Canada": a national branch of an organisation;
    /// "Danish Refugee Council", "Lao Red Cross": an organisation named after its country.
    /// </summary>
    private static bool IsOrganisation(string text, Mention m)
    {
        var rest = text.AsSpan(m.Span.End);
        foreach (var name in OrganisationNames)
        {
            if (rest.StartsWith(name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        var i = m.Span.Start;
        if (i < 2 || text[i - 1] != ' ' || !char.IsLetter(text[i - 2]))
        {
            return false;
        }

        var end = i - 1;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return OrganisationWordsLookup.Contains(text.AsSpan(start, end - start));
    }

    private static readonly HashSet<string> OrganisationWords = new(StringComparer.Ordinal)
    {
        "CMC", "ICBL", "International", "Aid", "Action", "Campaign", "Coalition", "Foundation", "Initiative", "Network", "Watch", "UNDP", "UNICEF", "UNMAS",
    };

    private static readonly string[] OrganisationNames =
    [
        " Red Cross", " Red Crescent", " Refugee Council", " Campaign to Ban", " Initiative to Ban", " Network to Ban", " Church Aid",
        " People's Aid", " People’s Aid", " Demining Group", " Mine Action Centre", " Mine Action Center", " Peace Society",
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OrganisationWordsLookup = OrganisationWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsLanguage(string text, Mention m)
    {
        if (m.Kind != AliasKind.Demonym)
        {
            return false;
        }

        // "Arabic, French and Spanish versions": a list of names ending in a word about languages.
        if (WordAfterList(text, m.Span.End) is "version" or "versions" or "translation" or "translations" or "language" or "languages" or "text" or "texts" or "speakers" or "interpretation")
        {
            return true;
        }

        var before = PreviousWord(text, m.Span.Start, out var comma);
        if (comma || before is not ("in" or "into" or "from" or "In" or "translated"))
        {
            return false;
        }

        var after = NextWord(text, m.Span.End);
        return after is null or "and" or "or" or "only" or "version" or "versions" or "translation" or "text" or "language" or "by";
    }

    private static string? PreviousWord(string text, int start, out bool separatedByComma)
    {
        var i = start - 1;
        separatedByComma = false;
        while (i >= 0 && !char.IsLetterOrDigit(text[i]))
        {
            // A line break, a tab or a column's gap of spaces parts two names as a comma does ("Angola      Chad").
            if (text[i] is ',' or ';' or ':' or '.' or '(' or '"' or '\n' or '\t' || (text[i] == ' ' && i > 0 && text[i - 1] == ' '))
            {
                separatedByComma = true;
            }

            i--;
        }

        var end = i + 1;
        while (i >= 0 && char.IsLetter(text[i]))
        {
            i--;
        }

        return end > i + 1 ? text[(i + 1)..end] : null;
    }

    /// <summary>The first word after a run of capitalised words joined by commas, "and" or "or".</summary>
    private static string? WordAfterList(string text, int end)
    {
        var word = NextWordSkippingPunctuation(text, end, out var next);
        while (word is not null && (word is "and" or "or" || char.IsUpper(word[0])))
        {
            word = NextWordSkippingPunctuation(text, next, out next);
        }

        return word;
    }

    private static string? NextWordSkippingPunctuation(string text, int end, out int next)
    {
        var i = end;
        while (i < text.Length && (text[i] is ',' || char.IsWhiteSpace(text[i])))
        {
            i++;
        }

        var start = i;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        next = i;
        return i > start ? text[start..i] : null;
    }

    /// <summary>The word after a name, one space on: past a tab or a column's gap of spaces is another column ("Chad      Malawi").</summary>
    private static string? NextWord(string text, int end)
    {
        var i = end;
        if (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        var start = i;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        return i > start ? text[start..i] : null;
    }
}
