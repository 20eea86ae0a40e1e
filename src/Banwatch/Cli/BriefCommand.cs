using System.CommandLine;
using Banwatch.Core.Failures;
using Banwatch.Features.Campaigns;
using Banwatch.Output;

namespace Banwatch.Cli;

public static class BriefCommand
{
    public static Command Create(CliContext context)
    {
        var state = new Argument<string?>("STATE") { Description = "ISO3 code, name or alias", Arity = ArgumentArity.ZeroOrOne };
        var group = new Option<string?>("--group") { HelpName = "NAME", Description = "A pack for every state of this target group instead" };
        var rules = new Option<string?>("--rules") { HelpName = "FILE", Description = "The rules file defining --group; default data/targets.yaml" };
        var asOf = BanwatchCli.DateOption("--as-of", "The day the pack speaks for; default today");
        var format = BanwatchCli.FormatOption(OutputFormat.Html, OutputFormat.Md);
        var command = new Command("brief", "A printable briefing pack (two pages): status, obligations, positions with sources and counter-arguments, process, categories, votes, facts, actions")
        {
            state, group, rules, asOf, format,
        };
        command.SetAction((parse, ct) => BanwatchCli.Guard(context, async () =>
        {
            var name = parse.GetValue(state);
            var groupName = parse.GetValue(group);
            if ((name is null) == (groupName is null))
            {
                throw new BanwatchException(FailureKind.Invalid, $"give a STATE or {new Field("group")} NAME (one of them)");
            }

            using var app = await context.OpenAsync(parse.GetValue(BanwatchCli.Db), ct);
            var day = parse.GetValue(asOf) ?? app.Today;
            var packs = groupName is null ? await Briefs.ForStateAsync(app, name!, day, ct) : await Briefs.ForGroupAsync(app, groupName, day, parse.GetValue(rules), ct);
            await context.Out.WriteAsync(parse.GetValue(format) == OutputFormat.Html
                ? BriefRendering.Html(packs, groupName is null ? $"{packs[0].Name} briefing pack" : $"{groupName} briefing packs")
                : BriefRendering.Markdown(packs));
        }));
        return command;
    }
}
