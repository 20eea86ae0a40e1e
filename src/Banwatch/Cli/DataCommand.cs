using System.CommandLine;
using Banwatch.Core.Accounts;
using Banwatch.Core.Failures;
using Banwatch.Features.Accounts;
using Spectre.Console;

namespace Banwatch.Cli;

public static class DataCommand
{
    public static Command Create(CliContext context)
    {
        var from = new Option<DirectoryInfo?>("--from") { HelpName = "DIR", Description = "Folder of reference CSVs; default the data/ shipped with Banwatch" };
        var load = new Command("load", "Check and load the reference data, all or nothing; a no-op when the same content is loaded") { from };
        load.SetAction((parse, ct) => BanwatchCli.Guard(context, async () =>
        {
            // Opened without seeding, so that what this command reports is all the loading there was.
            using var app = await context.OpenAsync(parse.GetValue(BanwatchCli.Db), ct, seed: false);
            var folder = parse.GetValue(from)?.FullName ?? app.DataFolder;
            if (!Directory.Exists(folder))
            {
                throw new BanwatchException(FailureKind.MissingFile, $"{new Field("from")}: folder {folder} does not exist");
            }

            var caller = await Accounts.CliCallerAsync(app, parse.GetValue(BanwatchCli.As), ct);
            caller.Require(Access.Needed(managesAccounts: true), "loading reference data");
            var result = await app.LoadReferenceDataAsync(folder, Accounts.Audit(app, caller), ct);

            // Written as is, not through Spectre, which would wrap a long path mid-way.
            await context.Out.WriteLineAsync(
                $"{app.Db.Target.Display}: {(result.Loaded ? "loaded" : "unchanged, already holds")} the reference data of {result.Folder} " +
                $"({result.Files} files, content {result.ContentHash[..12]})");
            var table = new Table().Border(TableBorder.Simple).AddColumn("Table").AddColumn(new TableColumn("Rows").RightAligned());
            foreach (var (name, rows) in result.Rows)
            {
                table.AddRow(name, rows.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            context.Console.WriteFitted(table);
        }));
        return new Command("data", "Reference data shipped in data/") { load };
    }
}
