using Banwatch.Core.Failures;
using Banwatch.Output;
using Banwatch.Web;

namespace Banwatch.Features.Accounts;

/// <summary>/api/admin: people, tokens and the audit log for admins (the gate refuses everyone else, reads included).</summary>
public static class AccountsApi
{
    public static void MapAccountsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/admin/audit", (BanwatchApp app, HttpContext http, string? since, string? user, string? state, string? limit, string? offset, string? format, CancellationToken ct) => Api.Guard(async () =>
            Api.Answer(
                await AuditLog.LoadAsync(app, Callers.Of(http), string.IsNullOrWhiteSpace(since) ? null : Dates.Parse(since, new Field("since")), Blank(user), Blank(state), PageRequest.Parse(limit, offset, AuditLog.DefaultLimit), ct),
                format,
                l => l.Entries)))
            .WithName("audit_log")
            .WithSummary("Who changed what and when, newest first: from a day, by one person, about one state (admins only)")
            .Produces<AuditLog>();
        routes.MapGet("/api/admin/users", (BanwatchApp app, HttpContext http, string? format, CancellationToken ct) => Api.Guard(async () =>
            Api.Answer(await AccountsOverview.LoadAsync(app, Callers.Of(http), ct), format, o => o.Users)))
            .WithName("users")
            .WithSummary("People with their roles, and their API tokens (never the tokens themselves) (admins only)")
            .Produces<AccountsOverview>();
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
