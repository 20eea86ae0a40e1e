using System.Text.RegularExpressions;
using Banwatch.Core.States;

namespace Banwatch.Core.Intake;

/// <summary>
/// The names document intake looks for: every state's name, formal name and aliases (demonyms included),
/// merged by folded text so an alias shared by two states becomes one ambiguous entry, plus the phrases
/// that contain a state's name without referring to the state (<see cref="NotStates"/>).
/// </summary>
public sealed partial class StateVocabulary
{
    public StateVocabulary(IEnumerable<State> states, IEnumerable<StateAlias> aliases)
    {
        var named = states.SelectMany(s => new[]
        {
            new StateAlias(s.Iso3, s.Name, AliasKind.Name, s.Source),
            new StateAlias(s.Iso3, s.FormalName, AliasKind.Formal, s.Source),
        });
        var entries = named.Concat(aliases).Concat(aliases.Select(WithoutFinalStop).OfType<StateAlias>())
            .SelectMany(a => Inverted(a).Prepend(a))
            .SelectMany(a => Shortened(a).Prepend(a)).Distinct()
            .Where(a => a.Alias.Length > 0 && char.IsUpper(a.Alias[0]))
            .GroupBy(a => TextFold.Fold(a.Alias))
            .Select(g =>
            {
                var first = g.OrderBy(a => a.Kind).First();
                var caseSensitive = g.All(a => a.Kind == AliasKind.Abbreviation);
                var states = g.Select(a => a.Iso3).Distinct().Order().ToList();
                var nameOf = g.Where(a => a.Kind == AliasKind.Name).Select(a => a.Iso3).Distinct().ToList();
                return new AliasEntry(first.Alias, states, first.Kind, caseSensitive, states.Count > 1 && nameOf.Count == 1 ? nameOf[0] : null);
            })
            .ToDictionary(e => TextFold.Fold(e.Alias));
        foreach (var phrase in NotStates.Phrases)
        {
            // A blocked phrase replaces a same-text alias: "Northern Ireland" is never Ireland.
            entries[TextFold.Fold(phrase)] = new AliasEntry(phrase, [], AliasKind.Alias, false);
        }

        Matcher = new AliasMatcher(entries.Values.OrderBy(e => e.Alias, StringComparer.Ordinal));
    }

    public AliasMatcher Matcher { get; }

    /// <summary>
    /// Lists in the United Nations' order put a formal name's kind of state after it ("Korea, Republic of", "Congo,
    /// Democratic Republic of the"): each name of that shape is also looked for so inverted.
    /// </summary>
    private static IEnumerable<StateAlias> Inverted(StateAlias a)
    {
        if (a.Kind is not (AliasKind.Name or AliasKind.Formal or AliasKind.Alias) || InvertibleName.Match(a.Alias) is not { Success: true } m)
        {
            yield break;
        }

        var inverted = $"{m.Groups["name"].Value}, {m.Groups["form"].Value} of";
        yield return a with { Alias = inverted };
        if (m.Groups["the"].Success)
        {
            yield return a with { Alias = inverted + " the" };
        }
    }

    [GeneratedRegex(@"^(?<form>(?:\p{Lu}[\p{L}'’-]*\s+)*?(?:Republic|State|States|Kingdom|Principality|Commonwealth|Sultanate|Union|Grand\s+Duchy))\s+of\s+(?<the>the\s+)?(?<name>\p{Lu}[^,()]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex InvertibleName { get; }

    /// <summary>
    /// Tables and maps shorten "Republic" and "Democratic" ("Central African Rep.", "Dem. Rep. of the Congo"): each name
    /// that has them is also looked for so shortened, with the name's own kind and source; an inverted one without its
    /// "of" ("Congo, Dem. Rep.", "Korea, Rep."), as the World Bank lists them.
    /// </summary>
    private static IEnumerable<StateAlias> Shortened(StateAlias a)
    {
        if (!a.Alias.Contains("Republic", StringComparison.Ordinal) && !a.Alias.Contains("Democratic", StringComparison.Ordinal))
        {
            yield break;
        }

        var rep = a.Alias.Replace("Republic", "Rep.", StringComparison.Ordinal);
        foreach (var shortened in new[] { rep, rep.Replace("Democratic", "Dem.", StringComparison.Ordinal) })
        {
            yield return a with { Alias = shortened };
            if (shortened.Contains(", ", StringComparison.Ordinal) && shortened.EndsWith(" of", StringComparison.Ordinal))
            {
                yield return a with { Alias = shortened[..^" of".Length] };
            }
        }
    }

    /// <summary>"U.S.A." is also written "U.S.A" before a comma: a dotted abbreviation without its final stop.</summary>
    private static StateAlias? WithoutFinalStop(StateAlias a) =>
        a.Kind == AliasKind.Abbreviation && a.Alias.Length >= 4 && a.Alias[^1] == '.' && a.Alias[..^1].Contains('.', StringComparison.Ordinal)
            ? a with { Alias = a.Alias[..^1] }
            : null;
}

/// <summary>
/// Phrases that contain a state's name or demonym but do not refer to the state: regions, cities named as
/// venues, organisations, languages. Matching them as a whole keeps the name inside from being reported.
/// </summary>
public static class NotStates
{
    public static readonly IReadOnlyList<string> Phrases =
    [
        // Parts of a state, regions and seas.
        "Northern Ireland", "New Guinea", "Gulf of Guinea", "Latin America", "Latin American", "Central America",
        "Central American", "South America", "South American", "North America", "North American", "Indian Ocean",
        "Organization of American States", "Organisation of American States", "American States", "Korean Peninsula", "Congo Basin", "Congo River", "Jordan River", "Jordan Valley", "Niger Delta", "Niger River",

        // Cities that share a state's name, named as venues.
        "Mexico City", "Guatemala City", "Kuwait City", "Panama City", "Djibouti City", "Vatican City State",
        "Luxembourg City", "Singapore City", "Monaco-Ville", "San Marino City", "Andorra la Vella",

        // Organisations whose names carry a demonym.
        "Norwegian People's Aid", "Norwegian Red Cross", "Norwegian Refugee Council", "Norwegian Defence Research Establishment",
        "Norwegian Nobel Committee", "Lebanese Red Cross", "British Red Cross", "American Red Cross", "Canadian Red Cross",
        "Australian Red Cross", "Danish Red Cross", "Swiss Red Cross", "German Red Cross", "Danish Demining Group",
        "Danish Church Aid", "Swiss Foundation for Mine Action", "Swiss Campaign to Ban Landmines",
        "Irish Aid", "Australian Aid", "British Council", "American Bar Association", "Norwegian Church Aid",

        // Languages in document metadata.
        "Original: French", "Original: Spanish", "Original: English", "Original: Arabic", "Original: Russian", "Original: Chinese",
        "French-speaking", "Spanish-speaking", "Arabic-speaking", "Portuguese-speaking",
    ];
}
