using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Banwatch.Core;
using Banwatch.Core.Accounts;
using Banwatch.Core.Failures;
using Banwatch.Data;
using Microsoft.AspNetCore.Identity;

namespace Banwatch.Features.Accounts;

/// <summary>
/// Who is acting: a person with an account and a role, or the person at the machine running the CLI (an admin of
/// their own database, named "local:USER" in the audit log).
/// </summary>
public sealed record Caller(string Name, Role Role)
{
    public static Caller Local { get; } = new($"local:{Environment.UserName}", Role.Admin);

    /// <summary>
    /// The caller of a write that changes the record (the person at the machine when none is given, as in tests and
    /// in-process tools), held to the editor role.
    /// </summary>
    public static Caller OrLocal(Caller? caller, string what)
    {
        var who = caller ?? Local;
        who.Require(Access.Needed(managesAccounts: false), what);
        return who;
    }

    /// <summary>Refuses (forbidden) what this caller's role does not allow.</summary>
    public void Require(Role needed, string what)
    {
        if (!Access.Allows(Role, needed))
        {
            throw new BanwatchException(FailureKind.Forbidden, $"{Name} is {WireName.Of(Role)}: {what} needs the {WireName.Of(needed)} role");
        }
    }
}

public sealed record UserRow(string Name, Role Role, string CreatedAt, bool Disabled)
{
    public static UserRow From(StoredUser u) => new(u.Name, WireName.Parse<Role>(u.Role), u.CreatedAt, u.DisabledAt is not null);
}

/// <summary>A token just made: <see cref="Token"/> is shown this once and only its hash is stored.</summary>
public sealed record CreatedToken(long Id, string User, TokenScope Scope, string? ExpiresAt, string Token);

public sealed record TokenRow(long Id, string User, TokenScope Scope, string CreatedAt, string? ExpiresAt, string? RevokedAt)
{
    public static TokenRow From(StoredToken t) => new(t.Id, t.User, WireName.Parse<TokenScope>(t.Scope), t.CreatedAt, t.ExpiresAt, t.RevokedAt);
}

/// <summary>Everyone with an account and every API token (only what is stored of it): the record behind /admin/users and /api/admin/users.</summary>
public sealed record AccountsOverview(IReadOnlyList<UserRow> Users, IReadOnlyList<TokenRow> Tokens)
{
    public static async Task<AccountsOverview> LoadAsync(BanwatchApp app, Caller caller, CancellationToken ct = default)
    {
        caller.Require(Role.Admin, "seeing people and tokens");
        return new AccountsOverview(await Accounts.ListUsersAsync(app, ct), await Accounts.ListTokensAsync(app, null, ct));
    }
}

/// <summary>People, roles and API tokens: each change needs an admin and is written to the audit log with who made it.</summary>
public static partial class Accounts
{
    /// <summary>Tokens start with this, so a leaked one is recognisable in logs and by secret scanners.</summary>
    public const string TokenPrefix = "bw_";

    public static async Task<UserRow> AddUserAsync(BanwatchApp app, Caller caller, string name, Role role, CancellationToken ct = default)
    {
        caller.Require(Access.Needed(managesAccounts: true), "adding people");
        if (!UserName().IsMatch(name))
        {
            throw new BanwatchException(FailureKind.Invalid, $"{new Field("name")}: '{name}' is not a user name (letters, digits, . _ - and @; 1 to 64 characters)");
        }

        if (!await app.Db.AddUserAsync(name, role, Audit(app, caller), ct))
        {
            throw new BanwatchException(FailureKind.Conflict, $"there is already a user '{name}'");
        }

        return (await ListUsersAsync(app, ct)).Single(u => u.Name == name);
    }

    public static async Task<UserRow> ChangeUserAsync(BanwatchApp app, Caller caller, string name, Role? role, bool disable, CancellationToken ct = default)
    {
        caller.Require(Access.Needed(managesAccounts: true), "changing people");
        if (!await app.Db.ChangeUserAsync(name, role, disable, Audit(app, caller), ct))
        {
            throw new BanwatchException(FailureKind.NotFound, $"no user '{name}' (see `banwatch users list`)");
        }

        return (await ListUsersAsync(app, ct)).Single(u => u.Name == name);
    }

    public static async Task<IReadOnlyList<UserRow>> ListUsersAsync(BanwatchApp app, CancellationToken ct = default) =>
        [.. (await app.Db.UsersAsync(ct)).Select(UserRow.From)];

    /// <summary>Shorter passwords are refused: a team server may face the internet.</summary>
    public const int MinPasswordLength = 12;

    private static readonly PasswordHasher<string> Hasher = new();

    public static async Task SetPasswordAsync(BanwatchApp app, Caller caller, string name, string password, CancellationToken ct = default)
    {
        caller.Require(Access.Needed(managesAccounts: true), "setting passwords");
        if (password.Length < MinPasswordLength)
        {
            throw new BanwatchException(FailureKind.Invalid, $"{new Field("password")}: at least {MinPasswordLength} characters");
        }

        if (!await app.Db.SetPasswordAsync(name, Hasher.HashPassword(name, password), Audit(app, caller), ct))
        {
            throw new BanwatchException(FailureKind.NotFound, $"no user '{name}' (see `banwatch users list`)");
        }
    }

