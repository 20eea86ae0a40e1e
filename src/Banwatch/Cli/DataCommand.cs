using System.CommandLine;
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
            // Opening seeds from the shipped data; --from then loads the named folder in its own transaction.
            var folder = parse.GetValue(from)?.FullName;
            using var app = await new CliContext(context.Out, context.Error, context.Time, folder ?? context.DataFolder)
                .OpenAsync(parse.GetValue(BanwatchCli.Db), ct);
            var result = await app.SeedAsync(ct);
            context.Console.MarkupLine(
                $"{Markup.Escape(app.Db.Target.Display)}: reference data from {Markup.Escape(result.Folder)} " +
                (result.Loaded ? "loaded" : "already loaded, nothing to do") + $" (content {result.ContentHash[..12]})");
        }));
        return new Command("data", "Reference data shipped in data/") { load };
    }
}
