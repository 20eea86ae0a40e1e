using System.CommandLine;
using Banwatch.Core;
using Banwatch.Core.Failures;
using Banwatch.Core.Obligations;
using Banwatch.Features;
using Banwatch.Features.Accounts;
using Banwatch.Features.Obligations;
using Banwatch.Output;
using Spectre.Console;

namespace Banwatch.Cli;

public static class ObligationsCommand
{
    public static Command Create(CliContext context)
    {
        var asOf = BanwatchCli.DateOption("--as-of", "The day to report on; default today");
        var state = new Option<string?>("--state") { HelpName = "STATE", Description = "Only this state: ISO3 code, name or alias" };
        var dueWithin = BanwatchCli.ParsedOption("--due-within", "DAYS", "Only obligations not completed whose deadline falls within this many days (90d)", ObligationQuery.ParseDueWithin);
        var status = BanwatchCli.ParsedOption(
            "--status", string.Join("|", WireName.All<ObligationStatus>()), "Only obligations with this status", ObligationQuery.ParseStatus);
        var format = BanwatchCli.FormatOption(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv, OutputFormat.Ics);
        var command = new Command("obligations", "What each State Party owes by when (Art. 3 stockpiles, Art. 4 clearance, Art. 7 reports): met, pending, extended, overdue")
        {
            asOf, state, dueWithin, status, format,
        };
        command.Subcommands.Add(CreateAdd(context));
        command.SetAction((parse, ct) => BanwatchCli.Guard(context, async () =>
        {
            using var app = await context.OpenAsync(parse.GetValue(BanwatchCli.Db), ct);
            var catalog = await Catalog.LoadAsync(app.Db, ct);
            var only = parse.GetValue(state) is { } name ? catalog.Resolve(name).Iso3 : (Core.States.Iso3?)null;
            var report = ObligationsReport.For(catalog, new ObligationQuery(parse.GetValue(asOf) ?? app.Today, only, parse.GetValue(status), parse.GetValue(dueWithin)));
            if (parse.GetValue(format) == OutputFormat.Ics)
            {
                await context.Out.WriteAsync(ObligationsCalendar.Ics(report, app.Time.GetUtcNow()));
                return;
            }

            context.Write(
                parse.GetValue(format),
                report,
                () => Render(context.Console, report),
                () => Csv.Write(context.Out, report.Obligations));
        }));
        return command;
    }

    private static Command CreateAdd(CliContext context)
    {
        var state = new Option<string>("--state") { HelpName = "STATE", Description = "ISO3 code, name or alias", Required = true };
        var article = new Option<int?>("--article") { HelpName = "3|4|7", Description = "The article: 3 (stockpile destruction) or 4 (clearance) is enough; 7 needs --kind" };
        var kind = BanwatchCli.ParsedOption(
            "--kind", string.Join("|", WireName.All<ObligationKind>()), "Which obligation", (text, what) => WireName.TryParse<ObligationKind>(text, out var k)
                ? k
                : throw new BanwatchException(FailureKind.Invalid, $"{what}: '{text}' is not one of {string.Join(", ", WireName.All<ObligationKind>())}"));
        var year = new Option<int?>("--year") { HelpName = "YYYY", Description = "Annual reports: the calendar year the report covers" };
        var completed = BanwatchCli.ParsedOption(
            "--completed", "YYYY-MM-DD", "When it was completed or declared complete (a report: submitted); YYYY-MM or YYYY if the source gives no more", Dates.ParseReported);
        var extended = BanwatchCli.DateOption("--extended-deadline", "The deadline an extension granted (Art. 3(3), Art. 4(5))");
        var grantedAt = new Option<string?>("--granted-at") { HelpName = "EVENT", Description = "The meeting that granted it: an events id such as 12msp-2024" };
        var published = BanwatchCli.DateOption("--published-deadline", "An original deadline as a source published it, to show beside the computed one");
        var source = new Option<string>("--source") { HelpName = "URL", Description = "Where the fact comes from: an http(s) URL or a document reference", Required = true };
        var note = new Option<string?>("--note") { HelpName = "TEXT", Description = "Your own short note" };
        var add = new Command("add", "Add or correct a fact about an obligation, with its source; kept across reference data reloads")
        {
            state, article, kind, year, completed, extended, grantedAt, published, source, note,
        };
        add.SetAction((parse, ct) => BanwatchCli.Guard(context, async () =>
        {
            using var app = await context.OpenAsync(parse.GetValue(BanwatchCli.Db), ct);
            var added = await ObligationUpdates.AddAsync(
                app,
                new ObligationInput(
                    parse.GetValue(state) ?? "",
                    parse.GetValue(article),
                    parse.GetValue(kind),
                    parse.GetValue(year),
                    parse.GetValue(completed),
                    parse.GetValue(extended),
                    parse.GetValue(grantedAt),
                    parse.GetValue(published),
                    parse.GetValue(source),
                    parse.GetValue(note)),
                await Accounts.CliCallerAsync(app, parse.GetValue(BanwatchCli.As), ct), ct);
            var u = added.Update;
            var facts = new[]
            {
                u.Completed is { } c ? $"completed {c}" : null,
                u.ExtendedDeadline is { } e ? $"extended to {e:yyyy-MM-dd}" + (u.ExtensionGrantedAt is { } m ? $" at {m}" : "") : null,
                u.PublishedDeadline is { } p ? $"published deadline {p:yyyy-MM-dd}" : null,
            };
            await context.Out.WriteLineAsync(
                $"added #{added.Id}: {added.State.Name} ({added.State.Iso3}), {WireName.Of(u.Kind)}{(u.YearCovered is { } y ? $" {y}" : "")}: " +
                $"{string.Join("; ", facts.OfType<string>())} (source: {u.Source.Citation})");
            if (added.Now is { } now)
            {
                await context.Out.WriteLineAsync($"on {app.Today:yyyy-MM-dd}: {WireName.Of(now.Status)}, deadline {now.Deadline:yyyy-MM-dd}");
            }
        }));
        return add;
    }

