namespace Banwatch.Core.Intake;

/// <summary>Reads counts written in words, as reports do at the start of a sentence: "Forty-six", "one hundred and seven".</summary>
public static class NumberWords
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
    };

    private static readonly Dictionary<string, int> Tens = new(StringComparer.OrdinalIgnoreCase)
    {
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
    };

    /// <summary>The regex alternative that matches a number in words (used inside the figure patterns).</summary>
    public static readonly string Pattern =
        $@"(?:(?:{Alternatives(Units.Keys)}|a)\s+hundred(?:\s+(?:and\s+)?(?:{Alternatives(Tens.Keys)})(?:[-\s](?:{Alternatives(Units.Keys)}))?|\s+(?:and\s+)?(?:{Alternatives(Units.Keys)}))?|(?:{Alternatives(Tens.Keys)})(?:[-\s](?:{Alternatives(Units.Keys)}))?|{Alternatives(Units.Keys)})";

    public static int? Parse(string text)
    {
        var words = text.ToLowerInvariant().Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w != "and").ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var total = 0;
        var current = 0;
        foreach (var w in words)
        {
            if (w is "hundred")
            {
                current = (current == 0 ? 1 : current) * 100;
            }
            else if (w == "a")
            {
                current += 1;
            }
            else if (Units.TryGetValue(w, out var u))
            {
                current += u;
            }
            else if (Tens.TryGetValue(w, out var t))
            {
                current += t;
            }
            else
            {
                return null;
            }
        }

        total += current;
        return total;
    }

    private static string Alternatives(IEnumerable<string> words) => string.Join('|', words.OrderByDescending(w => w.Length));
}
