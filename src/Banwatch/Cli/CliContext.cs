using Banwatch.Errors;
using Banwatch.Output;
using Spectre.Console;

namespace Banwatch.Cli;

/// <summary>What every command needs from outside: its writers, the clock, and where the data lives.</summary>
public sealed class CliContext(TextWriter stdout, TextWriter stderr, TimeProvider time, string? dataFolder)
{
    public TextWriter Out { get; } = stdout;

    public TextWriter Error { get; } = stderr;

    public TimeProvider Time { get; } = time;

    /// <summary>Tests point this at fixture data; otherwise the data/ folder beside the executable.</summary>
    public string? DataFolder { get; } = dataFolder;

    /// <summary>Where unexpected failures are written in full; tests point it at a temporary file.</summary>
    public ErrorLog ErrorLog { get; init; } = ErrorLog.Default;

    /// <summary>--wide: tables as wide as their content instead of the terminal's width.</summary>
    public bool Wide { get; set; }

    /// <summary>
    /// Spectre output on stdout: colour and the terminal's measured width on a terminal; plain and 80 columns when
    /// redirected (a pipe or file has no width, and 80 is what a person reading it most likely has); unbounded with --wide.
    /// </summary>
    public IAnsiConsole Console => _console ??= CreateConsole(Out, Wide);

    private IAnsiConsole? _console;

    /// <summary>
    /// Opens the database for a command, saying on stderr, in one line each, that it was created or that its reference
    /// data is not the shipped data's (which only `data load` replaces).
    /// </summary>
    public async Task<BanwatchApp> OpenAsync(string? db, CancellationToken ct, bool seed = true)
    {
        var app = await BanwatchApp.OpenAsync(db, Time, DataFolder, seed, ct);
        if (app.Db.Created)
        {
            await Error.WriteLineAsync($"banwatch: created a new database at {app.Db.Target.Display}");
        }

        if (app.ReferenceDataDiffers)
        {
            await Error.WriteLineAsync($"banwatch: the reference data in {app.DataFolder} differs from this database's; 'banwatch data load' loads it");
        }

        return app;
    }

    public void Write(OutputFormat? format, object record, Action table, Action csv)
    {
        switch (format)
        {
            case OutputFormat.Json:
                Out.WriteLine(Json.Serialize(record));
                break;
            case OutputFormat.Csv:
                csv();
                break;
            default:
                table();
                break;
        }
    }

    /// <summary>Columns assumed when output is redirected.</summary>
    public const int RedirectedWidth = 80;

    // Wide enough for any row Banwatch prints, and small enough for Spectre's layout arithmetic.
    private const int UnboundedWidth = 100_000;

    private static IAnsiConsole CreateConsole(TextWriter writer, bool wide)
    {
        var terminal = ReferenceEquals(writer, System.Console.Out) && !System.Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (wide)
        {
            console.Profile.Width = UnboundedWidth;
        }
        else if (!terminal)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
