using System.Diagnostics;

namespace Banwatch.Cli;

/// <summary>
/// Batch commands read many documents once. .NET's tiered compilation, made for processes that run for long, first
/// compiles each method quickly and with profiling, and on one core waits ten times longer before compiling it well, so
/// such a run spends much of its time in slow code (BENCHMARKS "Intake at scale": `extract` at half the engine's speed,
/// 0.8 of it without). These commands therefore start themselves again with quick and profiled compilation off, and
/// every method is compiled optimised at its first call. The server and the short commands keep .NET's defaults, under
/// which the API answers faster. A runtime setting already in the environment is the person's choice and is kept:
/// `DOTNET_TC_QuickJit=1 banwatch extract ...` runs as built.
/// </summary>
public static class BatchRuntime
{
    private static readonly string[] BatchCommands = ["extract", "ingest", "eval", "train-facts"];

    private static readonly string[] Settings = ["DOTNET_TC_QuickJit", "DOTNET_TieredPGO", "DOTNET_TieredCompilation"];

    /// <summary>
    /// How to run a batch command again with optimised compilation, or null to run it in this process: another
    /// command, a setting of the person's, or a host unknown.
    /// </summary>
    /// <param name="processPath">This process's executable: the `banwatch` host, or `dotnet` running <paramref name="entryAssembly"/>.</param>
    public static ProcessStartInfo? Restart(IReadOnlyList<string> args, Func<string, string?> environment, string? processPath, string? entryAssembly)
    {
        if (Command(args) is not { } command || !BatchCommands.Contains(command) || Array.Exists(Settings, s => environment(s) is not null) || processPath is null)
        {
            return null;
        }

        var start = new ProcessStartInfo(processPath) { UseShellExecute = false };
        if (string.Equals(Path.GetFileNameWithoutExtension(processPath), "dotnet", StringComparison.Ordinal))
        {
            if (string.IsNullOrEmpty(entryAssembly))
            {
                return null;
            }

            start.ArgumentList.Add(entryAssembly);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_TC_QuickJit"] = "0";
        start.Environment["DOTNET_TieredPGO"] = "0";
        return start;
    }

    /// <summary>The command's name: the first word that is not an option or the value of a global one (`--db x.db ingest`).</summary>
    private static string? Command(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] is "--db" or "--as")
            {
                i++;
            }
            else if (!args[i].StartsWith('-'))
            {
                return args[i];
            }
        }

        return null;
    }

    /// <summary>Runs the command in the new process, on this one's standard streams, and returns its exit code.</summary>
    public static async Task<int> RunAsync(ProcessStartInfo start)
    {
        // Ctrl+C reaches both processes: the command stops itself, and this one waits to return how it ended.
        Console.CancelKeyPress += (_, e) => e.Cancel = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        await process.WaitForExitAsync();
        return process.ExitCode;
    }
}
