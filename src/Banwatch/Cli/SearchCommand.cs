using System.CommandLine;
using Banwatch.Data;
using Banwatch.Output;
using Spectre.Console;

namespace Banwatch.Cli;

public static class SearchCommand
{
    public static Command Create(CliContext context)
    {
        var query = new Argument<string>("query") { Description = "Words to find (all must occur); \"quoted phrases\" stay together" };
        var limit = new Option<int>("--limit") { Description = "At most this many documents", DefaultValueFactory = _ => 20 };
        var format = BanwatchCli.FormatOption(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("search", "Full-text search over ingested documents, with highlighted snippets") { query, limit, format };
        command.SetAction((parse, ct) => BanwatchCli.Guard(context, async () =>
        {
            using var app = await context.OpenAsync(parse.GetValue(BanwatchCli.Db), ct);
            var hits = await app.Db.SearchAsync(parse.GetValue(query) ?? "", Math.Clamp(parse.GetValue(limit), 1, 1000), ct);
            context.Write(parse.GetValue(format), hits, () => Render(context.Console, hits), () => { });
        }));
        return command;
    }

    private static void Render(IAnsiConsole console, IReadOnlyList<SearchHit> hits)
    {
        if (hits.Count == 0)
        {
            console.WriteLine("No document matches.");
            return;
        }

        foreach (var hit in hits)
        {
            console.MarkupLine($"[bold]#{hit.Id}[/] {Markup.Escape(hit.Title ?? hit.Name)} [grey]({Markup.Escape(hit.Name)})[/]");
            console.MarkupLine("  " + Highlight(hit.Snippet));
        }
    }

    /// <summary>The store's highlight marks as bold markup; everything else escaped.</summary>
    public static string Highlight(string snippet) =>
        Markup.Escape(snippet.ReplaceLineEndings(" "))
            .Replace(BanwatchDb.HighlightStart.ToString(), "[bold yellow]", StringComparison.Ordinal)
            .Replace(BanwatchDb.HighlightEnd.ToString(), "[/]", StringComparison.Ordinal);
}
