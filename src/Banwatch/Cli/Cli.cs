using System.CommandLine;
using Banwatch.Data;
using Banwatch.Data.Import;
using Banwatch.Features;
using Banwatch.Output;

namespace Banwatch.Cli;

/// <summary>
/// The `banwatch` command line. Every command parses its input, calls one feature method and formats the
/// record it returns. Exit codes: 0 done, 1 the database or a file failed, 2 the input was not usable.
/// </summary>
public static class BanwatchCli
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int BadInput = 2;

    public static readonly Option<string?> Db = new("--db")
    {
        Description = $"Database: a SQLite file path or a postgres://user:pass@host:port/db URL (env {DbTarget.EnvironmentVariable}; default {DbTarget.DefaultSqlitePathDescription})",
        HelpName = "PATH|URL",
        Recursive = true,
    };

    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("Banwatch: the Convention on Cluster Munitions and the Oslo Process, on any date.")
        {
            Options = { Db },
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
        return root;
    }

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
            return BadInput;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = context.Out, Error = context.Error }, ct);
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

    /// <summary>Runs a command body, turning the failures people cause or meet into one line on stderr and an exit code.</summary>
    public static async Task<int> Guard(CliContext context, Func<Task> body)
    {
        try
        {
            await body();
            return Ok;
        }
        catch (UserInputException e)
        {
            await context.Error.WriteLineAsync($"error: {e.Message}");
            return BadInput;
        }
        catch (ReferenceDataException e)
        {
            await context.Error.WriteLineAsync($"error: the reference data cannot be loaded; nothing was changed:{Environment.NewLine}{e.Message}");
            return BadInput;
        }
        catch (StorageException e)
        {
            await context.Error.WriteLineAsync($"error: {e.Message}");
            return Failed;
        }
        catch (ArgumentException e) when (e.Message.StartsWith("--db", StringComparison.Ordinal))
        {
            await context.Error.WriteLineAsync($"error: {e.Message}");
            return BadInput;
        }
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
    public static Option<T?> ParsedOption<T>(string name, string helpName, string description, Func<string, string, T> parse)
        where T : struct => new(name)
        {
            Description = description,
            HelpName = helpName,
            CustomParser = result =>
            {
                try
                {
                    return parse(result.Tokens.Count > 0 ? result.Tokens[0].Value : "", name);
                }
                catch (UserInputException e)
                {
                    result.AddError(e.Message);
                    return null;
                }
            },
        };

    public static Option<DateOnly?> DateOption(string name, string description) => ParsedOption(name, "YYYY-MM-DD", description, Dates.Parse);
}
