using System.CommandLine;
using System.Text.Json;
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
            var result = Extractor.ExtractFiles(catalog, DocumentFiles.Expand(parse.GetValue(paths) ?? []));
            var rows = result.Documents.SelectMany(ExtractionRow.From).ToList();
            if (parse.GetValue(format) == OutputFormat.Table)
            {
                var table = new Table().Border(TableBorder.Simple).AddColumns("Doc", "Kind", "State", "Offsets", "Text", "Detail");
                foreach (var r in rows)
                {
                    table.AddRow(Markup.Escape(r.Doc), r.Kind, r.State ?? "", $"{r.TextStart}", Markup.Escape(r.Text), Markup.Escape(string.Join(" ", new[] { r.Value?.ToString(), r.What, r.Event, r.Issue, r.Stance }.Where(x => x is not null))));
                }

                context.Console.WriteFitted(table);
            }
            else
            {
                foreach (var r in rows)
                {
                    await context.Out.WriteLineAsync(JsonSerializer.Serialize(r, Json.Compact));
                }
            }

            foreach (var failure in result.Failures)
            {
                await context.Error.WriteLineAsync($"{failure.Path}: {failure.Reason}");
            }

            if (result.Failures.Count > 0)
            {
                throw new BanwatchException(FailureKind.MalformedFile, $"{result.Failures.Count} of {result.Failures.Count + result.Extracted.Count} files could not be read");
            }
        }));
        return command;
    }
}
