using System.Text;
using System.Text.Encodings.Web;
using Banwatch.Core.Campaigns;
using Banwatch.Features.Status;

namespace Banwatch.Features.Campaigns;

/// <summary>
/// A briefing pack as Markdown or as a standalone HTML page with print CSS (A4, small type, no navigation), the same
/// sections in the same order. Text from the record is always encoded, never run as HTML.
/// </summary>
public static class BriefRendering
{
    public static string Markdown(IReadOnlyList<BriefingPack> packs) => string.Join($"{Environment.NewLine}---{Environment.NewLine}{Environment.NewLine}", packs.Select(Markdown));

    public static string Markdown(BriefingPack p)
    {
        var md = new StringBuilder();
        md.AppendLine($"# {p.Name} ({p.Iso3}) — briefing pack, {p.AsOf:yyyy-MM-dd}").AppendLine();
        md.AppendLine($"{p.Region}{(p.UnRegionalGroup is null ? "" : " · " + p.UnRegionalGroup)} · status: **{StatusText.Label(p.Status.Status)}**{Dates(p.Status)}{Refs(p.StatusSources)}");
        if (p.Groups.Count > 0)
        {
            md.AppendLine($"Target groups: {string.Join(", ", p.Groups)}");
        }

        foreach (var (title, items) in Sections(p))
        {
            md.AppendLine().AppendLine($"## {title}").AppendLine();
            if (items.Count == 0)
            {
                md.AppendLine("None recorded.");
            }

            foreach (var item in items)
            {
                md.AppendLine($"- {item.Text}{Refs(item.Sources)}{(item.Detail is { } d ? $" — \"{d}\"" : "")}");
            }
        }

        if (p.Counters.Count > 0)
        {
            md.AppendLine().AppendLine("## Counter-arguments").AppendLine();
            foreach (var b in p.Counters)
            {
                md.AppendLine($"**{b.Title}.** {b.Claim}").AppendLine();
                foreach (var c in b.CounterArguments)
                {
                    md.AppendLine($"- {c}");
                }

                md.AppendLine();
            }
        }

        md.AppendLine().AppendLine("## Sources").AppendLine();
        for (var i = 0; i < p.Sources.Count; i++)
        {
            md.AppendLine($"{i + 1}. {p.Sources[i]}");
        }

        return md.ToString();
    }

    public static string Html(IReadOnlyList<BriefingPack> packs, string title)
    {
        var html = new StringBuilder();
        html.Append($"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(title)} — Banwatch</title>
            <style>
            body {"{"} font-family: system-ui, sans-serif; max-width: 48rem; margin: 0 auto; padding: 1rem; color: #1d1d1d; font-size: 10.5pt; line-height: 1.3; {"}"}
            h1 {"{"} font-size: 15pt; margin: 0 0 .3rem; {"}"} h2 {"{"} font-size: 11.5pt; margin: .8rem 0 .2rem; border-bottom: 1px solid #1b6ca8; {"}"}
            ul {"{"} margin: .1rem 0; padding-left: 1.2rem; {"}"} li {"{"} margin: .05rem 0; {"}"} .muted, q {"{"} color: #555; {"}"} sup {"{"} font-size: 7pt; {"}"}
            ol.sources {"{"} font-size: 8pt; color: #444; word-break: break-all; {"}"} article + article {"{"} break-before: page; {"}"}
            @page {"{"} size: A4; margin: 14mm; {"}"}
            @media print {"{"} body {"{"} max-width: none; padding: 0; font-size: 9.5pt; {"}"} a {"{"} color: inherit; text-decoration: none; {"}"} {"}"}
            </style>
            </head>
            <body>

            """);
        foreach (var p in packs)
        {
            Article(html, p);
        }

        html.AppendLine("</body>").AppendLine("</html>");
        return html.ToString();
    }

    private static void Article(StringBuilder html, BriefingPack p)
    {
        html.AppendLine("<article>");
        html.AppendLine($"<h1>{E(p.Name)} <span class=\"muted\">{E(p.Iso3)} — briefing pack, {p.AsOf:yyyy-MM-dd}</span></h1>");
        html.AppendLine($"<p>{E(p.Region)}{(p.UnRegionalGroup is null ? "" : " · " + E(p.UnRegionalGroup))} · status: <strong>{E(StatusText.Label(p.Status.Status))}</strong>{E(Dates(p.Status))}{Sup(p.StatusSources)}" +
            (p.Groups.Count > 0 ? $"<br>Target groups: {E(string.Join(", ", p.Groups))}" : "") + "</p>");
        foreach (var (title, items) in Sections(p))
        {
            html.AppendLine($"<h2>{E(title)}</h2>");
            if (items.Count == 0)
            {
                html.AppendLine("<p class=\"muted\">None recorded.</p>");
                continue;
            }

            html.AppendLine("<ul>");
            foreach (var item in items)
            {
                html.AppendLine($"<li>{E(item.Text)}{Sup(item.Sources)}{(item.Detail is { } d ? $" <q>{E(d)}</q>" : "")}</li>");
            }

            html.AppendLine("</ul>");
        }

        if (p.Counters.Count > 0)
        {
            html.AppendLine("<h2>Counter-arguments</h2>");
            foreach (var b in p.Counters)
            {
                html.AppendLine($"<p><strong>{E(b.Title)}.</strong> {E(b.Claim)}</p><ul>");
                foreach (var c in b.CounterArguments)
                {
                    html.AppendLine($"<li>{E(c)}</li>");
                }

                html.AppendLine("</ul>");
            }
        }

        html.AppendLine("<h2>Sources</h2><ol class=\"sources\">");
        foreach (var s in p.Sources)
        {
            html.AppendLine(Uri.TryCreate(s, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                ? $"<li><a href=\"{E(s)}\" rel=\"noreferrer\">{E(s)}</a></li>"
                : $"<li>{E(s)}</li>");
        }

        html.AppendLine("</ol>").AppendLine("</article>");
    }

    private static IEnumerable<(string Title, IReadOnlyList<BriefItem> Items)> Sections(BriefingPack p) =>
    [
        ("Open obligations", p.Obligations),
        ("Positions (latest per issue)", p.Positions),
        ("Oslo Process: attendance and declarations", p.Process),
        ("Categories", p.Categories),
        ("UN General Assembly votes", p.Votes),
        ("Recent facts from documents", p.Facts),
        ("Recent actions", p.Actions),
        ("Open follow-ups", p.FollowUps),
    ];

    private static string Dates(StatusRow s) =>
        (s.Signed is { } signed ? $", signed {signed:yyyy-MM-dd}" : "") + (s.Deposited is { } d ? $", deposited {d:yyyy-MM-dd}" : "") +
        (s.EntryIntoForce is { } eif ? $", in force {eif:yyyy-MM-dd}" : "");

    private static string Refs(IReadOnlyList<string> numbers) => numbers.Count == 0 ? "" : $" [{string.Join(",", numbers)}]";

    private static string Sup(IReadOnlyList<string> numbers) => numbers.Count == 0 ? "" : $"<sup>[{string.Join(",", numbers)}]</sup>";

    private static string E(string text) => HtmlEncoder.Default.Encode(text);
}
