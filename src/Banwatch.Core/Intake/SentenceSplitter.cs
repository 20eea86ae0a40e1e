using System.Text.RegularExpressions;

namespace Banwatch.Core.Intake;

/// <summary>
/// Splits text into sentences, the unit of evidence. A sentence ends at . ! ? followed by space and a capital,
/// digit, quote or bullet — unless the word before is an abbreviation (Amb., No., U.S.) or an initial (J.) —
/// and at blank lines and bulleted lines. A single line break is a space: reports wrap lines mid-sentence.
/// </summary>
public static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "Amb", "St", "No", "Nos", "Art", "Arts", "Para", "e.g", "i.e", "U.S", "U.K", "U.N", "etc", "vs", "cf",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Gen", "Col", "Lt", "Prof", "Sen",
        "Rep", "Gov", "Hon", "Rt", "Ltd", "Inc", "Co", "Corp", "approx", "Vol", "p", "pp", "Fig", "H.E", "Ph.D", "P.D.R", "Lao P.D.R",
    };

    public static List<TextSpan> Split(string text)
    {
        var sentences = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '.' or '!' or '?' && EndsSentence(text, i))
            {
                Add(text, start, i + 1, sentences);
                start = i + 1;
            }
            else if (c == '\n' && BreaksParagraph(text, i))
            {
                Add(text, start, i, sentences);
                start = i + 1;
            }
        }

        Add(text, start, text.Length, sentences);
        return sentences;
    }

    private static bool EndsSentence(string text, int i)
    {
        var j = i + 1;
        while (j < text.Length && text[j] is '"' or '\'' or '\u201D' or '\u2019' or ')')
        {
            j++;
        }

        if (j < text.Length && !char.IsWhiteSpace(text[j]))
        {
            return false;
        }

        while (j < text.Length && char.IsWhiteSpace(text[j]))
        {
            j++;
        }

        if (j < text.Length && !(char.IsUpper(text[j]) || char.IsDigit(text[j]) || text[j] is '"' or '\u201C' or '\u2018' or '\'' or '•' or '(' or '-' or '*'))
        {
            return false;
        }

        if (text[i] != '.')
        {
            return true;
        }

        // The word before the period: an abbreviation or a single initial does not end the sentence.
        var w = i;
        while (w > 0 && (char.IsLetter(text[w - 1]) || text[w - 1] == '.'))
        {
            w--;
        }

        var word = text[w..i];
        return !(Abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0])));
    }

    private static bool BreaksParagraph(string text, int newline)
    {
        var j = newline + 1;
        while (j < text.Length && text[j] is ' ' or '\t' or '\r')
        {
            j++;
        }

        return j >= text.Length || text[j] == '\n' || text[j] is '•' or '●' or '▪' or '◦' or '*' || BulletOrHeading().IsMatch(text.AsSpan(j, Math.Min(12, text.Length - j)));
    }

    private static void Add(string text, int start, int end, List<TextSpan> sentences)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '•' or '●' or '▪' or '◦' or '*'))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new TextSpan(start, end));
        }
    }

    /// <summary>"- item", "1. item", "#" headings and YAML-ish "key:" lines start a new unit.</summary>
    [GeneratedRegex(@"^(-\s|\d{1,2}[.)]\s|#|[A-Za-z_]+:\s)")]
    private static partial Regex BulletOrHeading();
}
