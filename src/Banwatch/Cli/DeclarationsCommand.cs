using System.CommandLine;
using Banwatch.Features;
using Banwatch.Features.Campaigns;
using Banwatch.Output;
using Spectre.Console;

namespace Banwatch.Cli;

public static class DeclarationsCommand
{
    public static Command Create(CliContext context)
    {
        var declaration = new Option<string?>("--declaration") { HelpName = "ID", Description = "Only this declaration (oslo-declaration, wellington-declaration, ...)" };
        var state = new Option<string?>("--state") { HelpName = "STATE", Description = "Only this state: ISO3 code, name or alias" };
        var format = BanwatchCli.FormatOption(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
        var command = new Command("declarations", "Who endorsed or refused each declaration, with every source; conflicting sources side by side, inferred rows marked")
        {
            declaration, state, format,
        };
        command.SetAction((parse, ct) => BanwatchCli.Guard(context, async () =>
        {
            using var app = await context.OpenAsync(parse.GetValue(BanwatchCli.Db), ct);
            var report = await DeclarationsReport.LoadAsync(app.Db, await Catalog.LoadAsync(app.Db, ct), parse.GetValue(declaration), parse.GetValue(state), ct);
            context.Write(parse.GetValue(format), report, () => Render(context.Console, report), () => Csv.Write(context.Out, report.Rows));
        }));
        return command;
    }

    private static void Render(IAnsiConsole console, DeclarationsReport report)
    {
        foreach (var d in report.Declarations)
        {
            console.MarkupLine(Markup.Escape($"{d.Name} ({d.Id}, {Dates.Show(d.AdoptedOn)}): {d.Endorsers} named endorsers, {d.Refusers} named refusers"));
        }

        var table = new Table().Border(TableBorder.Simple).AddColumns("Declaration", "State", "Endorsed", "Sources", "Note");
        foreach (var r in report.Rows)
        {
            var answer = r.Conflict ? "CONFLICT: yes and no" : r.Endorsed ? "yes" : "no";
            table.AddRow(
                Markup.Escape(r.DeclarationName), Markup.Escape($"{r.Name} ({r.Iso3})"), answer + (r.Inferred ? " (inferred)" : ""),
                Markup.Escape(string.Join(" | ", r.EndorsedSources.Select(s => "yes: " + s).Concat(r.RefusedSources.Select(s => "no: " + s)))),
                Markup.Escape(string.Join("; ", r.Notes)));
        }

        console.WriteFitted(table);
    }
}
