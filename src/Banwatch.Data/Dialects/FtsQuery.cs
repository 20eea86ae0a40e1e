using System.Text;

namespace Banwatch.Data.Dialects;

/// <summary>
/// Turns what a person types into an FTS5 query that cannot be a syntax error: words are quoted one by one
/// (all must match), "quoted phrases" stay phrases, and FTS5 operators typed by accident are just words.
/// PostgreSQL's websearch_to_tsquery already reads such input safely.
/// </summary>
public static class FtsQuery
{
    public static string ForFts5(string query)
    {
        var terms = new List<string>();
        var phrase = false;
        var current = new StringBuilder();
        void Flush()
        {
            var term = current.ToString().Trim();
            if (term.Length > 0)
            {
                terms.Add("\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
            }

            current.Clear();
        }

        foreach (var c in query)
        {
            if (c == '"')
            {
                Flush();
                phrase = !phrase;
            }
            else if (!phrase && (char.IsWhiteSpace(c) || (!char.IsLetterOrDigit(c) && c != '\'' && c != '-')))
            {
                Flush();
            }
            else
            {
                current.Append(c);
            }
        }

        Flush();
        return terms.Count == 0 ? "\"\"" : string.Join(' ', terms);
    }
}