    private static void Render(IAnsiConsole console, ObligationsReport report)
    {
        var c = report.Counts;
        console.MarkupLine(
            $"[bold]Convention on Cluster Munitions — obligations on {report.AsOf:yyyy-MM-dd}[/]{Environment.NewLine}" +
            $"{c} · {c.Unknown} unknown (report deadline passed, no report recorded)");
        console.WriteFitted(Table(report.Obligations, withState: true));
        foreach (var w in report.Withdrawals)
        {
            console.MarkupLine(Markup.Escape($"{w.Name} ({w.Iso3}): obligations end on {w.ObligationsEnd:yyyy-MM-dd} ({w.Rule})"));
        }

        console.MarkupLine("Deadlines: entry into force (Art. 17, UN depositary record) plus the period the article sets; `banwatch state X`, JSON and CSV name every source.");
    }

    /// <summary>The obligations table, shared with `banwatch state`: by state name, then as the report orders each state's obligations.</summary>
    public static Table Table(IEnumerable<ObligationRow> rows, bool withState)
    {
        var table = new Table().Border(TableBorder.Simple);
        if (withState)
        {
            table.AddColumn("State");
        }

        // Sources make a table of every state unreadable: it names them per state; JSON and CSV always do.
        table.AddColumns("Obligation", "Status", "Original deadline", "Extended", "Completed", "In force");
        table.AddColumn(withState ? "ISO3" : "Sources");
        foreach (var o in withState ? rows.OrderBy(o => o.Name, FittedTable.ByName) : rows)
        {
            var cells = new List<string>();
            if (withState)
            {
                cells.Add(Markup.Escape(o.Name));
            }

            cells.AddRange(
            [
                Markup.Escape(o.Label()),
                WireName.Of(o.Status),
                Markup.Escape($"{Dates.Show(o.OriginalDeadline)} ({o.RuleReference()})" + (o.PublishedDeadline is { } p ? $"; published {p:yyyy-MM-dd}" : "")),
                Markup.Escape(Dates.Show(o.ExtendedDeadline) + (o.ExtensionGrantedAt is { } m ? $" ({m})" : "")),
                Markup.Escape($"{o.Completed}" + (o.OnTime == false ? " (late)" : "")),
                Dates.Show(o.EntryIntoForce),
                withState ? o.Iso3 : Markup.Escape(string.Join(" | ", o.Sources.Skip(1))),
            ]);
            table.AddRow([.. cells]);
        }

        return table;
    }
}
