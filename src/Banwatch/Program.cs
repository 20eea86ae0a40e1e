using System.Globalization;
using Banwatch.Cli;

// Dates and numbers are written the same way whatever the machine's locale (ISO dates, Gregorian calendar).
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;

return await BanwatchCli.RunAsync(args, new CliContext(Console.Out, Console.Error, TimeProvider.System, dataFolder: null));
