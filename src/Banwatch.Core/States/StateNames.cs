using System.Globalization;
using System.Text;

namespace Banwatch.Core.States;

/// <summary>
/// Resolves what a person types ("Laos", "the UK", "GBR", "Cote d'Ivoire") to a state.
/// Matching ignores case, accents, curly quotes, punctuation spacing and a leading "the".
/// </summary>
public sealed class StateNames
{
    private readonly Dictionary<string, HashSet<Iso3>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<Iso3, State> _states;
    private readonly List<(string Key, string Name, Iso3 Iso3)> _names = [];

    public StateNames(IEnumerable<State> states, IEnumerable<StateAlias> aliases)
    {
        _states = states.ToDictionary(s => s.Iso3);
        foreach (var state in _states.Values)
        {
            Add(state.Iso3.Value, state.Iso3);
            Add(state.Iso2, state.Iso3);
            Add(state.Name, state.Iso3);
            Add(state.FormalName, state.Iso3);
        }

        foreach (var alias in aliases.Where(a => _states.ContainsKey(a.Iso3)))
        {
            Add(alias.Alias, alias.Iso3);
        }
    }

    public State this[Iso3 iso3] => _states[iso3];

    public IReadOnlyCollection<State> States => _states.Values;

    public NameResolution Resolve(string text)
    {
        var key = Key(text);
        if (key.Length == 0)
        {
            return new NameResolution.Unknown(text, []);
        }

        if (_byKey.TryGetValue(key, out var found))
        {
            return found.Count == 1
                ? new NameResolution.Found(_states[found.First()])
                : new NameResolution.Ambiguous(text, [.. found.Order().Select(i => _states[i])]);
        }

        return new NameResolution.Unknown(text, Suggest(key));
    }

    /// <summary>
    /// States with a name, code or alias containing the text (compared as keys, so "cote" finds Côte d'Ivoire), each
    /// once with the name that matched: exact matches first, then names that start with the text, then the rest, by name.
    /// </summary>
    public IReadOnlyList<NameMatch> Find(string text)
    {
        var key = Key(text);
        if (key.Length == 0)
        {
            return [];
        }

        return [.. _names
            .Where(n => n.Key.Contains(key, StringComparison.Ordinal))
            .Select(n => (n.Name, n.Iso3, Rank: n.Key == key ? 0 : n.Key.StartsWith(key, StringComparison.Ordinal) ? 1 : 2))
            .GroupBy(n => n.Iso3)
            .Select(g => g.OrderBy(n => n.Rank).ThenBy(n => n.Name.Length).First())
            .OrderBy(n => n.Rank).ThenBy(n => _states[n.Iso3].Name, StringComparer.Ordinal)
            .Select(n => new NameMatch(_states[n.Iso3], n.Name))];
    }

    /// <summary>Up to three states whose names are closest to the text, by edit distance.</summary>
    private List<State> Suggest(string key) =>
        [.. _byKey
            .Where(kv => kv.Key.Length > 3)
            .SelectMany(kv => kv.Value.Select(iso3 => (iso3, distance: Distance(key, kv.Key))))
            .Where(x => x.distance <= Math.Max(2, key.Length / 3))
            .GroupBy(x => x.iso3)
            .Select(g => (iso3: g.Key, distance: g.Min(x => x.distance)))
            .OrderBy(x => x.distance).ThenBy(x => x.iso3)
            .Take(3)
            .Select(x => _states[x.iso3])];

    private void Add(string? name, Iso3 iso3)
    {
        var key = Key(name);
        if (key.Length == 0)
        {
            return;
        }

        if (!_byKey.TryGetValue(key, out var set))
        {
            _byKey[key] = set = [];
        }

        set.Add(iso3);
        _names.Add((key, name!, iso3));
    }

    /// <summary>The comparison form of a name: lower case, no accents, straight quotes, one space, no leading "the".</summary>
    public static string Key(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var raw in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var c = raw switch
            {
                '\u2018' or '\u2019' or '\u02BC' => '\'',
                '&' => '+',
                '-' or '\u2010' or '\u2011' or '\u2013' or '\u2014' or '.' or ',' => ' ',
                _ => char.ToLowerInvariant(raw),
            };
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        var key = sb.ToString().Replace("+", "and", StringComparison.Ordinal);
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}

public abstract record NameResolution
{
    private NameResolution()
    {
    }

    public sealed record Found(State State) : NameResolution;

    public sealed record Ambiguous(string Text, IReadOnlyList<State> Candidates) : NameResolution;

    public sealed record Unknown(string Text, IReadOnlyList<State> Suggestions) : NameResolution;
}
