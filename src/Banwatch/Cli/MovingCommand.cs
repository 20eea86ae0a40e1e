using System.CommandLine;
using System.Globalization;
using Banwatch.Core.Failures;
using Banwatch.Data;
using Banwatch.Features.Accounts;
using Banwatch.Features.Moving;
using Spectre.Console;

namespace Banwatch.Cli;

/// <summary>`banwatch backup`, `restore` and `copy`: a database into one SQLite file, back, or into another database.</summary>
public static class MovingCommand
{
    private static readonly Option<bool> Replace = new("--replace")
    {
        Description = "Empty a target that holds documents, records, people or an audit log first (refused otherwise)",
    };

    public static Command Backup(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The SQLite file to write (for a PostgreSQL database too, so that a backup is always one file)" };
        var force = new Option<bool>("--force") { Description = "Overwrite FILE if it exists" };
        var backup = new Command("backup", "Write the database to one SQLite file: a consistent copy, taken while a server uses it") { file, force };
        backup.SetAction((parse, ct) => BanwatchCli.Guard(context, async () =>
        {
            using var app = await context.OpenAsync(parse.GetValue(BanwatchCli.Db), ct, seed: false);
            var caller = await Accounts.CliCallerAsync(app, parse.GetValue(BanwatchCli.As), ct);
            var result = await WithProgressAsync(context, progress => DatabaseMoves.BackupAsync(app, caller, parse.GetValue(file)!, parse.GetValue(force), progress, ct));
            await context.Out.WriteLineAsync($"wrote {result.File} ({result.Bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes): {result.Rows} rows in {result.Tables.Count} tables");
            var table = new Table().Border(TableBorder.Simple).AddColumn("Table").AddColumn(new TableColumn("Rows").RightAligned()).AddColumn("SHA-256");
            foreach (var t in result.Tables)
            {
                table.AddRow(t.Table, Count(t.Rows), t.Hash[..12]);
            }

            context.Console.WriteFitted(table);
        }));
        return backup;
    }

    public static Command Restore(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "A backup written by `banwatch backup` (any SQLite Banwatch database)" };
        var restore = new Command("restore", "Copy a backup into the database (--db), verified by row counts and content hashes; all or nothing") { file, Replace };
        restore.SetAction((parse, ct) => BanwatchCli.Guard(context, async () =>
        {
            using var backup = await OpenSourceAsync(context, parse.GetValue(file)!, "FILE", ct);
            using var target = await context.OpenAsync(parse.GetValue(BanwatchCli.Db), ct, seed: false);
            var caller = await Accounts.CliCallerAsync(backup, parse.GetValue(BanwatchCli.As), ct);
            await ReportAsync(context, "restored", () => WithProgressAsync(context, progress => DatabaseMoves.RestoreAsync(backup, target, caller, parse.GetValue(Replace), progress, ct)));
        }));
        return restore;
    }

    public static Command Copy(CliContext context)
    {
        var from = new Option<string>("--from") { HelpName = "PATH|URL", Description = "The database to copy: a SQLite file or a postgres:// URL", Required = true };
        var to = new Option<string>("--to") { HelpName = "PATH|URL", Description = "The database to copy into (created and migrated if new); must be at the same schema version", Required = true };
        var copy = new Command(
            "copy",
            "Move a whole database (reference data, documents, facts, records, actions, people, tokens, audit log) into another, SQLite or PostgreSQL, verified by row counts and content hashes; all or nothing")
        {
            from, to, Replace,
        };
        copy.SetAction((parse, ct) => BanwatchCli.Guard(context, async () =>
        {
            using var source = await OpenSourceAsync(context, parse.GetValue(from)!, "--from", ct);
            using var target = await context.OpenAsync(parse.GetValue(to), ct, seed: false);
            var caller = await Accounts.CliCallerAsync(source, parse.GetValue(BanwatchCli.As), ct);
            await ReportAsync(context, "copied", () => WithProgressAsync(context, progress => DatabaseMoves.CopyAsync(source, target, caller, parse.GetValue(Replace), progress, ct)));
        }));
        return copy;
    }

    /// <summary>Opens the database to read from, which must exist: a mistyped path must not read as an empty database.</summary>
    private static async Task<BanwatchApp> OpenSourceAsync(CliContext context, string text, string name, CancellationToken ct)
    {
        if (DbTarget.Parse(text) is { Provider: DbProvider.Sqlite } file && !File.Exists(file.Display))
        {
            throw new BanwatchException(FailureKind.MissingFile, $"{name}: no database at {file.Display}");
        }

        var app = await context.OpenAsync(text, ct, seed: false);
        if (app.Db.Created)
        {
            app.Dispose();
            throw new BanwatchException(FailureKind.Invalid, $"{name}: {text} held no Banwatch database");
        }

        return app;
    }

    /// <summary>The table of counts and hashes on both sides, also when they differ (and the copy was rolled back).</summary>
    private static async Task ReportAsync(CliContext context, string done, Func<Task<CopyResult>> move)
    {
        CopyResult result;
        try
        {
            result = await move();
        }
        catch (CopyMismatchException e)
        {
            Render(context.Console, e.Tables);
            throw;
        }

        await context.Out.WriteLineAsync(
            $"{done} {result.Rows} rows in {result.Tables.Count} tables from {result.Source} to {result.Target}{(result.Replaced ? ", replacing what it held" : "")}; counts and hashes match");
        Render(context.Console, result.Tables);
    }

    private static void Render(IAnsiConsole console, IReadOnlyList<CopiedDigest> tables)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("Table")
            .AddColumn(new TableColumn("Source rows").RightAligned())
            .AddColumn(new TableColumn("Target rows").RightAligned())
            .AddColumn("Same")
            .AddColumn("Source SHA-256")
            .AddColumn("Target SHA-256");
        foreach (var t in tables)
        {
            table.AddRow(t.Table, Count(t.SourceRows), Count(t.TargetRows), t.Matches ? "yes" : "[red]NO[/]", t.SourceHash[..12], t.TargetHash[..12]);
        }

        console.WriteFitted(table);
    }

    private static string Count(long rows) => rows.ToString(CultureInfo.InvariantCulture);

    /// <summary>A bar per table on a terminal; nothing in redirected output.</summary>
    private static async Task<T> WithProgressAsync<T>(CliContext context, Func<IProgress<CopyProgress>?, Task<T>> run)
    {
        if (!context.Console.Profile.Capabilities.Interactive)
        {
            return await run(null);
        }

        T result = default!;
        await context.Console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress => result = await run(new TableBars(progress)));
        return result;
    }

    /// <summary>Reports on the copying thread itself, so bars move in order and none is added after the display ends.</summary>
    private sealed class TableBars(ProgressContext progress) : IProgress<CopyProgress>
    {
        private readonly Dictionary<string, ProgressTask> _bars = [];

        public void Report(CopyProgress value)
        {
            if (!_bars.TryGetValue(value.Table, out var bar))
            {
                _bars[value.Table] = bar = progress.AddTask(value.Table, maxValue: Math.Max(1, value.Total));
            }

            bar.Value = value.Copied;
        }
    }
}
