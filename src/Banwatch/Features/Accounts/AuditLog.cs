using Banwatch.Core.Accounts;
using Banwatch.Core.Failures;
using Banwatch.Core.States;
using Banwatch.Data;

namespace Banwatch.Features.Accounts;

/// <summary>
/// The audit log as people read it: newest first, a page at a time, from a day, by one person and about one state if
/// asked. Only admins read it whole (it names people and tokens): the record behind `banwatch audit`, /admin/audit and
/// /api/admin/audit. A state's own changes are public on its page (<see cref="OfStateAsync"/>).
/// </summary>
public sealed record AuditLog(DateOnly? Since, string? User, string? State, Paging Paging, IReadOnlyList<AuditEntry> Entries)
{
    public const int DefaultLimit = 100;

    public static async Task<AuditLog> LoadAsync(BanwatchApp app, Caller caller, DateOnly? since, string? user, string? state, PageRequest page, CancellationToken ct = default)
    {
        caller.Require(Role.Admin, "reading the audit log");
        var iso3 = state is null ? null : (await Catalog.LoadAsync(app.Db, ct)).Resolve(state).Iso3.Value;
        var day = since?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var entries = await app.Db.AuditAsync(day, user, page.Limit, iso3, page.Offset, ct);
        return new AuditLog(since, user, iso3, new Paging(await app.Db.AuditCountAsync(day, user, iso3, ct), page), entries);
    }

    /// <summary>The latest changes to what the record says about one state (facts reviewed, positions, categories, actions, obligation updates).</summary>
    public static Task<IReadOnlyList<AuditEntry>> OfStateAsync(BanwatchDb db, Iso3 state, int limit, CancellationToken ct = default) =>
        db.AuditAsync(null, null, limit, state.Value, ct: ct);

    /// <summary>"position-added by ana on 2026-12-01": one change in a line.</summary>
    public static string Describe(AuditEntry e) => $"{e.Action.Replace('-', ' ')} by {e.Actor} on {(e.At.Length >= 10 ? e.At[..10] : e.At)}";
}
