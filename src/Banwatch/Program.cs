using Banwatch.Cli;

return await BanwatchCli.RunAsync(args, new CliContext(Console.Out, Console.Error, TimeProvider.System, dataFolder: null));
