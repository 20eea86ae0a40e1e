using System.Text.Encodings.Web;
using Banwatch.Core.Provenance;
using Microsoft.AspNetCore.Html;

namespace Banwatch.Web;

/// <summary>
/// How pages show a stored source: each citation that starts with an http(s) URL (<see cref="SourceUrl"/>) as a link, anything
/// else (a document reference, or a value stored before URLs were checked, such as <c>javascript:…</c>) as text.
/// Pages render sources only through here, so no stored value becomes a link without that check.
/// </summary>
public static class SourceLinks
{
    /// <summary>A citation, or several separated by " | " as in the data files.</summary>
    public static IHtmlContent Render(string? citation)
    {
        var html = new HtmlContentBuilder();
        foreach (var (part, i) in (citation ?? "").Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select((p, i) => (p, i)))
        {
            if (i > 0)
            {
                html.AppendHtml(Source.Separator);
            }

            if (SourceUrl.TryParseCitation(part, out var url, out var note))
            {
                var href = HtmlEncoder.Default.Encode(url.Value);
                html.AppendHtml($"<a href=\"{href}\" rel=\"noreferrer\">{href}</a>").Append(note);
            }
            else
            {
                html.Append(part);
            }
        }

        return html;
    }
}
