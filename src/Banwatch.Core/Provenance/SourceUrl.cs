namespace Banwatch.Core.Provenance;

/// <summary>
/// An absolute <c>http://</c> or <c>https://</c> URL: the only kind of source Banwatch accepts as a URL and the only
/// kind it ever renders as a link. Checked once, at every entry (a document's <c>url:</c>, its <c>source:</c> line,
/// its canonical link, <c>obligations add --source</c>, the data files), so a <c>javascript:</c> or <c>data:</c>
/// value is refused with the reason instead of being stored.
/// </summary>
/// <remarks>
/// Browsers ignore leading spaces and control characters and drop tabs and newlines anywhere in a URL before
/// reading its scheme (WHATWG URL standard), so <c>" java\tscript:alert(1)"</c> runs as script: the scheme is read
/// the same way here, and a URL with any white space or control character inside is refused outright.
/// </remarks>
public readonly record struct SourceUrl
{
    /// <summary>Longer values are refused: no source needs more, and the limit keeps pages and feeds bounded.</summary>
    public const int MaxLength = 2048;

    /// <summary>What browsers strip from both ends of a URL: C0 controls and space.</summary>
    private static readonly char[] BrowserTrimmed = [.. Enumerable.Range(0, 0x21).Select(i => (char)i)];

    private SourceUrl(string value) => Value = value;

    /// <summary>The URL as given, without surrounding white space.</summary>
    public string Value { get; }

    /// <summary>The URL, or a <see cref="FormatException"/> that names the value and says why it is not one.</summary>
    public static SourceUrl Parse(string? text) =>
        Check(text, out var url) is { } reason ? throw new FormatException(reason) : url;

    /// <summary>Whether <paramref name="text"/> is an http(s) URL; what a page asks before rendering a stored value as a link.</summary>
    public static bool TryParse(string? text, out SourceUrl url) => Check(text, out url) is null;

    /// <summary>
    /// The URL a citation starts with, perhaps followed by a note after white space, as the data files cite
    /// ("https://treaties.un.org/… (status as at 2026-02-03)"); a <see cref="FormatException"/> if it is not one.
    /// </summary>
    public static SourceUrl ParseCitation(string citation, out string note)
    {
        (var url, note) = SplitCitation(citation);
        return Parse(url);
    }

    /// <summary>Whether a citation starts with an http(s) URL (see <see cref="ParseCitation"/>), and the note after it.</summary>
    public static bool TryParseCitation(string citation, out SourceUrl url, out string note)
    {
        (var text, note) = SplitCitation(citation);
        return TryParse(text, out url);
    }

    /// <summary>
    /// The scheme a browser would read at the start of <paramref name="text"/> ("javascript" for
    /// <c>" JaVa\tScript:x"</c>), lower-cased; null when the text has none, as a document reference has none.
    /// </summary>
    public static string? SchemeOf(string text)
    {
        var browserView = new string([.. text.Trim(BrowserTrimmed).Where(c => c is not ('\t' or '\n' or '\r'))]);
        var colon = browserView.IndexOf(':', StringComparison.Ordinal);
        if (colon < 1 || !char.IsAsciiLetter(browserView[0]))
        {
            return null;
        }

        var scheme = browserView[..colon];
        return scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') ? scheme.ToLowerInvariant() : null;
    }

    public override string ToString() => Value ?? "";

    private static (string Url, string Note) SplitCitation(string citation)
    {
        var text = citation.Trim();
        var end = text.AsSpan().IndexOfAny(" \t\r\n\u00A0");
        return end < 0 ? (text, "") : (text[..end], text[end..]);
    }

    private static string? Check(string? text, out SourceUrl url)
    {
        url = default;
        var value = text?.Trim() ?? "";
        if (value.Length == 0)
        {
            return "a URL is required";
        }

        if (value.Length > MaxLength)
        {
            return $"'{value[..60]}…' is longer than {MaxLength} characters";
        }

        switch (SchemeOf(value))
        {
            case null:
                return $"'{value}' is not an absolute http(s) URL";
            case not ("http" or "https") and var scheme:
                return $"'{value}' is not an http(s) URL (its scheme is '{scheme}:'; only http: and https: sources are accepted)";
        }

        if (value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return $"'{value.ReplaceLineEndings(" ")}' has white space or a control character inside";
        }

        // Only the two spellings browsers and Uri agree on: "https:example.org" and "https:/x" mean different hosts to each.
        if (!(value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            || !Uri.TryCreate(value, UriKind.Absolute, out var uri)
            || uri.Host.Length == 0)
        {
            return $"'{value}' is not a valid http(s) URL (expected http://host/… or https://host/…)";
        }

        url = new SourceUrl(value);
        return null;
    }
}
