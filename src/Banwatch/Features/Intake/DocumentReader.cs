using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Banwatch.Core.Intake;
using Banwatch.Core.Provenance;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Banwatch.Features.Intake;

/// <summary>A file read as text, with what the file says about itself, and the hash of its bytes.</summary>
public sealed record ReadDocument(string Path, string Format, string ContentHash, TextDocument Document);

/// <summary>A file that cannot be read as a document; <see cref="Exception.Message"/> is the one-line reason.</summary>
public sealed class UnreadableDocumentException(string message) : Exception(message);

/// <summary>
/// Turns .txt, .md, .html/.htm and .pdf files into text. HTML keeps only what a reader sees as the article
/// (no script, style, navigation, header or footer text); PDF needs a text layer. The title, source URL and
/// publication date are taken from what the file states about itself (front matter, a "source:" first line, the
/// canonical link, &lt;meta&gt; and &lt;time&gt;, the PDF's information dictionary), never guessed from a date in the text:
/// a document that states none has none.
/// </summary>
public static partial class DocumentReader
{
    /// <summary>Larger files are refused: a report is a few MB at most, and the whole text is held in memory.</summary>
    public const long MaxBytes = 50L * 1024 * 1024;

    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".html", ".htm", ".pdf" };

    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    /// <summary>
    /// Reads one file. Returns null, without parsing, when its content hash is in <paramref name="alreadyStored"/>:
    /// a re-ingest reads each file once and extracts nothing it already has.
    /// </summary>
    public static ReadDocument? Read(string path, IReadOnlySet<string>? alreadyStored = null)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new UnreadableDocumentException("file not found");
        }

        CheckSize(info.Length);
        return Read(path, File.ReadAllBytes(path), alreadyStored);
    }

    /// <summary>Reads a document from its bytes (an upload from the browser); <paramref name="path"/> gives its name and type.</summary>
    public static ReadDocument? Read(string path, byte[] bytes, IReadOnlySet<string>? alreadyStored = null)
    {
        CheckSize(bytes.LongLength);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (alreadyStored?.Contains(hash) == true)
        {
            return null;
        }

        var extension = System.IO.Path.GetExtension(path).ToLowerInvariant();
        var name = System.IO.Path.GetFileName(path);
        var document = extension switch
        {
            ".pdf" => FromPdf(name, bytes),
            ".html" or ".htm" => FromHtml(name, Decode(bytes)),
            ".txt" or ".md" => FromText(name, Decode(bytes)),
            _ => throw new UnreadableDocumentException($"unsupported file type '{extension}' (supported: {string.Join(", ", Extensions.Order())})"),
        };
        if (string.IsNullOrWhiteSpace(document.Text))
        {
            throw new UnreadableDocumentException("no text found");
        }

        return new ReadDocument(path, extension.TrimStart('.'), hash, document);
    }

    private static void CheckSize(long length)
    {
        if (length == 0)
        {
            throw new UnreadableDocumentException("empty file");
        }

        if (length > MaxBytes)
        {
            throw new UnreadableDocumentException($"too large ({length / (1024 * 1024)} MB; the limit is {MaxBytes / (1024 * 1024)} MB)");
        }
    }

    private static string Decode(byte[] bytes)
    {
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw new UnreadableDocumentException("binary file (contains NUL bytes), not text");
        }

        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException e)
        {
            throw new UnreadableDocumentException($"not valid UTF-8 (bad byte at offset {e.Index})");
        }
    }

    /// <summary>Plain text or Markdown: an optional YAML front matter (title/date/url) or a first line "source: URL".</summary>
    public static TextDocument FromText(string name, string text)
    {
        text = text.ReplaceLineEndings("\n");
        string? title = null;
        SourceUrl? url = null;
        DateOnly? date = null;
        var front = FrontMatter().Match(text);
        if (front.Success)
        {
            foreach (Match field in FrontMatterField().Matches(front.Groups["body"].Value))
            {
                var value = field.Groups["value"].Value.Trim().Trim('"', '\'');
                switch (field.Groups["key"].Value.ToLowerInvariant())
                {
                    case "title":
                        title = value;
                        break;
                    case "url" or "source":
                        var line = 1 + text.AsSpan(0, front.Groups["body"].Index + field.Index).Count('\n');
                        url = SourceUrlOf(value, $"line {line}, front matter {field.Groups["key"].Value}");
                        break;
                    case "date" or "published":
                        date = ParseDate(value);
                        break;
                }
            }

            // Offsets count from the start of the body, so evidence points at the prose, not the metadata.
            text = text[front.Length..];
        }
        else if (SourceLine().Match(text) is { Success: true } source && SourceUrl.SchemeOf(source.Groups["url"].Value) is not null)
        {
            url = SourceUrlOf(source.Groups["url"].Value, "line 1, source");
            text = text[source.Length..];
        }

        title ??= TextDocument.FirstLineTitle(text);
        return new TextDocument(name, text, title, url, date);
    }

    /// <summary>
    /// Element nesting a page's layout never needs. Parsing cost grows with the depth of open elements (every token
    /// looks through them), so a deeper file is read as text with its tags removed instead of being built as a tree.
    /// </summary>
    public const int MaxNesting = 256;

    public static TextDocument FromHtml(string name, string html)
    {
        if (NestingExceeds(html, MaxNesting))
        {
            return FromFlattenedHtml(name, html);
        }

        var document = new HtmlParser().ParseDocument(html);
        var url = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") is { } canonical
            ? SourceUrlOf(canonical, "canonical link")
            : (SourceUrl?)null;
        var title = document.QuerySelector("meta[property='og:title']")?.GetAttribute("content") ?? document.Title;
        var published = document.QuerySelector("meta[property='article:published_time'], meta[name=date], time[datetime]") is { } meta
            ? ParseDate(meta.GetAttribute("content") ?? meta.GetAttribute("datetime") ?? "")
            : null;
        foreach (var element in document.QuerySelectorAll("script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, [aria-hidden=true], [hidden]").ToList())
        {
            element.Remove();
        }

        var root = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
        var sb = new StringBuilder();
        AppendText(root, sb);
        var text = BlankLines().Replace(sb.ToString(), "\n\n").Trim();
        return new TextDocument(name, text, string.IsNullOrWhiteSpace(title) ? null : title.Trim(), url, published);
    }

    /// <summary>
    /// Whether elements open inside each other deeper than <paramref name="limit"/>, read from the tags alone as an
    /// HTML parser nests them: void and self-closed elements hold nothing, an end tag closes up to its element, a
    /// block closes an open paragraph, and a li, td, tr... closes the open one of its kind in the same list, row or
    /// table. Linear: the stack of open elements never grows past the limit.
    /// </summary>
    public static bool NestingExceeds(string html, int limit)
    {
        var open = new List<string>(limit + 1);
        for (var m = Tag().Match(html); m.Success; m = m.NextMatch())
        {
            var tag = m.Groups["name"].Value.ToLowerInvariant();
            if (m.Groups["end"].Success)
            {
                CloseTo(open, open.LastIndexOf(tag));
                continue;
            }

            if (ClosesParagraph.Contains(tag))
            {
                CloseTo(open, Nearest(open, ["p"], ["button", "table", "td", "th"]));
            }

            if (ClosesItsKind.TryGetValue(tag, out var kind))
            {
                CloseTo(open, Nearest(open, kind.Members, kind.Container));
            }

            if (!m.Groups["self"].Success && !VoidElements.Contains(tag))
            {
                open.Add(tag);
                if (open.Count > limit)
                {
                    return true;
                }
            }
        }

        return false;

        static void CloseTo(List<string> open, int at)
        {
            if (at >= 0)
            {
                open.RemoveRange(at, open.Count - at);
            }
        }

        static int Nearest(List<string> open, string[] members, string[] container)
        {
            for (var i = open.Count - 1; i >= 0 && !container.Contains(open[i]); i--)
            {
                if (members.Contains(open[i]))
                {
                    return i;
                }
            }

            return -1;
        }
    }

    private static readonly HashSet<string> VoidElements = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

    private static readonly HashSet<string> ClosesParagraph =
    [
        "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset", "figure", "footer", "form", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "ul",
    ];

    private static readonly Dictionary<string, (string[] Members, string[] Container)> ClosesItsKind = new()
    {
        ["li"] = (["li"], ["ul", "ol", "menu"]),
        ["dt"] = (["dt", "dd"], ["dl"]),
        ["dd"] = (["dt", "dd"], ["dl"]),
        ["tr"] = (["tr"], ["table", "tbody", "thead", "tfoot"]),
        ["td"] = (["td", "th"], ["tr", "table"]),
        ["th"] = (["td", "th"], ["tr", "table"]),
        ["option"] = (["option"], ["select", "datalist"]),
    };

    /// <summary>A page too deeply nested to build as a tree: its text with scripts and styles dropped and block tags as paragraph breaks.</summary>
    private static TextDocument FromFlattenedHtml(string name, string html)
    {
        var title = TitleElement().Match(html) is { Success: true } t ? System.Net.WebUtility.HtmlDecode(t.Groups["title"].Value).Trim() : null;
        var text = HiddenBlock().Replace(html, " ");
        text = BlockTag().Replace(text, "\n\n");
        text = AnyTag().Replace(text, "");
        text = System.Net.WebUtility.HtmlDecode(text);
        text = BlankLines().Replace(string.Join('\n', text.Split('\n').Select(l => Whitespace().Replace(l, " ").Trim())), "\n\n").Trim();
        return new TextDocument(name, text, string.IsNullOrEmpty(title) ? null : title, null, null);
    }

    /// <summary>Block elements become paragraphs and list items bullets, so sentences do not run together.</summary>
    private static void AppendText(AngleSharp.Dom.INode? node, StringBuilder sb)
    {
        if (node is null)
        {
            return;
        }

        foreach (var child in node.ChildNodes)
        {
            if (child is AngleSharp.Dom.IText t)
            {
                sb.Append(Whitespace().Replace(t.Data, " "));
                continue;
            }

            if (child is not AngleSharp.Dom.IElement e)
            {
                continue;
            }

            var tag = e.LocalName;
            var block = tag is "p" or "div" or "section" or "article" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "li" or "tr" or "br" or "blockquote" or "pre" or "ul" or "ol" or "table" or "dd" or "dt";
            if (block)
            {
                sb.Append("\n\n");
            }

            if (tag == "li")
            {
                sb.Append("• ");
            }

            AppendText(e, sb);
            if (block)
            {
                sb.Append("\n\n");
            }
            else if (tag is "td" or "th")
            {
                sb.Append('\t');
            }
        }
    }

    public static TextDocument FromPdf(string name, byte[] bytes)
    {
        try
        {
            using var pdf = PdfDocument.Open(bytes);
            var text = string.Join("\n\n", pdf.GetPages().Select(p => UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor.ContentOrderTextExtractor.GetText(p)));
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new UnreadableDocumentException("PDF has no text layer (scanned image?): run OCR first");
            }

            var title = pdf.Information.Title is { Length: > 0 } t ? t : null;
            text = text.ReplaceLineEndings("\n");
            var created = pdf.Information.GetCreatedDateTimeOffset() is { } c ? DateOnly.FromDateTime(c.UtcDateTime) : (DateOnly?)null;
            return new TextDocument(name, text, title ?? text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault(), null, created);
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new UnreadableDocumentException("PDF is encrypted");
        }
        catch (Exception e) when (e is UglyToad.PdfPig.Core.PdfDocumentFormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            throw new UnreadableDocumentException($"not a readable PDF ({e.Message.Split('\n')[0]})");
        }
    }

    /// <summary>The source URL a file states, or the file is refused with the reason: only http(s) URLs are stored.</summary>
    private static SourceUrl SourceUrlOf(string text, string where)
    {
        try
        {
            return SourceUrl.Parse(text);
        }
        catch (FormatException e)
        {
            throw new UnreadableDocumentException($"{where}: {e.Message}");
        }
    }

    private static DateOnly? ParseDate(string text) =>
        DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AdjustToUniversal, out var dt) ? DateOnly.FromDateTime(dt) : FindDate(text);

    /// <summary>A date in a metadata value ("28 May 2007", "May 28, 2007", "2007-05-28"); the body text is never searched for one.</summary>
    private static DateOnly? FindDate(string text)
    {
        var m = StatedDate().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var formats = new[] { "d MMMM yyyy", "MMMM d, yyyy", "MMMM d yyyy", "yyyy-MM-dd", "d MMM yyyy", "MMM d, yyyy" };
        return DateTime.TryParseExact(Whitespace().Replace(m.Value, " "), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt) ? DateOnly.FromDateTime(dt) : null;
    }

    [GeneratedRegex(@"\A---\n(?<body>.*?)\n---\n", RegexOptions.Singleline)]
    private static partial Regex FrontMatter();

    [GeneratedRegex(@"^(?<key>[A-Za-z_]+):[ \t]*(?<value>\S.*)$", RegexOptions.Multiline)]
    private static partial Regex FrontMatterField();

    // The whole line, so that "java<TAB>script:" is read (and refused) as a browser would read it; a line without a URL
    // scheme ("Source: Monitor 2024") is prose and stays in the text.
    [GeneratedRegex(@"\A[ \t]*source:[ \t]*(?<url>[^\n]*?)[ \t]*\n", RegexOptions.IgnoreCase)]
    private static partial Regex SourceLine();

    [GeneratedRegex(@"<(?<end>/)?(?<name>[A-Za-z][A-Za-z0-9-]*)\b[^<>]*?(?<self>/)?>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"<title\b[^>]*>(?<title>[^<]*)</title>", RegexOptions.IgnoreCase)]
    private static partial Regex TitleElement();

    // Without backtracking: a hostile file of unclosed "<script" tags must not make each one scan to the end.
    [GeneratedRegex(@"<script\b.*?</script\s*>|<style\b.*?</style\s*>|<noscript\b.*?</noscript\s*>|<template\b.*?</template\s*>|<svg\b.*?</svg\s*>|<!--.*?-->|<head\b.*?</head\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex HiddenBlock();

    [GeneratedRegex(@"</?(?:p|div|section|article|h[1-6]|li|tr|br|blockquote|pre|ul|ol|table|dd|dt)\b[^<>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"<[^<>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"\n\s*\n\s*(\n\s*)+")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+(?:" + DateWords.Month + @")\s+\d{4}|(?:" + DateWords.Month + @")\s+\d{1,2},?\s+\d{4})\b")]
    private static partial Regex StatedDate();
}
