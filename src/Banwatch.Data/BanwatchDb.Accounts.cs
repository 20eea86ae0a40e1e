using Banwatch.Core;
using Banwatch.Core.Accounts;
using Dapper;

namespace Banwatch.Data;

public sealed record StoredUser
{
    public long Id { get; init; }

    public string Name { get; init; } = "";

    public string Role { get; init; } = "";

    public string CreatedAt { get; init; } = "";

    public string? DisabledAt { get; init; }
}

public sealed record SignInRecord
{
    public string Name { get; init; } = "";

    public string Role { get; init; } = "";

    public string? PasswordHash { get; init; }

    public bool Disabled { get; init; }
}

/// <summary>A token as stored: never the token itself, only its SHA-256 hash.</summary>
public sealed record StoredToken
{
    public long Id { get; init; }

    public string User { get; init; } = "";

    public string UserRole { get; init; } = "";

    public bool UserDisabled { get; init; }

    public string Scope { get; init; } = "";

    public string CreatedAt { get; init; } = "";

    public string? ExpiresAt { get; init; }

    public string? RevokedAt { get; init; }
}

/// <summary>One entry of the append-only audit log: who did what to which record, with the values before and after.</summary>
public sealed record AuditEntry
{
    public long Id { get; init; }

    public string At { get; init; } = "";

    public string Actor { get; init; } = "";

    public string Action { get; init; } = "";

    public string Subject { get; init; } = "";

    /// <summary>The record as KIND:KEY ("fact:12", "user:ana"); null for entries about no one record, or written before it was kept.</summary>
    public string? Record { get; init; }

    /// <summary>The state (ISO3) the record is about, when it is about one.</summary>
    public string? State { get; init; }

    public string? Before { get; init; }

    public string? After { get; init; }
}

/// <summary>People, their API tokens and the audit log. Every change to them appends to the log in the same transaction.</summary>
public sealed partial class BanwatchDb
{
    private const string TokenColumns =
        """
        SELECT t.id, u.name AS User, u.role AS UserRole, u.disabled_at IS NOT NULL AS UserDisabled, t.scope, t.created_at AS CreatedAt,
               t.expires_at AS ExpiresAt, t.revoked_at AS RevokedAt
        FROM api_tokens t JOIN users u ON u.id = t.user_id
        """;

