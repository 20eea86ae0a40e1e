using System.Globalization;
using System.Text;
using Banwatch.Cli;

// Dates and numbers are written the same way whatever the machine's locale (ISO dates, Gregorian calendar).
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;

if (BatchRuntime.Restart(args, Environment.GetEnvironmentVariable, Environment.ProcessPath, System.Reflection.Assembly.GetEntryAssembly()?.Location) is { } restart)
{
    return await BatchRuntime.RunAsync(restart);
}

// Console.Out hands a redirected stream its text 256 characters per system call; `extract` writes tens of megabytes
// to files and pipes. This writer takes 64 KB at a time and still flushes at the end of every write, as Console.Out does.
var stdout = Console.IsOutputRedirected
    ? TextWriter.Synchronized(new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = true })
    : Console.Out;
return await BanwatchCli.RunAsync(args, new CliContext(stdout, Console.Error, TimeProvider.System, dataFolder: null));
