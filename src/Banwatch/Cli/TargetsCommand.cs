using System.CommandLine;
using Banwatch.Core;
using Banwatch.Core.Campaigns;
using Banwatch.Core.Failures;
using Banwatch.Features.Campaigns;
using Banwatch.Output;
using Spectre.Console;

namespace Banwatch.Cli;

public static class TargetsCommand
{
    public static Command Create(CliContext context)
    {
        var asOf = BanwatchCli.DateOption("--as-of", "Evaluate the rules on this day; default today");
        var rules = new Option<string?>("--rules") { HelpName = "FILE", Description = "A target rules file (YAML); default the shipped data/targets.yaml" };
        var group = new Option<string?>("--group") { HelpName = "NAME", Description = "Only this group" };
        var format = BanwatchCli.FormatOption(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
        var command = new Command("targets", "Target lists by explicit rules: each group with, per state, the conditions that matched on which facts and their sources")
        {
            asOf, rules, group, format,
        };
        command.SetAction((parse, ct) => BanwatchCli.Guard(context, async () =>
        {
            using var app = await context.OpenAsync(parse.GetValue(BanwatchCli.Db), ct);
            var lists = await TargetsReport.LoadAsync(app, parse.GetValue(asOf) ?? app.Today, parse.GetValue(rules), ct);
            if (parse.GetValue(group) is { } name)
            {
                lists = lists with { Groups = [lists.Group(name) ?? throw new BanwatchException(FailureKind.Invalid, $"{new Field("group")}: no group '{name}' in {lists.Rules} (groups: {string.Join(", ", lists.Groups.Select(g => g.Name))})")] };
            }

            context.Write(parse.GetValue(format), lists, () => Render(context.Console, lists), () => Csv.Write(context.Out, TargetRows.Of(lists)));
        }));
        return command;
    }

    private static void Render(IAnsiConsole console, TargetLists lists)
    {
        console.MarkupLine(Markup.Escape($"Target lists on {lists.AsOf:yyyy-MM-dd} from {lists.Rules}"));
        foreach (var g in lists.Groups)
        {
            console.WriteLine();
            console.MarkupLine($"[bold]{Markup.Escape(g.Name)}[/] — {Markup.Escape(g.Title)}: {g.States.Count} states");
            console.MarkupLine(Markup.Escape($"when {g.Condition}{(g.Except.Count > 0 ? $", except those in {string.Join(", ", g.Except)}" : "")}"));
            var table = new Table().Border(TableBorder.Simple).AddColumns("State", "Status", "Reasons (condition: facts)");
            foreach (var s in g.States.OrderBy(s => s.Name, FittedTable.ByName))
            {
                table.AddRow(Markup.Escape($"{s.Name} ({s.Iso3})"), WireName.Of(s.Status), Markup.Escape(string.Join(Environment.NewLine, s.Reasons.Select(r => $"{r.Condition}: {r.Facts}"))));
            }

            console.WriteFitted(table);
        }

        console.MarkupLine("Sources of every reason: --format json or csv.");
    }
}
