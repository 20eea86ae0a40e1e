using System.CommandLine;
using System.Net.Sockets;
using Banwatch.Core.Failures;
using Banwatch.Web;
using Microsoft.AspNetCore.Connections;

namespace Banwatch.Cli;

public static class ServeCommand
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    private static readonly Field Urls = new("urls");

    public static Command Create(CliContext context)
    {
        var urls = new Option<string>("--urls") { HelpName = "URL", Description = "Where to listen", DefaultValueFactory = _ => DefaultUrl };
        var privately = new Option<bool>("--private") { Description = "Reading needs a sign-in or an API token too (by default anyone may read)" };
        var behindProxy = new Option<bool>("--behind-proxy") { Description = "A reverse proxy on this machine passes requests on: trust its X-Forwarded-For and X-Forwarded-Proto" };
        var command = new Command("serve", "Run the web app and the JSON API") { urls, privately, behindProxy };
        command.SetAction((parse, ct) => BanwatchCli.Guard(context, async () =>
        {
            var where = Checked(parse.GetValue(urls) ?? DefaultUrl);
            using var app = await context.OpenAsync(parse.GetValue(BanwatchCli.Db), ct);
            var web = WebApp.Build(app, where, options: new WebOptions(parse.GetValue(privately), parse.GetValue(behindProxy)));
            try
            {
                await web.StartAsync(ct);
            }
            catch (IOException e) when (e.InnerException is AddressInUseException or SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse })
            {
                throw new BanwatchException(FailureKind.Conflict, $"{Urls}: {where} is already in use by another program; choose another port", e);
            }

            await context.Out.WriteLineAsync($"Banwatch on {where} (database {app.Db.Target.Display}); Ctrl+C stops.");
            await web.WaitForShutdownAsync(ct);
        }));
        return command;
    }

    /// <summary>Each of the ';'-separated addresses as Kestrel reads them (http or https, a host or *, a port), checked before anything is opened.</summary>
    private static string Checked(string urls)
    {
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!IsListenAddress(url))
            {
                throw new BanwatchException(FailureKind.Invalid, $"{Urls}: '{url}' is not an address to listen on, such as {DefaultUrl}");
            }
        }

        return urls;
    }

    private static bool IsListenAddress(string url)
    {
        try
        {
            return BindingAddress.Parse(url).Scheme is "http" or "https";
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
