using System.CommandLine;
using Banwatch.Core.Failures;
using Banwatch.Data;
using Banwatch.Features;
using Banwatch.Output;
using Spectre.Console;

namespace Banwatch.Cli;

public static class ReviewCommand
{
    public static Command Create(CliContext context)
    {
        var review = new Command("review", "The review queue: extracted facts wait here until a person accepts or rejects them");

        var doc = new Option<long?>("--doc") { HelpName = "ID", Description = "Only this document's facts" };
        var all = new Option<bool>("--all") { Description = "Also accepted and rejected facts, not only pending ones" };
        var format = BanwatchCli.FormatOption(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
        var list = new Command("list", "List facts awaiting review (or all, with --all)") { doc, all, format };
        list.SetAction((parse, ct) => BanwatchCli.Guard(context, async () =>
        {
            using var app = await context.OpenAsync(parse.GetValue(BanwatchCli.Db), ct);
            var facts = await app.Db.FactsAsync(parse.GetValue(all) ? null : Review.Pending, parse.GetValue(doc), ct: ct);
            context.Write(parse.GetValue(format), facts, () => Render(context.Console, facts), () => Csv.Write(context.Out, facts));
        }));

        review.Subcommands.Add(list);
        review.Subcommands.Add(Decide(context, "accept", Review.Accepted, "Accept facts into the states' records"));
        review.Subcommands.Add(Decide(context, "reject", Review.Rejected, "Reject facts (kept as rejected, so they do not come back)"));

        var docId = new Option<long>("--doc") { HelpName = "ID", Description = "The document", Required = true };
        var acceptAll = new Command("accept-all", "Accept every pending fact of one document") { docId };
        acceptAll.SetAction((parse, ct) => BanwatchCli.Guard(context, async () =>
        {
            using var app = await context.OpenAsync(parse.GetValue(BanwatchCli.Db), ct);
            var id = parse.GetValue(docId);
            if (await app.Db.DocumentAsync(id, ct) is null)
            {
                throw new BanwatchException(FailureKind.NotFound, $"no document #{id} (see `banwatch search` or `banwatch review list`)");
            }

            var count = await app.Db.AcceptAllAsync(id, ct);
            await context.Out.WriteLineAsync($"accepted {count} facts of document #{id}");
        }));
        review.Subcommands.Add(acceptAll);
        return review;
    }

    private static Command Decide(CliContext context, string name, Review decision, string description)
    {
        var ids = new Argument<long[]>("ids") { Description = "Fact ids, as `review list` shows them", Arity = ArgumentArity.OneOrMore };
        var command = new Command(name, description) { ids };
        command.SetAction((parse, ct) => BanwatchCli.Guard(context, async () =>
        {
            using var app = await context.OpenAsync(parse.GetValue(BanwatchCli.Db), ct);
            var wanted = parse.GetValue(ids) ?? [];
            var done = await app.Db.ReviewAsync(wanted, decision, ct);
            await context.Out.WriteLineAsync($"{Csv.Cell(decision)} {done.Count} facts");
            var missing = wanted.Except(done).ToList();
            if (missing.Count > 0)
            {
                throw new BanwatchException(FailureKind.NotFound, $"no such fact: {string.Join(", ", missing)}");
            }
        }));
        return command;
    }

    private static void Render(IAnsiConsole console, IReadOnlyList<StoredFact> facts)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumns("Id", "Doc", "Kind", "State", "Issue/stance", "Review", "Evidence");
        foreach (var f in facts)
        {
            table.AddRow(
                f.Id.ToString(),
                f.DocumentId.ToString(),
                f.Kind,
                f.Iso3,
                Markup.Escape(string.Join(" ", new[] { f.Issue, f.Stance }.Where(x => x is not null))),
                f.Review,
                Markup.Escape(f.Evidence.Length > 160 ? f.Evidence[..160] + "…" : f.Evidence));
        }

        console.Write(table);
        console.MarkupLine($"{facts.Count} facts");
    }
}
