using Banwatch.Data;

namespace Banwatch.Features.Accounts;

/// <summary>The audit log as people read it: newest first, by day and person. The record behind `banwatch audit`.</summary>
public static class AuditLog
{
    public static async Task<IReadOnlyList<AuditEntry>> ListAsync(BanwatchApp app, DateOnly? since, string? user, int limit, CancellationToken ct = default)
    {
        if (limit is < 1 or > 10_000)
        {
            throw new Core.Failures.BanwatchException(Core.Failures.FailureKind.Invalid, $"{new Core.Failures.Field("limit")}: {limit} is not from 1 to 10000");
        }

        return await app.Db.AuditAsync(since?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), user, limit, ct);
    }
}
