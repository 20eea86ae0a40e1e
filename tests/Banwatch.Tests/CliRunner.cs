using Banwatch.Cli;
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

public sealed record CliResult(int ExitCode, string Out, string Error)
{
    public CliResult Succeeded()
    {
        Assert.True(ExitCode == 0, $"exit {ExitCode}: {Error}");
        return this;
    }
}
