using System.CommandLine;
using Banwatch.Features;
using Banwatch.Features.Search;
using Banwatch.Output;
using Spectre.Console;

namespace Banwatch.Cli;

public static class SearchCommand
{
    public static Command Create(CliContext context)
    {
        var query = new Argument<string>("query") { Description = "Words to find (all must occur); \"quoted phrases\" stay together" };
        var page = new PageOptions(SearchResults.DefaultLimit);
        var format = BanwatchCli.FormatOption(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("search", "Full-text search over ingested documents, with highlighted snippets, and states by name or alias") { query, format };
        page.AddTo(command);
        command.SetAction((parse, ct) => BanwatchCli.Guard(context, async () =>
        {
            using var app = await context.OpenAsync(parse.GetValue(BanwatchCli.Db), ct);
            var catalog = await Catalog.LoadAsync(app.Db, ct);
            var results = await SearchResults.RunAsync(app.Db, catalog, parse.GetValue(query) ?? "", page.From(parse)!.Value, ct);
            context.Write(parse.GetValue(format), results, () => Render(context.Console, results), () => { });
        }));
        return command;
    }

    private static void Render(IAnsiConsole console, SearchResults results)
    {
        if (results.States.Count > 0)
        {
            console.MarkupLine("[bold]States[/]: " + string.Join(", ", results.States.Select(s =>
                Markup.Escape(s.Name == s.MatchedName ? $"{s.Name} ({s.Iso3})" : $"{s.Name} ({s.Iso3}, as \"{s.MatchedName}\")"))));
        }

        if (results.Documents.Count == 0)
        {
            console.WriteLine("No document matches.");
            return;
        }

        var (first, last) = results.Paging.Shown(results.Documents.Count);
        console.MarkupLine($"[bold]Documents[/] {first}–{last} of {results.Paging.Total}");
        foreach (var hit in results.Documents)
        {
            console.MarkupLine($"[bold]#{hit.Id}[/] {Markup.Escape(hit.Title ?? hit.Name)} [grey]({Markup.Escape(hit.Name)}{(hit.Published is { } d ? $", {d:yyyy-MM-dd}" : "")})[/]");
            console.MarkupLine("  " + Highlight(hit));
        }
    }

    /// <summary>The snippet with its matched words in bold; everything else escaped.</summary>
    private static string Highlight(DocumentHit hit)
    {
        var parts = new List<string>();
        var at = 0;
        foreach (var range in hit.Highlights)
        {
            parts.Add(Markup.Escape(hit.Snippet[at..range.Start]));
            parts.Add($"[bold yellow]{Markup.Escape(hit.Snippet[range.Start..range.End])}[/]");
            at = range.End;
        }

        parts.Add(Markup.Escape(hit.Snippet[at..]));
        return string.Concat(parts);
    }
}
