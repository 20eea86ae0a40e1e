using System.CommandLine;
using Banwatch.Core.Failures;
using Banwatch.Data;
using Banwatch.Features.Accounts;
using Banwatch.Features.FactReview;
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
        var origin = new Option<string?>("--origin") { HelpName = "rules|learned", Description = "Only the facts the rules found, or only those the learned model proposed (default both)" };
        var page = new PageOptions(defaultLimit: null);
        var format = BanwatchCli.FormatOption(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
        var list = new Command("list", "List facts awaiting review (or all, with --all)") { doc, all, origin, format };
        page.AddTo(list);
        list.SetAction((parse, ct) => BanwatchCli.Guard(context, async () =>
        {
            using var app = await context.OpenAsync(parse.GetValue(BanwatchCli.Db), ct);
            var queue = await ReviewList.LoadAsync(
                app.Db, parse.GetValue(all) ? null : Review.Pending, parse.GetValue(doc), page.From(parse), ReviewFilter.ParseOrigin(parse.GetValue(origin), new Field("origin")), ct);
            context.Write(parse.GetValue(format), queue, () => Render(context.Console, queue), () => Csv.Write(context.Out, queue.Facts));
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
            var decision = await ReviewDecision.AcceptAllAsync(app, await Accounts.CliCallerAsync(app, parse.GetValue(BanwatchCli.As), ct), id, ct);
            await context.Out.WriteLineAsync($"{decision.Summary} of document #{id}");
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
            var done = await ReviewDecision.DecideAsync(app, await Accounts.CliCallerAsync(app, parse.GetValue(BanwatchCli.As), ct), parse.GetValue(ids) ?? [], decision, ct);
            await context.Out.WriteLineAsync(done.Summary);
            if (done.MissingFailure() is { } missing)
            {
                throw missing;
            }
        }));
        return command;
    }

    private static void Render(IAnsiConsole console, ReviewList queue)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumns("Id", "Doc", "Kind", "State", "Issue/stance", "By", "Review", "Evidence", "About");
        foreach (var f in queue.Facts)
        {
            table.AddRow(
                f.Id.ToString(),
                f.DocumentId.ToString(),
                f.Kind,
                f.Iso3,
                Markup.Escape(string.Join(" ", new[] { f.Issue, f.Stance }.Where(x => x is not null))),
                FactAbout.Origin(f),
                Markup.Escape(FactAbout.Decision(f)),
                Markup.Escape((f.Evidence.Length > 160 ? f.Evidence[..160] + "…" : f.Evidence) + (f.OtherPlaces.Count > 0 ? $" (and {f.OtherPlaces.Count} more)" : "")),
                Markup.Escape(FactAbout.Describe(f)));
        }

        console.WriteFitted(table);
        var (first, last) = queue.Paging.Shown(queue.Facts.Count);
        console.MarkupLine(queue.Facts.Count == queue.Paging.Total ? $"{queue.Paging.Total} facts" : $"facts {first}–{last} of {queue.Paging.Total}");
    }
}
