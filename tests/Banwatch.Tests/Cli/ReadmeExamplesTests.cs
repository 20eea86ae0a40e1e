using System.Diagnostics;
using System.Text.RegularExpressions;
using Banwatch.Testing;

namespace Banwatch.Tests.Cli;

/// <summary>
/// Every `banwatch …` line of README's ```sh blocks, run as a person would paste it: through sh, in order, from a
/// folder holding the repository's files, against a temporary database, with `banwatch` being this build. Each must
/// exit 0, or the code its comment documents ("exit 6"), so an example cannot rot.
/// </summary>
public sealed partial class ReadmeExamplesTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("banwatch-readme-").FullName;

    public ValueTask InitializeAsync()
    {
        // The repository's files without copying them; what the examples write (ccm.svg, france.html) stays here.
        foreach (var entry in new DirectoryInfo(Repository.Root).EnumerateFileSystemInfos().Where(e => !e.Name.StartsWith('.')))
        {
            File.CreateSymbolicLink(Path.Combine(_folder, entry.Name), entry.FullName);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public void The_readme_has_examples_in_every_usage_section() =>
        Assert.True(Examples().Count >= 30, $"{Examples().Count} examples found");

    [Fact]
    public async Task Every_readme_example_runs_with_its_documented_exit_code()
    {
        var failures = new List<string>();
        foreach (var example in Examples())
        {
            var (code, output) = await RunAsync(example);
            var expected = ExitComment().Match(example) is { Success: true } m ? int.Parse(m.Groups[1].Value) : 0;
            if (code != expected)
            {
                failures.Add($"{example}\n  exit {code}, expected {expected}: {output.Trim()}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>The logical lines (continuations joined) starting with `banwatch ` in ```sh blocks.</summary>
    public static List<string> Examples()
    {
        var examples = new List<string>();
        var inBlock = false;
        var current = "";
        foreach (var line in File.ReadAllLines(Path.Combine(Repository.Root, "README.md")))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inBlock = line == "```sh";
                continue;
            }

            if (!inBlock)
            {
                continue;
            }

            current += line.EndsWith('\\') ? line[..^1] : line;
            if (line.EndsWith('\\'))
            {
                continue;
            }

            if (current.StartsWith("banwatch ", StringComparison.Ordinal))
            {
                examples.Add(current);
            }

            current = "";
        }

        return examples;
    }

    private async Task<(int Code, string Output)> RunAsync(string example)
    {
        var start = new ProcessStartInfo("sh") { WorkingDirectory = _folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"banwatch() {{ dotnet '{Path.Combine(AppContext.BaseDirectory, "banwatch.dll")}' \"$@\"; }}\n{example}");
        start.Environment["BANWATCH_DB"] = Path.Combine(_folder, "readme.db");
        start.Environment[BanwatchApp.DataFolderVariable] = DataFolder.Shipped;
        start.Environment["XDG_STATE_HOME"] = Path.Combine(_folder, "state");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        await stdout;
        return (process.ExitCode, await stderr);
    }

    [GeneratedRegex(@"#.*\bexit (\d+)\b")]
    private static partial Regex ExitComment();
}
