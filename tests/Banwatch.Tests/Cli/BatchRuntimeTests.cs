using Banwatch.Cli;
using Banwatch.Testing;

namespace Banwatch.Tests.Cli;

/// <summary>
/// Batch commands start themselves again with optimised compilation (BatchRuntime); the server, the other commands and
/// a person's own runtime settings keep .NET's defaults.
/// </summary>
public class BatchRuntimeTests
{
    private static readonly Func<string, string?> NoSettings = _ => null;

    [Theory]
    [InlineData("extract", "a.txt", "--format", "jsonl")]
    [InlineData("ingest", "reports")]
    [InlineData("--db", "x.db", "ingest", "reports")]
    [InlineData("--as", "ana", "eval", "--gold", "g.json", "docs")]
    [InlineData("train-facts", "--sets", "sets.txt")]
    public void A_batch_command_runs_again_with_quick_and_profiled_compilation_off(params string[] args)
    {
        var start = BatchRuntime.Restart(args, NoSettings, "/opt/banwatch/banwatch", "/opt/banwatch/banwatch.dll");

        Assert.NotNull(start);
        Assert.Equal("/opt/banwatch/banwatch", start.FileName);
        Assert.Equal(args, start.ArgumentList);
        Assert.Equal("0", start.Environment["DOTNET_TC_QuickJit"]);
        Assert.Equal("0", start.Environment["DOTNET_TieredPGO"]);
        Assert.False(start.UseShellExecute);
        Assert.False(start.RedirectStandardOutput || start.RedirectStandardError || start.RedirectStandardInput);
    }

    [Theory]
    [InlineData("serve")]
    [InlineData("status", "--as-of", "2010-08-01")]
    [InlineData("--db", "extract", "status")] // a database named "extract"
    [InlineData("--help")]
    [InlineData]
    public void The_server_and_other_commands_run_here(params string[] args) =>
        Assert.Null(BatchRuntime.Restart(args, NoSettings, "/opt/banwatch/banwatch", "/opt/banwatch/banwatch.dll"));

    [Theory]
    [InlineData("DOTNET_TC_QuickJit")]
    [InlineData("DOTNET_TieredPGO")]
    [InlineData("DOTNET_TieredCompilation")]
    public void A_runtime_setting_in_the_environment_is_kept_and_the_command_runs_here(string setting) =>
        Assert.Null(BatchRuntime.Restart(["extract", "a.txt"], name => name == setting ? "1" : null, "/opt/banwatch/banwatch", null));

    [Fact]
    public void Under_the_dotnet_host_the_application_is_named_first()
    {
        var start = BatchRuntime.Restart(["extract", "a.txt"], NoSettings, "/usr/share/dotnet/dotnet", "/opt/banwatch/banwatch.dll");

        Assert.NotNull(start);
        Assert.Equal(["/opt/banwatch/banwatch.dll", "extract", "a.txt"], start.ArgumentList);
        Assert.Null(BatchRuntime.Restart(["extract", "a.txt"], NoSettings, "/usr/share/dotnet/dotnet", entryAssembly: null));
    }

    [Fact]
    public async Task The_command_run_again_writes_to_the_same_streams_and_returns_its_exit_code()
    {
        var ct = TestContext.Current.CancellationToken;
        var folder = Directory.CreateTempSubdirectory("banwatch-batch-").FullName;
        try
        {
            var report = Path.Combine(folder, "report.txt");
            await File.WriteAllTextAsync(report, "Chile ratified the Convention in 2010.", ct);
            var db = Path.Combine(folder, "banwatch.db");

            var found = await BuiltBanwatch.RunAsync(["extract", report, "--format", "jsonl", "--db", db], ct);
            var missing = await BuiltBanwatch.RunAsync(["extract", Path.Combine(folder, "none.txt"), "--db", db], ct);

            Assert.Equal(0, found.ExitCode);
            Assert.Contains("\"kind\":\"ratified\",\"state\":\"CHL\"", found.Out, StringComparison.Ordinal);
            var inProcess = new CliRunner(db) { DataFolder = DataFolder.Shipped };
            Assert.Equal((await inProcess.RunAsync("extract", report, "--format", "jsonl")).Succeeded().Out, found.Out);
            Assert.NotEqual(0, missing.ExitCode);
            Assert.Contains("none.txt", missing.Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
