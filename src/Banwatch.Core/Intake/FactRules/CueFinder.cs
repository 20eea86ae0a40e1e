using System.Buffers;

namespace Banwatch.Core.Intake.FactRules;

/// <summary>A cue found in a sentence: which rule, and where it is (offsets into the sentence).</summary>
public readonly record struct CueMatch(FactRule Rule, int Index, int Length)
{
    public int End => Index + Length;
}

/// <summary>
/// Finds every rule's cues in a sentence with one vectorised search for all their anchors, then tries only the
/// rules whose anchor starts a word there.
/// </summary>
public sealed class CueFinder
{
    private readonly SearchValues<string> _anchors;

    /// <summary>Anchors by their first letter (anchors are lower case ASCII at their start).</summary>
    private readonly (string Anchor, FactRule Rule, int Index)[][] _byFirst = new (string, FactRule, int)[128][];

    public CueFinder(IEnumerable<FactRule> rules)
    {
        Rules = [.. rules];
        var all = Rules.SelectMany(r => r.Anchors.Select((a, i) => (Anchor: a, Rule: r, Index: i))).ToList();
        if (all.Find(x => x.Anchor[0] >= 128 || char.IsUpper(x.Anchor[0])) is { Anchor: not null } odd)
        {
            throw new ArgumentException($"anchor '{odd.Anchor}' of the {odd.Rule.Kind} cues must start with a lower-case ASCII character");
        }

        for (var c = 0; c < 128; c++)
        {
            _byFirst[c] = [.. all.Where(x => x.Anchor[0] == c)];
        }

        _anchors = SearchValues.Create([.. all.Select(x => x.Anchor).Distinct()], StringComparison.OrdinalIgnoreCase);
    }

    public IReadOnlyList<FactRule> Rules { get; }

    /// <summary>
    /// After a lower-case word of three letters or more and a hyphen: "artillery-delivered", "air-dropped" are
    /// adjectives, not acts. A prefix ("co-host") or a name ("Lao-hosted", "Dutch-funded") before the hyphen keeps the cue.
    /// </summary>
    private static bool InCompound(ReadOnlySpan<char> sentence, int at)
    {
        if (at < 4 || sentence[at - 1] != '-')
        {
            return false;
        }

        var start = at - 1;
        while (start > 0 && char.IsLetter(sentence[start - 1]))
        {
            start--;
        }

        return at - 1 - start >= 3 && char.IsLower(sentence[start]);
    }

    /// <summary>The cues of <paramref name="sentence"/>, in order of position (then of the rules).</summary>
    public void Find(ReadOnlySpan<char> sentence, List<CueMatch> found)
    {
        var pos = 0;
        while (pos < sentence.Length)
        {
            var i = sentence[pos..].IndexOfAny(_anchors);
            if (i < 0)
            {
                return;
            }

            var at = pos + i;
            pos = at + 1;
            if (at > 0 && (char.IsLetterOrDigit(sentence[at - 1]) || InCompound(sentence, at)))
            {
                continue;
            }

            // A rule's anchors are prefix-free (see CueAnchors), so at most one of them starts here.
            var rest = sentence[at..];
            var first = char.ToLowerInvariant(rest[0]);
            foreach (var (anchor, rule, index) in first < 128 ? _byFirst[first] : [])
            {
                if (rest.StartsWith(anchor, StringComparison.OrdinalIgnoreCase) && rule.MatchAt(sentence, at, index) is > 0 and var length)
                {
                    found.Add(new CueMatch(rule, at, length));
                }
            }
        }
    }
}