    public Task<IReadOnlyList<StoredUser>> UsersAsync(CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<StoredUser>>(
            async c => [.. await c.QueryAsync<StoredUser>("SELECT id, name, role, created_at AS CreatedAt, disabled_at AS DisabledAt FROM users ORDER BY name")], ct);

    public Task<bool> AnyUsersAsync(CancellationToken ct = default) =>
        ReadAsync(async c => await c.ExecuteScalarAsync<long>("SELECT count(*) FROM users") > 0, ct);

    /// <summary>Adds a person; false when the name is taken.</summary>
    public Task<bool> AddUserAsync(string name, Role role, Audit audit, CancellationToken ct = default) =>
        WriteAsync(
            async (c, tx) =>
            {
                if (await c.ExecuteScalarAsync<long>("SELECT count(*) FROM users WHERE name = @name", new { name }, tx) > 0)
                {
                    return false;
                }

                await c.ExecuteAsync(
                    "INSERT INTO users (name, role, created_at) VALUES (@name, @role, @at)", new { name, role = WireName.Of(role), at = audit.At }, tx);
                await AppendAsync(c, tx, audit with { Action = "user-added", Subject = $"user {name}", Record = $"user:{name}", After = $"role={WireName.Of(role)}" });
                return true;
            },
            ct);

    /// <summary>Changes a person's role or disables them (null: unchanged); false when there is no such person.</summary>
    public Task<bool> ChangeUserAsync(string name, Role? role, bool disable, Audit audit, CancellationToken ct = default) =>
        WriteAsync(
            async (c, tx) =>
            {
                var before = await c.QuerySingleOrDefaultAsync<StoredUser>(
                    "SELECT id, name, role, created_at AS CreatedAt, disabled_at AS DisabledAt FROM users WHERE name = @name", new { name }, tx);
                if (before is null)
                {
                    return false;
                }

                var newRole = role is { } r ? WireName.Of(r) : before.Role;
                var disabledAt = disable ? before.DisabledAt ?? audit.At : before.DisabledAt;
                await c.ExecuteAsync("UPDATE users SET role = @newRole, disabled_at = @disabledAt WHERE id = @Id", new { newRole, disabledAt, before.Id }, tx);
                await AppendAsync(
                    c,
                    tx,
                    audit with
                    {
                        Action = disable ? "user-disabled" : "user-role-changed",
                        Subject = $"user {name}",
                        Record = $"user:{name}",
                        Before = $"role={before.Role}{(before.DisabledAt is null ? "" : ", disabled")}",
                        After = $"role={newRole}{(disabledAt is null ? "" : ", disabled")}",
                    });
                return true;
            },
            ct);

    /// <summary>Sets a person's password hash; false when there is no such person.</summary>
    public Task<bool> SetPasswordAsync(string name, string passwordHash, Audit audit, CancellationToken ct = default) =>
        WriteAsync(
            async (c, tx) =>
            {
                if (await c.ExecuteAsync("UPDATE users SET password_hash = @passwordHash WHERE name = @name", new { passwordHash, name }, tx) == 0)
                {
                    return false;
                }

                await AppendAsync(c, tx, audit with { Action = "user-password-set", Subject = $"user {name}", Record = $"user:{name}" });
                return true;
            },
            ct);

    /// <summary>A person's password hash with their role and whether they are disabled, or null when there is no such person.</summary>
    public Task<SignInRecord?> SignInRecordAsync(string name, CancellationToken ct = default) =>
        ReadAsync(
            c => c.QuerySingleOrDefaultAsync<SignInRecord>(
                "SELECT name, role, password_hash AS PasswordHash, disabled_at IS NOT NULL AS Disabled FROM users WHERE name = @name", new { name }),
            ct);

    /// <summary>Stores a new token's hash for a person; null when there is no such person.</summary>
    public Task<long?> AddTokenAsync(string user, string tokenHash, TokenScope scope, string? expiresAt, Audit audit, CancellationToken ct = default) =>
        WriteAsync<long?>(
            async (c, tx) =>
            {
                if (await c.ExecuteScalarAsync<long?>("SELECT id FROM users WHERE name = @user", new { user }, tx) is not { } userId)
                {
                    return null;
                }

                var id = await c.ExecuteScalarAsync<long>(
                    """
                    INSERT INTO api_tokens (user_id, token_hash, scope, created_at, expires_at) VALUES (@userId, @tokenHash, @scope, @at, @expiresAt)
                    RETURNING id
                    """,
                    new { userId, tokenHash, scope = WireName.Of(scope), at = audit.At, expiresAt },
                    tx);
                await AppendAsync(c, tx, audit with { Action = "token-created", Subject = $"token #{id} of {user}", Record = $"token:{id}", After = $"scope={WireName.Of(scope)}, expires={expiresAt ?? "never"}" });
                return id;
            },
            ct);

    /// <summary>Revokes a token at once; false when there is no such token.</summary>
    public Task<bool> RevokeTokenAsync(long id, Audit audit, CancellationToken ct = default) =>
        WriteAsync(
            async (c, tx) =>
            {
                if (await c.ExecuteAsync("UPDATE api_tokens SET revoked_at = @At WHERE id = @id AND revoked_at IS NULL", new { audit.At, id }, tx) == 0)
                {
                    return await c.ExecuteScalarAsync<long>("SELECT count(*) FROM api_tokens WHERE id = @id", new { id }, tx) > 0;
                }

                await AppendAsync(c, tx, audit with { Action = "token-revoked", Subject = $"token #{id}", Record = $"token:{id}" });
                return true;
            },
            ct);

    public Task<StoredToken?> TokenAsync(string tokenHash, CancellationToken ct = default) =>
        ReadAsync(c => c.QuerySingleOrDefaultAsync<StoredToken>($"{TokenColumns} WHERE t.token_hash = @tokenHash", new { tokenHash }), ct);

    public Task<IReadOnlyList<StoredToken>> TokensAsync(string? user, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<StoredToken>>(
            async c => [.. await c.QueryAsync<StoredToken>($"{TokenColumns} WHERE (@user IS NULL OR u.name = @user) ORDER BY t.id", new { user })], ct);

    /// <summary>The audit log, newest first, from <paramref name="since"/> (ISO 8601), by one actor and about one state if given.</summary>
    public Task<IReadOnlyList<AuditEntry>> AuditAsync(string? since, string? actor, int limit, string? state = null, int offset = 0, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<AuditEntry>>(
            async c => [.. await c.QueryAsync<AuditEntry>(
                $"""
                SELECT id, at, actor, action, subject, record, state, before, after FROM audit_log
                {AuditFilter}
                ORDER BY id DESC
                LIMIT @limit OFFSET @offset
                """,
                new { since, actor, state, limit, offset })],
            ct);

    public Task<int> AuditCountAsync(string? since, string? actor, string? state, CancellationToken ct = default) =>
        ReadAsync(c => c.ExecuteScalarAsync<int>($"SELECT count(*) FROM audit_log {AuditFilter}", new { since, actor, state }), ct);

    private const string AuditFilter = "WHERE (@since IS NULL OR at >= @since) AND (@actor IS NULL OR actor = @actor) AND (@state IS NULL OR state = @state)";

    /// <summary>
    /// A write with the audit entries <paramref name="entries"/> makes of its result, appended in the same transaction:
    /// the change and the record of who made it land together or not at all. No audit (null): the write alone.
    /// </summary>
    private Task<T> AuditedAsync<T>(Audit? audit, Func<T, Audit, IEnumerable<Audit>> entries, Func<System.Data.Common.DbConnection, System.Data.Common.DbTransaction, Task<T>> write, CancellationToken ct) =>
        WriteAsync(
            async (c, tx) =>
            {
                var result = await write(c, tx);
                if (audit is not null)
                {
                    await AppendAsync(c, tx, entries(result, audit));
                }

                return result;
            },
            ct);

    /// <param name="a">One <see cref="Audit"/>, or several to append in order.</param>
    private static Task<int> AppendAsync(System.Data.Common.DbConnection c, System.Data.Common.DbTransaction tx, object a) =>
        c.ExecuteAsync(
            "INSERT INTO audit_log (at, actor, action, subject, record, state, before, after) VALUES (@At, @Actor, @Action, @Subject, @Record, @State, @Before, @After)",
            a,
            tx);
}

/// <summary>An audit entry to append: who (a user's name, or "local:NAME" for the person at the machine), when, what.</summary>
/// <param name="Record">The record as KIND:KEY ("fact:12"), and <paramref name="State"/> the state it is about, when it is about one.</param>
public sealed record Audit(string Actor, string At, string Action = "", string Subject = "", string? Before = null, string? After = null, string? Record = null, string? State = null);
