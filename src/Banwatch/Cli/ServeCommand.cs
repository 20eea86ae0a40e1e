using System.CommandLine;
using Banwatch.Web;

namespace Banwatch.Cli;

public static class ServeCommand
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static Command Create(CliContext context)
    {
        var urls = new Option<string>("--urls") { HelpName = "URL", Description = "Where to listen", DefaultValueFactory = _ => DefaultUrl };
        var command = new Command("serve", "Run the web app and the JSON API") { urls };
        command.SetAction((parse, ct) => BanwatchCli.Guard(context, async () =>
        {
            using var app = await context.OpenAsync(parse.GetValue(BanwatchCli.Db), ct);
            var web = WebApp.Build(app, parse.GetValue(urls) ?? DefaultUrl);
            await context.Out.WriteLineAsync($"Banwatch on {parse.GetValue(urls)} (database {app.Db.Target.Display}); Ctrl+C stops.");
            await web.StartAsync(ct);
            await web.WaitForShutdownAsync(ct);
        }));
        return command;
    }
}
