using System.Diagnostics;
using Banwatch.Testing;

namespace Banwatch.Tests.Cli;

/// <summary>
/// The executable writes redirected output through its own block writer (Program.cs), not Console.Out: what a file or a
/// pipe receives is exactly what the command writes in-process, however many blocks it takes.
/// </summary>
public sealed class RedirectedOutputTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("banwatch-redirected-").FullName;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Extract_to_a_pipe_gives_the_same_lines_as_in_process_over_many_blocks()
    {
        // Rows of about 200 bytes each: several hundred kilobytes, many times the writer's 64 KB block.
        var report = Path.Combine(_folder, "report.txt");
        await File.WriteAllTextAsync(report, string.Concat(Enumerable.Range(1, 400).Select(i =>
            $"On day {i}, Norway, Chile and Ghana attended the Wellington Conference, and Laos signed the Convention.\n\n")), TestContext.Current.CancellationToken);
        var inProcess = (await new CliRunner(_database.Url).RunAsync("extract", report, "--format", "jsonl")).Succeeded().Out;

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "banwatch.dll"), "extract", report, "--format", "jsonl", "--db", _database.Url })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment[BanwatchApp.DataFolderVariable] = DataFolder.Shipped;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.True(process.ExitCode == 0, await stderr);
        var piped = await stdout;
        Assert.True(piped.Length > 4 * 65536, $"only {piped.Length} characters");
        Assert.Equal(inProcess, piped);
    }
}