    /// <summary>The person a name and password stand for; one reason for every refusal, so a guesser learns nothing about names.</summary>
    public static async Task<Caller> SignInAsync(BanwatchApp app, string name, string password, CancellationToken ct = default)
    {
        var record = await app.Db.SignInRecordAsync(name, ct);
        var verified = record?.PasswordHash is { } hash && Hasher.VerifyHashedPassword(name, hash, password) != PasswordVerificationResult.Failed;
        if (!verified || record!.Disabled)
        {
            throw new BanwatchException(FailureKind.Unauthenticated, $"wrong name or password, or the account is disabled");
        }

        return new Caller(record.Name, WireName.Parse<Role>(record.Role));
    }

    /// <summary>The person a signed-in session names, as they are now (a role changed or an account disabled since sign-in counts).</summary>
    public static async Task<Caller> SessionCallerAsync(BanwatchApp app, string name, CancellationToken ct = default)
    {
        var record = await app.Db.SignInRecordAsync(name, ct);
        return record is { Disabled: false }
            ? new Caller(record.Name, WireName.Parse<Role>(record.Role))
            : throw new BanwatchException(FailureKind.Unauthenticated, $"the account '{name}' is disabled or gone: sign in again");
    }

    /// <param name="days">How long the token lasts; null: until revoked.</param>
    public static async Task<CreatedToken> CreateTokenAsync(BanwatchApp app, Caller caller, string user, TokenScope scope, int? days, CancellationToken ct = default)
    {
        caller.Require(Access.Needed(managesAccounts: true), "making API tokens");
        if (days is < 1 or > 3650)
        {
            throw new BanwatchException(FailureKind.Invalid, $"{new Field("expires")}: {days} days is not from 1 to 3650");
        }

        var token = TokenPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var expires = days is { } d ? Stamp(app.Time.GetUtcNow().AddDays(d)) : null;
        var id = await app.Db.AddTokenAsync(user, Hash(token), scope, expires, Audit(app, caller), ct)
            ?? throw new BanwatchException(FailureKind.NotFound, $"no user '{user}' (see `banwatch users list`)");
        return new CreatedToken(id, user, scope, expires, token);
    }

    public static async Task RevokeTokenAsync(BanwatchApp app, Caller caller, long id, CancellationToken ct = default)
    {
        caller.Require(Access.Needed(managesAccounts: true), "revoking API tokens");
        if (!await app.Db.RevokeTokenAsync(id, Audit(app, caller), ct))
        {
            throw new BanwatchException(FailureKind.NotFound, $"no token #{id} (see `banwatch tokens list`)");
        }
    }

    public static async Task<IReadOnlyList<TokenRow>> ListTokensAsync(BanwatchApp app, string? user, CancellationToken ct = default) =>
        [.. (await app.Db.TokensAsync(user, ct)).Select(TokenRow.From)];

    /// <summary>The person and scope an API token stands for, or an unauthenticated failure saying why it does not.</summary>
    public static async Task<(Caller Caller, TokenScope Scope)> AuthenticateAsync(BanwatchApp app, string token, CancellationToken ct = default)
    {
        var stored = token.StartsWith(TokenPrefix, StringComparison.Ordinal) ? await app.Db.TokenAsync(Hash(token), ct) : null;
        var now = Stamp(app.Time.GetUtcNow());
        var refusal = stored switch
        {
            null => "the API token is not known",
            { RevokedAt: not null } => "the API token was revoked",
            { ExpiresAt: { } expires } when string.CompareOrdinal(expires, now) <= 0 => $"the API token expired at {expires}",
            { UserDisabled: true } => $"the account '{stored.User}' is disabled",
            _ => null,
        };
        if (refusal is not null)
        {
            throw new BanwatchException(FailureKind.Unauthenticated, $"{refusal}");
        }

        return (new Caller(stored!.User, WireName.Parse<Role>(stored.UserRole)), WireName.Parse<TokenScope>(stored.Scope));
    }

    /// <summary>
    /// The CLI's caller: the person at the machine, or with --as the named account (which must exist and be enabled),
    /// so that a script run for someone is held to their role and logged under their name.
    /// </summary>
    public static async Task<Caller> CliCallerAsync(BanwatchApp app, string? actAs, CancellationToken ct = default)
    {
        if (actAs is null)
        {
            return Caller.Local;
        }

        var user = (await app.Db.UsersAsync(ct)).FirstOrDefault(u => u.Name == actAs)
            ?? throw new BanwatchException(FailureKind.Invalid, $"{new Field("as")}: no user '{actAs}' (see `banwatch users list`)");
        return user.DisabledAt is null
            ? new Caller(user.Name, WireName.Parse<Role>(user.Role))
            : throw new BanwatchException(FailureKind.Unauthenticated, $"the account '{actAs}' is disabled");
    }

    public static Audit Audit(BanwatchApp app, Caller caller) => new(caller.Name, Stamp(app.Time.GetUtcNow()));

    /// <summary>A moment as the accounts tables and the audit log store it: UTC to the second, so stored values compare as text.</summary>
    private static string Stamp(DateTimeOffset moment) => moment.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    [GeneratedRegex(@"^[\p{L}\p{N}._@-]{1,64}$")]
    private static partial Regex UserName();
}
