using System.CommandLine;
using Banwatch.Features;
using Banwatch.Features.States;
using Banwatch.Features.Status;
using Banwatch.Output;
using Spectre.Console;

namespace Banwatch.Cli;

public static class StateCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("state") { Description = "ISO3 code, name or alias (\"Laos\", \"the UK\", \"Ivory Coast\")" };
        var asOf = BanwatchCli.DateOption("--as-of", "The day to report the status on; default today");
        var format = BanwatchCli.FormatOption(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("state", "A state's profile: status, treaty dates, obligations, events and declarations, each with its source") { name, asOf, format };
        command.SetAction((parse, ct) => BanwatchCli.Guard(context, async () =>
        {
            using var app = await context.OpenAsync(parse.GetValue(BanwatchCli.Db), ct);
            var catalog = await Catalog.LoadAsync(app.Db, ct);
            var state = catalog.Resolve(parse.GetValue(name) ?? "");
            var profile = await StateProfile.LoadAsync(app.Db, catalog, state, parse.GetValue(asOf) ?? app.Today, ct);
            context.Write(parse.GetValue(format), profile, () => Render(context.Console, profile), () => { });
        }));
        return command;
    }

    private static void Render(IAnsiConsole console, StateProfile p)
    {
        var s = p.Status;
        console.MarkupLine($"[bold]{Markup.Escape(p.Name)}[/] ({p.Iso3}) — {Markup.Escape(p.FormalName)}");
        console.MarkupLine($"{Markup.Escape(p.Region)}{(p.UnRegionalGroup is { } g ? " · " + Markup.Escape(g) : "")}");
        var facts = new Grid().AddColumn().AddColumn();
        facts.AddRow("Status on " + p.AsOf.ToString("yyyy-MM-dd"), StatusText.Label(s.Status) + (s.ProvisionallyApplying ? " (applying Art. 1 provisionally, Art. 18)" : ""));
        facts.AddRow("Signed", Dates.Show(s.Signed));
        facts.AddRow("Deposited", s.Deposited is null ? "" : $"{Dates.Show(s.Deposited)} ({Csv.Cell(s.Instrument)})");
        facts.AddRow("Entry into force (Art. 17)", Dates.Show(s.EntryIntoForce));
        if (s.WithdrawalEffective is not null)
        {
            facts.AddRow("Withdrawal effective (Art. 20)", Dates.Show(s.WithdrawalEffective));
        }

        facts.AddRow("Source", Markup.Escape(s.Source ?? "no depositary action recorded"));
        if (p.TreatyNote is { } note)
        {
            facts.AddRow("Note", Markup.Escape(note));
        }

        console.Write(facts);
        if (p.Obligations.Count > 0)
        {
            console.WriteFitted(ObligationsCommand.Table(p.Obligations, withState: false).Title($"Obligations on {p.AsOf:yyyy-MM-dd}"));
        }

        if (p.Participation.Count > 0)
        {
            var table = new Table().Border(TableBorder.Simple).Title("Oslo Process and meetings").AddColumns("Date", "Event or declaration", "What", "Source");
            foreach (var r in p.Participation)
            {
                table.AddRow(Dates.Show(r.Date), Markup.Escape(r.SubjectName), Csv.Cell(r.Relation).Replace('_', ' '), Markup.Escape(r.Source));
            }

            console.WriteFitted(table);
        }
        else
        {
            console.MarkupLine("No recorded participation in the Oslo Process or Convention meetings.");
        }

        if (p.Facts.Count > 0)
        {
            var table = new Table().Border(TableBorder.Simple).Title("From documents (accepted in review)").AddColumns("Fact", "Kind", "Evidence", "Document", "Offsets");
            foreach (var f in p.Facts)
            {
                var kind = string.Join(" ", new[] { f.Kind, f.Issue, f.Stance }.Where(x => x is not null));
                table.AddRow(f.Id.ToString(), Markup.Escape(kind), Markup.Escape(f.Evidence), Markup.Escape($"#{f.DocumentId} {f.Document}"), $"{f.EvidenceStart}-{f.EvidenceEnd}");
            }

            console.WriteFitted(table);
        }
    }
}
