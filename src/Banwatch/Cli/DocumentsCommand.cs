using System.CommandLine;
using Banwatch.Core.Failures;
using Banwatch.Features;
using Banwatch.Features.Documents;
using Banwatch.Output;
using Spectre.Console;

namespace Banwatch.Cli;

public static class DocumentsCommand
{
    public static Command Create(CliContext context)
    {
        var documents = new Command("documents", "The stored documents and what was extracted from each");

        var page = new PageOptions(DocumentList.DefaultLimit);
        var listFormat = BanwatchCli.FormatOption(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
        var list = new Command("list", "Stored documents, newest first, with their counts of mentions and facts") { listFormat };
        page.AddTo(list);
        list.SetAction((parse, ct) => BanwatchCli.Guard(context, async () =>
        {
            using var app = await context.OpenAsync(parse.GetValue(BanwatchCli.Db), ct);
            var result = await DocumentList.LoadAsync(app.Db, page.From(parse)!.Value, ct);
            context.Write(parse.GetValue(listFormat), result, () => Render(context.Console, result), () => Csv.Write(context.Out, result.Documents));
        }));

        var id = new Argument<long>("id") { Description = "The document's id, as `documents list` shows it" };
        var showFormat = BanwatchCli.FormatOption(OutputFormat.Table, OutputFormat.Json);
        var at = new Option<int>("--at") { Description = "Show the part of a long document's text holding this character offset (parts of about 100,000 characters)", DefaultValueFactory = _ => 0 };
        var show = new Command("show", "One document: its text, the states it names and the facts and figures found, with offsets") { id, at, showFormat };
        show.SetAction((parse, ct) => BanwatchCli.Guard(context, async () =>
        {
            using var app = await context.OpenAsync(parse.GetValue(BanwatchCli.Db), ct);
            var catalog = await Catalog.LoadAsync(app.Db, ct);
            if (parse.GetValue(at) < 0)
            {
                throw new BanwatchException(FailureKind.Invalid, $"{new Field("at")}: {parse.GetValue(at)} is not an offset (0 up)");
            }

            var record = await DocumentRecord.LoadAsync(app.Db, catalog, parse.GetValue(id), parse.GetValue(at), ct)
                ?? throw DocumentRecord.Missing(parse.GetValue(id));
            context.Write(parse.GetValue(showFormat), record, () => Render(context.Console, record), () => { });
        }));

        documents.Subcommands.Add(list);
        documents.Subcommands.Add(show);
        return documents;
    }

    private static void Render(IAnsiConsole console, DocumentList list)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumns("Id", "Title", "File", "Published", "Mentions", "Facts", "Pending");
        foreach (var d in list.Documents)
        {
            table.AddRow(
                d.Id.ToString(),
                Markup.Escape(d.Title ?? ""),
                Markup.Escape(d.Name),
                Dates.Show(d.Published),
                d.Mentions.ToString(),
                d.Facts.ToString(),
                d.Pending.ToString());
        }

        console.WriteFitted(table);
        var (first, last) = list.Paging.Shown(list.Documents.Count);
        console.MarkupLine($"documents {first}–{last} of {list.Paging.Total}");
    }

    private static void Render(IAnsiConsole console, DocumentRecord record)
    {
        var d = record.Document;
        console.MarkupLine($"[bold]#{d.Id} {Markup.Escape(d.Title ?? d.Name)}[/] [grey]({Markup.Escape(d.Name)}, {d.Format}{(d.Published is { } p ? $", published {p:yyyy-MM-dd}" : "")})[/]");
        if (d.SourceUrl is { } url)
        {
            console.MarkupLine("Source: " + Markup.Escape(url));
        }

        var w = record.Window;
        var part = w.Previous is null && w.Next is null ? "" : $"characters {w.Start}–{w.End} of {w.Length}{(w.Next is { } next ? $" (next part: --at {next})" : "")}: ";
        console.MarkupLine($"{d.Characters} characters · {part}{record.Mentions.Count} mentions of {record.Mentions.Select(m => m.Iso3).Distinct().Count()} states · {record.Facts.Count} facts · {record.Figures.Count} figures");
        var facts = new Table().Border(TableBorder.Simple).Title("Facts").AddColumns("Id", "Kind", "State", "Issue/stance", "Review", "Offsets", "Evidence");
        foreach (var f in record.Facts)
        {
            facts.AddRow(
                f.Id.ToString(),
                f.Kind,
                f.Iso3,
                Markup.Escape(string.Join(" ", new[] { f.Issue, f.Stance }.Where(x => x is not null))),
                f.Review,
                $"{f.EvidenceStart}–{f.EvidenceEnd}",
                Markup.Escape(f.Evidence));
        }

        console.WriteFitted(facts);
        var figures = new Table().Border(TableBorder.Simple).Title("Figures").AddColumns("Value", "What", "Qualifier", "Event", "Offsets");
        foreach (var g in record.Figures)
        {
            figures.AddRow(g.Value.ToString(), g.What, g.Qualifier, Markup.Escape(g.Event ?? ""), $"{g.Start}–{g.End}");
        }

        console.WriteFitted(figures);
    }
}
