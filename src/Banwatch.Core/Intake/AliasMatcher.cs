using System.Buffers;
using Banwatch.Core.States;

namespace Banwatch.Core.Intake;

/// <summary>One name the matcher knows: a state alias, an ambiguous one (several states), or a blocked phrase (none).</summary>
/// <param name="States">Empty for a blocked phrase ("Northern Ireland", "Norwegian People's Aid"): matching it
/// consumes the text so the state name inside it is not reported.</param>
/// <param name="CaseSensitive">Abbreviations match only as written: "US" but not "us".</param>
/// <param name="NameOf">For an ambiguous alias, the state whose own short name it is ("Congo" is the Republic of the
/// Congo's UN short name, and an alias of the Democratic Republic's); null otherwise.</param>
public sealed record AliasEntry(string Alias, IReadOnlyList<Iso3> States, AliasKind Kind, bool CaseSensitive, Iso3? NameOf = null);

/// <summary>A match of an <see cref="AliasEntry"/> at [Start, End) of the text.</summary>
public readonly record struct AliasMatch(int Start, int End, int Entry);

/// <summary>
/// Finds every alias in a text in one left-to-right pass, longest match first, on word boundaries.
/// A prefix tree over folded characters (see <see cref="TextFold"/>) is entered only at capitalised word starts,
/// which <see cref="SearchValues{T}"/> finds with vectorised search: names in reports are capitalised, and a
/// lower-case "chad" or "turkey" is not a state. Speed matters: this runs over every ingested byte.
/// </summary>
public sealed class AliasMatcher
{
    private const int NoEntry = -1;
    private const int MaxCandidates = 16;

    private readonly IReadOnlyList<AliasEntry> _entries;
    private readonly int[] _rootAscii = new int[128];
    private readonly char[][] _keys;
    private readonly int[][] _next;
    private readonly int[] _entryOf;
    private readonly SearchValues<char> _starts;

    /// <summary>
    /// The lower-case words that open a name in running text, as the UN writes "the former Yugoslav Republic of
    /// Macedonia": found by their own search, since the capitalised-start search skips them.
    /// </summary>
    private readonly SearchValues<string>? _leads;

    public AliasMatcher(IEnumerable<AliasEntry> entries)
    {
        _entries = [.. entries];
        var children = new List<Dictionary<char, int>> { new() };
        var entryOf = new List<int> { NoEntry };
        var startChars = new HashSet<char>();
        var leads = new HashSet<string>(StringComparer.Ordinal);
        for (var e = 0; e < _entries.Count; e++)
        {
            var alias = _entries[e].Alias;
            var folded = TextFold.Fold(alias);
            if (folded.Length == 0 || !char.IsUpper(alias[0]))
            {
                throw new ArgumentException($"alias '{alias}' must start with a capital letter");
            }

            startChars.Add(alias[0]);
            startChars.Add(char.ToUpperInvariant(alias[0]));
            if (LowerCaseLead(alias) is { } lead)
            {
                leads.Add(lead);
            }

            var node = 0;
            foreach (var c in folded)
            {
                if (!children[node].TryGetValue(c, out var next))
                {
                    next = children.Count;
                    children[node][c] = next;
                    children.Add([]);
                    entryOf.Add(NoEntry);
                }

                node = next;
            }

            // Two entries with the same folded text would hide each other: the builder merges them first.
            if (entryOf[node] != NoEntry)
            {
                throw new ArgumentException($"aliases '{_entries[entryOf[node]].Alias}' and '{alias}' fold to the same text");
            }

            entryOf[node] = e;
        }

        _keys = [.. children.Select(d => d.Keys.ToArray())];
        _next = [.. children.Select(d => d.Values.ToArray())];
        _entryOf = [.. entryOf];
        Array.Fill(_rootAscii, NoEntry);
        foreach (var (c, next) in children[0].Where(kv => kv.Key < 128))
        {
            _rootAscii[c] = next;
        }

        _starts = SearchValues.Create([.. startChars]);
        _leads = leads.Count > 0 ? SearchValues.Create([.. leads], StringComparison.Ordinal) : null;
    }

