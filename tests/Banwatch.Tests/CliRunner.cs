using System.Diagnostics;
using Banwatch.Cli;
using Banwatch.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Banwatch.Tests;

/// <summary>Runs `banwatch` in-process, as a person would type it, and captures what it prints (Datasette's CliRunner).</summary>
public sealed class CliRunner(string db)
{
    /// <summary>The day these tests live on, so "today" never moves under them.</summary>
    public static readonly DateTimeOffset Today = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    public string? DataFolder { get; init; }

    public async Task<CliResult> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var context = new CliContext(stdout, stderr, new FakeTimeProvider(Today), DataFolder);
        var code = await BanwatchCli.RunAsync([.. args, "--db", db], context, TestContext.Current.CancellationToken);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>Runs the built `banwatch` as its own process, through `dotnet banwatch.dll`, on the shipped reference data.</summary>
public static class BuiltBanwatch
{
    public static async Task<CliResult> RunAsync(string[] args, CancellationToken ct)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "banwatch.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment[BanwatchApp.DataFolderVariable] = DataFolder.Shipped;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }
}

public sealed record CliResult(int ExitCode, string Out, string Error)
{
    public CliResult Succeeded()
    {
        Assert.True(ExitCode == 0, $"exit {ExitCode}: {Error}");
        return this;
    }
}
