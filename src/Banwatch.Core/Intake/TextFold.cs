using System.Globalization;
using System.Text;

namespace Banwatch.Core.Intake;

/// <summary>
/// The character folding names are matched under: case, accents, curly apostrophes, and hyphens/dashes/whitespace
/// (all one separator, so "Guinea-Bissau", "Guinea Bissau" and a name broken over a line are the same).
/// One table lookup per character, since mention detection runs it over every candidate.
/// </summary>
public static class TextFold
{
    public const char Separator = ' ';

    private const int TableSize = 0x250;
    private static readonly char[] Table = BuildTable();

    public static char Fold(char c)
    {
        if (c < TableSize)
        {
            return Table[c];
        }

        return c switch
        {
            '\u2018' or '\u2019' or '\u02BC' or '\u2032' => '\'',
            >= '\u2010' and <= '\u2015' => Separator,
            '\u2028' or '\u2029' or '\u202F' or '\u2007' => Separator,
            _ => char.ToLowerInvariant(c),
        };
    }

    /// <summary>The folded form of a whole string, separators collapsed: how aliases are stored.</summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var f = Fold(c);
            if (f == Separator && (sb.Length == 0 || sb[^1] == Separator))
            {
                continue;
            }

            sb.Append(f);
        }

        return sb.ToString().TrimEnd(Separator);
    }

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static char[] BuildTable()
    {
        var table = new char[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            var c = (char)i;
            if (char.IsWhiteSpace(c) || c == '-' || c == '\u00AD')
            {
                table[i] = Separator;
                continue;
            }

            // Accented Latin letters fold to their base letter: "Côte" matches "Cote".
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var baseChar = decomposed.Length > 1 && CharUnicodeInfo.GetUnicodeCategory(decomposed[1]) == UnicodeCategory.NonSpacingMark ? decomposed[0] : c;
            table[i] = char.ToLowerInvariant(baseChar);
        }

        return table;
    }
}