    /// <summary>"the former" for "The former Yugoslav Republic of Macedonia": the article and the lower-case words after
    /// it, when a lower-case word follows the article (for "The Gambia" the capitalised "Gambia" is found anyway).</summary>
    private static string? LowerCaseLead(string alias)
    {
        var words = alias.Split(' ');
        if (words.Length < 3 || words[0] != "The" || !char.IsLower(words[1][0]))
        {
            return null;
        }

        var lower = words.Skip(1).TakeWhile(w => char.IsLower(w[0])).ToList();
        return "the " + string.Join(' ', lower);
    }

    public IReadOnlyList<AliasEntry> Entries => _entries;

    /// <summary>All matches, in order, none overlapping: at each capitalised word start the longest valid alias wins.</summary>
    public void Scan(string text, List<AliasMatch> matches)
    {
        var span = text.AsSpan();
        var pos = 0;
        var nextLead = NextLead(span, 0);
        while (pos < span.Length)
        {
            if (nextLead >= 0 && nextLead < pos)
            {
                nextLead = NextLead(span, pos);
            }

            var found = span[pos..].IndexOfAny(_starts);
            var start = found < 0 ? nextLead : nextLead >= 0 && nextLead < pos + found ? nextLead : pos + found;
            if (start < 0)
            {
                return;
            }

            if (start > 0 && TextFold.IsWordChar(span[start - 1]) && !IsGlued(span, start))
            {
                pos = start + 1;
                continue;
            }

            if (TryMatchAt(span, start, out var match))
            {
                matches.Add(match);
                pos = match.End;
            }
            else
            {
                pos = start + 1;
            }
        }
    }

    private int NextLead(ReadOnlySpan<char> text, int from) =>
        _leads is null || from >= text.Length ? -1 : text[from..].IndexOfAny(_leads) is >= 0 and var i ? from + i : -1;

    /// <summary>
    /// A capital right after a lower-case word of three letters or more ("draws nearerMalawi lodged"): a title glued to
    /// the first sentence, where a scraper dropped the line break, so a name may start there.
    /// </summary>
    public static bool IsGlued(ReadOnlySpan<char> text, int at) =>
        at >= 3 && char.IsUpper(text[at]) && char.IsLower(text[at - 1]) && char.IsLower(text[at - 2]) && char.IsLower(text[at - 3]);

    public List<AliasMatch> Scan(string text)
    {
        var matches = new List<AliasMatch>();
        Scan(text, matches);
        return matches;
    }

    private bool TryMatchAt(ReadOnlySpan<char> text, int start, out AliasMatch match)
    {
        Span<int> candidateEntry = stackalloc int[MaxCandidates];
        Span<int> candidateEnd = stackalloc int[MaxCandidates];
        var count = 0;
        var node = 0;
        var previousWasSeparator = false;
        for (var i = start; i < text.Length; i++)
        {
            var c = TextFold.Fold(text[i]);
            if (c == TextFold.Separator)
            {
                if (previousWasSeparator)
                {
                    continue;
                }

                previousWasSeparator = true;
            }
            else
            {
                previousWasSeparator = false;
            }

            node = Child(node, c);
            if (node == NoEntry)
            {
                break;
            }

            if (_entryOf[node] != NoEntry && !previousWasSeparator && count < MaxCandidates)
            {
                candidateEntry[count] = _entryOf[node];
                candidateEnd[count] = i + 1;
                count++;
            }
        }

        // Longest first; a candidate that fails the boundary or case test gives way to a shorter one.
        for (var k = count - 1; k >= 0; k--)
        {
            var end = candidateEnd[k];
            var entry = _entries[candidateEntry[k]];
            if (end < text.Length && (TextFold.IsWordChar(text[end]) || (entry.CaseSensitive && text[end] == '$')))
            {
                continue;
            }

            if (entry.CaseSensitive && !text[start..end].SequenceEqual(entry.Alias))
            {
                continue;
            }

            match = new AliasMatch(start, end, candidateEntry[k]);
            return true;
        }

        match = default;
        return false;
    }

    private int Child(int node, char c)
    {
        if (node == 0)
        {
            return c < 128 ? _rootAscii[c] : Find(0, c);
        }

        return Find(node, c);
    }

    private int Find(int node, char c)
    {
        var keys = _keys[node];
        for (var k = 0; k < keys.Length; k++)
        {
            if (keys[k] == c)
            {
                return _next[node][k];
            }
        }

        return NoEntry;
    }
}
