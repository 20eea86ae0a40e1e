using Banwatch.Core.Provenance;

namespace Banwatch.Core.Intake;

/// <summary>
/// A document as text, after HTML/PDF extraction: every offset Banwatch stores points into <see cref="Text"/>.
/// </summary>
public sealed record TextDocument(string Name, string Text, string? Title = null, SourceUrl? SourceUrl = null, DateOnly? Published = null)
{
    /// <summary>The longest first line read as a plain text's title; a longer one is its first paragraph.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>
    /// The title of a plain text that states none: its first line with any text on it, trimmed and without Markdown's
    /// heading marks, if it is short enough to be a title. Only the lines before it are read.
    /// </summary>
    public static string? FirstLineTitle(string text)
    {
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf('\n');
            var line = (end < 0 ? rest : rest[..end]).Trim();
            if (!line.IsEmpty)
            {
                return line.Length <= MaxTitleLength ? line.TrimStart("# ").ToString() : null;
            }

            rest = end < 0 ? [] : rest[(end + 1)..];
        }

        return null;
    }
}
