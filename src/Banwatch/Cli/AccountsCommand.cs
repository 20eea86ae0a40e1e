using System.CommandLine;
using Banwatch.Core;
using Banwatch.Core.Accounts;
using Banwatch.Features.Accounts;
using Banwatch.Output;
using Spectre.Console;

namespace Banwatch.Cli;

/// <summary>`banwatch users`, `banwatch tokens` and `banwatch audit`: people, their API tokens and who changed what.</summary>
public static class AccountsCommand
{
    public static Command Users(CliContext context)
    {
        var users = new Command("users", "People with an account on this database and their roles (reader, editor, admin)");
        var name = new Argument<string>("name") { Description = "The user's name (letters, digits, . _ - @)" };
        var role = BanwatchCli.ParsedOption("--role", "reader|editor|admin", "The role: reader reads, editor changes the record, admin also manages people and tokens", ParseRole);

        var add = new Command("add", "Add a person with a role (the first admin is added here, by the person at the machine)") { name, role };
        add.SetAction((parse, ct) => Run(context, parse, async (app, caller) =>
        {
            var added = await Accounts.AddUserAsync(app, caller, parse.GetValue(name)!, parse.GetValue(role) ?? Role.Reader, ct);
            await context.Out.WriteLineAsync($"added {added.Name} ({WireName.Of(added.Role)}); make them an API token with `banwatch tokens create --user {added.Name}`");
        }, ct));

        var format = BanwatchCli.FormatOption(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
        var list = new Command("list", "Everyone with an account") { format };
        list.SetAction((parse, ct) => Run(context, parse, async (app, _) =>
        {
            var rows = await Accounts.ListUsersAsync(app, ct);
            context.Write(parse.GetValue(format), rows, () => Table(context.Console, ["Name", "Role", "Created", "Disabled"], rows.Select(u => new[] { u.Name, WireName.Of(u.Role), u.CreatedAt, u.Disabled ? "yes" : "" })), () => Csv.Write(context.Out, rows));
        }, ct));

        var newRole = BanwatchCli.ParsedOption("--role", "reader|editor|admin", "The new role", ParseRole);
        newRole.Required = true;
        var change = new Command("role", "Change a person's role") { name, newRole };
        change.SetAction((parse, ct) => Run(context, parse, async (app, caller) =>
        {
            var changed = await Accounts.ChangeUserAsync(app, caller, parse.GetValue(name)!, parse.GetValue(newRole), disable: false, ct);
            await context.Out.WriteLineAsync($"{changed.Name} is now {WireName.Of(changed.Role)}");
        }, ct));

        var disable = new Command("disable", "Disable a person: their tokens stop working at once; what they did stays in the audit log") { name };
        disable.SetAction((parse, ct) => Run(context, parse, async (app, caller) =>
        {
            var changed = await Accounts.ChangeUserAsync(app, caller, parse.GetValue(name)!, null, disable: true, ct);
            await context.Out.WriteLineAsync($"{changed.Name} is disabled");
        }, ct));

        var password = new Command("password", "Set a person's password for signing in to the web app, read from standard input (never from the command line, so it stays out of shell history)") { name };
        password.SetAction((parse, ct) => Run(context, parse, async (app, caller) =>
        {
            var line = await Console.In.ReadLineAsync(ct) ?? "";
            await Accounts.SetPasswordAsync(app, caller, parse.GetValue(name)!, line, ct);
            await context.Out.WriteLineAsync($"password set for {parse.GetValue(name)}");
        }, ct));

        users.Subcommands.Add(add);
        users.Subcommands.Add(password);
        users.Subcommands.Add(list);
        users.Subcommands.Add(change);
        users.Subcommands.Add(disable);
        return users;
    }

    public static Command Tokens(CliContext context)
    {
        var tokens = new Command("tokens", "API tokens for scripts: Authorization: Bearer TOKEN on /api/*");
        var user = new Option<string>("--user") { HelpName = "USER", Description = "Whose token it is: the script acts as this person", Required = true };
        var scope = BanwatchCli.ParsedOption("--scope", "read|write", "read, or write (within the owner's role); default read", (text, field) => Parse<TokenScope>(text, field, "read, write"));
        var expires = new Option<int?>("--expires") { HelpName = "DAYS", Description = "Days until it stops working (default: until revoked)" };
        var create = new Command("create", "Make a token; it is shown once and only its hash is stored") { user, scope, expires };
        create.SetAction((parse, ct) => Run(context, parse, async (app, caller) =>
        {
            var made = await Accounts.CreateTokenAsync(app, caller, parse.GetValue(user)!, parse.GetValue(scope) ?? TokenScope.Read, parse.GetValue(expires), ct);
            await context.Error.WriteLineAsync($"token #{made.Id} for {made.User} ({WireName.Of(made.Scope)}{(made.ExpiresAt is { } e ? $", until {e}" : "")}); it is shown only now:");
            await context.Out.WriteLineAsync(made.Token);
        }, ct));

        var format = BanwatchCli.FormatOption(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
        var only = new Option<string?>("--user") { HelpName = "USER", Description = "Only this person's tokens" };
        var list = new Command("list", "Tokens with their owner, scope, expiry and revocation (never the token itself)") { only, format };
        list.SetAction((parse, ct) => Run(context, parse, async (app, _) =>
        {
            var rows = await Accounts.ListTokensAsync(app, parse.GetValue(only), ct);
            context.Write(
                parse.GetValue(format),
                rows,
                () => Table(context.Console, ["Id", "User", "Scope", "Created", "Expires", "Revoked"], rows.Select(t => new[] { $"{t.Id}", t.User, WireName.Of(t.Scope), t.CreatedAt, t.ExpiresAt ?? "never", t.RevokedAt ?? "" })),
                () => Csv.Write(context.Out, rows));
        }, ct));

        var id = new Argument<long>("id") { Description = "The token's id, as `tokens list` shows it" };
        var revoke = new Command("revoke", "Revoke a token: it stops working at once") { id };
        revoke.SetAction((parse, ct) => Run(context, parse, async (app, caller) =>
        {
            await Accounts.RevokeTokenAsync(app, caller, parse.GetValue(id), ct);
            await context.Out.WriteLineAsync($"token #{parse.GetValue(id)} revoked");
        }, ct));

        tokens.Subcommands.Add(create);
        tokens.Subcommands.Add(list);
        tokens.Subcommands.Add(revoke);
        return tokens;
    }

    public static Command Audit(CliContext context)
    {
        var since = BanwatchCli.DateOption("--since", "Only changes on or after this day");
        var user = new Option<string?>("--user") { HelpName = "NAME", Description = "Only changes by this person (local:NAME for the person at the machine)" };
        var state = new Option<string?>("--state") { HelpName = "STATE", Description = "Only changes to what the record says about this state" };
        var page = new PageOptions(defaultLimit: AuditLog.DefaultLimit);
        var format = BanwatchCli.FormatOption(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
        var audit = new Command("audit", "Who changed what and when (the append-only audit log), newest first; admins only") { since, user, state, format };
        page.AddTo(audit);
        audit.SetAction((parse, ct) => Run(context, parse, async (app, caller) =>
        {
            var log = await AuditLog.LoadAsync(app, caller, parse.GetValue(since), parse.GetValue(user), parse.GetValue(state), page.From(parse)!.Value, ct);
            context.Write(
                parse.GetValue(format),
                log,
                () =>
                {
                    Table(context.Console, ["At", "Who", "Action", "Subject", "Before", "After"], log.Entries.Select(a => new[] { a.At, a.Actor, a.Action, a.Subject, a.Before ?? "", a.After ?? "" }));
                    var (first, last) = log.Paging.Shown(log.Entries.Count);
                    context.Console.MarkupLine(log.Entries.Count == log.Paging.Total ? $"{log.Paging.Total} changes" : $"changes {first}–{last} of {log.Paging.Total}");
                },
                () => Csv.Write(context.Out, log.Entries));
        }, ct));
        return audit;
    }

    private static Task<int> Run(CliContext context, ParseResult parse, Func<BanwatchApp, Caller, Task> body, CancellationToken ct) =>
        BanwatchCli.Guard(context, async () =>
        {
            using var app = await context.OpenAsync(parse.GetValue(BanwatchCli.Db), ct);
            await body(app, await Accounts.CliCallerAsync(app, parse.GetValue(BanwatchCli.As), ct));
        });

    private static void Table(IAnsiConsole console, string[] columns, IEnumerable<string[]> rows)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumns(columns);
        foreach (var row in rows)
        {
            table.AddRow([.. row.Select(Markup.Escape)]);
        }

        console.WriteFitted(table);
    }

    private static Role ParseRole(string text, Core.Failures.Field field) => Parse<Role>(text, field, "reader, editor, admin");

    private static T Parse<T>(string text, Core.Failures.Field field, string allowed)
        where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: true, out var value) && !int.TryParse(text, out _)
            ? value
            : throw new Core.Failures.BanwatchException(Core.Failures.FailureKind.Invalid, $"{field}: '{text}' is not one of {allowed}");
}
