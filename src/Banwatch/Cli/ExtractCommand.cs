using System.CommandLine;
using Banwatch.Core.Failures;
using Banwatch.Features;
using Banwatch.Features.Intake;
using Banwatch.Output;
using Spectre.Console;

namespace Banwatch.Cli;

public static class ExtractCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders (.txt, .md, .html, .htm, .pdf)", Arity = ArgumentArity.OneOrMore };
        var format = BanwatchCli.FormatOption(OutputFormat.Jsonl, OutputFormat.Table);
        var command = new Command("extract", "Find state mentions, figures and facts in documents, with evidence offsets, without storing anything") { paths, format };
        command.SetAction((parse, ct) => BanwatchCli.Guard(context, async () =>
        {
            using var app = await context.OpenAsync(parse.GetValue(BanwatchCli.Db), ct);
            var catalog = await Catalog.LoadAsync(app.Db, ct);
            var files = DocumentFiles.Expand(parse.GetValue(paths) ?? []);
            var table = parse.GetValue(format) == OutputFormat.Table
                ? new Table().Border(TableBorder.Simple).AddColumns("Doc", "Kind", "State", "Offsets", "Text", "Detail")
                : null;
            var failed = 0;

            // Each document's rows are written as soon as it is extracted (one write per document), so a large batch
            // holds a few documents in memory, not all of their rows.
            await Extractor.ExtractEachAsync(
                catalog,
                files,
                async file =>
                {
                    if (file.Failure is { } reason)
                    {
                        failed++;
                        await context.Error.WriteLineAsync($"{file.Path}: {reason}");
                        return;
                    }

                    if (file.Extracted is not { } document)
                    {
                        return;
                    }

                    var rows = ExtractionRow.From(document.Extraction);
                    if (table is null)
                    {
                        await context.Out.WriteAsync(ExtractionLines.Of(rows).AsMemory(), ct);
                        return;
                    }

                    foreach (var r in rows)
                    {
                        table.AddRow(Markup.Escape(r.Doc), r.Kind, r.State ?? "", $"{r.TextStart}", Markup.Escape(r.Text), Markup.Escape(string.Join(" ", new[] { r.Value?.ToString(), r.What, r.Event, r.Issue, r.Stance }.Where(x => x is not null))));
                    }
                },
                ct: ct);
            if (table is not null)
            {
                context.Console.WriteFitted(table);
            }

            if (failed > 0)
            {
                throw new BanwatchException(FailureKind.MalformedFile, $"{failed} of {files.Count} files could not be read");
            }
        }));
        return command;
    }
}
