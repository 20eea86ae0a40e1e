using System.Diagnostics;
using System.Text.Json;

namespace Banwatch.Tests.Cli;

/// <summary>
/// How a newcomer gets `banwatch`: the project packs as the `banwatch` .NET tool (README "`banwatch` on the PATH"), and
/// `dotnet run` starts in the folder it was typed in, so relative paths are the user's (MSBuild's evaluation says so
/// without building).
/// </summary>
public sealed class InstallTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("banwatch-run-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Dotnet_run_starts_where_it_was_typed_and_the_project_packs_as_the_banwatch_tool()
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "msbuild", Path.Combine(Repository.Root, "src", "Banwatch", "Banwatch.csproj"), "-getProperty:RunWorkingDirectory", "-getProperty:PackAsTool", "-getProperty:ToolCommandName", "-getProperty:IsPackable" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, output + await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken));

        var properties = JsonDocument.Parse(output).RootElement.GetProperty("Properties");
        Assert.Equal(Path.TrimEndingDirectorySeparator(_folder), Path.TrimEndingDirectorySeparator(properties.GetProperty("RunWorkingDirectory").GetString()!));
        Assert.Equal(("true", "true", "banwatch"), (properties.GetProperty("IsPackable").GetString(), properties.GetProperty("PackAsTool").GetString(), properties.GetProperty("ToolCommandName").GetString()));
    }
}
