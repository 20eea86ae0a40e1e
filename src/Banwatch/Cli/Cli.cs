using System.CommandLine;
using Banwatch.Core.Failures;
using Banwatch.Data;
using Banwatch.Errors;
using Banwatch.Output;

namespace Banwatch.Cli;

/// <summary>
/// The `banwatch` command line. Every command parses its input, calls one feature method and formats the
/// record it returns. Failures leave as one line on stderr and the exit code of their kind (<see cref="ErrorContract"/>).
/// </summary>
public static class BanwatchCli
{
    public static readonly Option<string?> Db = new("--db")
    {
        Description = $"Database: a SQLite file path or a postgres://user:pass@host:port/db URL (env {DbTarget.EnvironmentVariable}; default {DbTarget.DefaultSqlitePathDescription})",
        HelpName = "PATH|URL",
        Recursive = true,
    };

    public static readonly Option<string?> As = new("--as")
    {
        Description = "Act as this account: held to its role and named in the audit log (default: the person at the machine, as an admin)",
        HelpName = "USER",
        Recursive = true,
    };

    /// <summary>Added to every command whose --format offers a table.</summary>
    public static readonly Option<bool> Wide = new("--wide")
    {
        Description = $"Tables with every column, as wide as their content (default: the terminal's width; {CliContext.RedirectedWidth} columns when redirected)",
    };

    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("Banwatch: the Convention on Cluster Munitions and the Oslo Process, on any date.")
        {
            Options = { Db, As },
        };
        root.Subcommands.Add(StatusCommand.Create(context));
        root.Subcommands.Add(TimelineCommand.Create(context));
        root.Subcommands.Add(EventsCommand.Create(context));
        root.Subcommands.Add(StateCommand.Create(context));
        root.Subcommands.Add(IngestCommand.Create(context));
        root.Subcommands.Add(ExtractCommand.Create(context));
        root.Subcommands.Add(DocumentsCommand.Create(context));
        root.Subcommands.Add(SearchCommand.Create(context));
        root.Subcommands.Add(ReviewCommand.Create(context));
        root.Subcommands.Add(EvalCommand.Create(context));
        root.Subcommands.Add(TrainCommand.Create(context));
        root.Subcommands.Add(ObligationsCommand.Create(context));
        root.Subcommands.Add(PositionsCommand.Create(context));
        root.Subcommands.Add(CategoriesCommand.Create(context));
        root.Subcommands.Add(VotesCommand.Create(context));
        root.Subcommands.Add(DeclarationsCommand.Create(context));
        root.Subcommands.Add(TargetsCommand.Create(context));
        root.Subcommands.Add(ActionsCommand.Create(context));
        root.Subcommands.Add(BriefCommand.Create(context));
        root.Subcommands.Add(DataCommand.Create(context));
        root.Subcommands.Add(ServeCommand.Create(context));
        root.Subcommands.Add(AccountsCommand.Users(context));
        root.Subcommands.Add(AccountsCommand.Tokens(context));
        root.Subcommands.Add(AccountsCommand.Audit(context));
        root.Subcommands.Add(MovingCommand.Backup(context));
        root.Subcommands.Add(MovingCommand.Restore(context));
        root.Subcommands.Add(MovingCommand.Copy(context));
        foreach (var command in Descendants(root).Where(c => c.Options.Any(o => o.Name == "--format" && o.HelpName?.Split('|').Contains("table") == true)))
        {
            command.Options.Add(Wide);
        }

        return root;
    }

    private static IEnumerable<Command> Descendants(Command command) =>
        command.Subcommands.SelectMany(c => Descendants(c).Prepend(c));

    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken ct = default)
    {
        var parsed = Build(context).Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await context.Error.WriteLineAsync($"error: {error.Message}");
            }

            await context.Error.WriteLineAsync($"Run '{CommandPath(parsed.CommandResult)} --help' for usage.");
            return ErrorContract.For(FailureKind.Invalid).ExitCode;
        }

        context.Wide = parsed.GetResult(Wide) is not null && parsed.GetValue(Wide);
        try
        {
            // Commands report their own failures through Guard; this catches what escapes one that does not.
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false }, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return await ReportAsync(context, e, args);
        }
    }

    /// <summary>"banwatch data load", whatever the executable is called (tests run it in-process).</summary>
    private static string CommandPath(System.CommandLine.Parsing.CommandResult result)
    {
        var names = new List<string>();
        for (var r = result; r is not null && r.Parent is not null; r = r.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, r.Command.Name);
        }

        return string.Join(' ', names.Prepend("banwatch"));
    }

    /// <summary>Runs a command body; a failure becomes one line on stderr and the exit code of its kind. Ctrl+C is left to System.CommandLine.</summary>
    public static async Task<int> Guard(CliContext context, Func<Task> body)
    {
        try
        {
            await body();
            return ErrorContract.Success;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return await ReportAsync(context, e, Environment.GetCommandLineArgs());
        }
    }

    /// <summary>
    /// "error: " and the message with fields as options (--as-of); an unexpected failure gets one line too, and its
    /// details go to the error log, whose place the line names.
    /// </summary>
    private static async Task<int> ReportAsync(CliContext context, Exception exception, IEnumerable<string> args)
    {
        if (Failure.Known(exception) is { } known)
        {
            await context.Error.WriteLineAsync($"error: {known.MessageFor(FieldStyle.Cli)}");
            return known.Contract.ExitCode;
        }

        var entry = context.ErrorLog.Write(exception, string.Join(' ', args));
        await context.Error.WriteLineAsync($"error: unexpected failure ({exception.GetType().Name}: {Failure.OneLine(exception.Message)}); {entry.Where}");
        return ErrorContract.For(FailureKind.Unexpected).ExitCode;
    }

    /// <summary>--format, limited to what a command can write; unset means a table.</summary>
    public static Option<OutputFormat?> FormatOption(params OutputFormat[] allowed) => new("--format")
    {
        Description = "Output format (default table)",
        HelpName = string.Join("|", allowed.Select(f => f.ToString().ToLowerInvariant())),
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (Enum.TryParse<OutputFormat>(text, ignoreCase: true, out var format) && allowed.Contains(format))
            {
                return format;
            }

            result.AddError($"--format: '{text}' is not one of {string.Join(", ", allowed.Select(f => f.ToString().ToLowerInvariant()))}");
            return null;
        },
    };

    /// <summary>An option whose value is parsed by <paramref name="parse"/>, which names the option in the one-line message it throws.</summary>
    public static Option<T?> ParsedOption<T>(string name, string helpName, string description, Func<string, Field, T> parse)
        where T : struct => new(name)
        {
            Description = description,
            HelpName = helpName,
            CustomParser = result =>
            {
                try
                {
                    return parse(result.Tokens.Count > 0 ? result.Tokens[0].Value : "", Field.FromOption(name));
                }
                catch (BanwatchException e)
                {
                    result.AddError(e.MessageFor(FieldStyle.Cli));
                    return null;
                }
            },
        };

    public static Option<DateOnly?> DateOption(string name, string description) => ParsedOption(name, "YYYY-MM-DD", description, Dates.Parse);
}
