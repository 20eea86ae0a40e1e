using System.Data.Common;
using Banwatch.Core.Failures;
using Banwatch.Data;

namespace Banwatch.Features.Health;

/// <summary>
/// What a reverse proxy or a service manager asks before sending traffic: whether this process can reach its
/// database. The record behind GET /healthz: 200 when it can, 503 (with the reason) when it cannot.
/// </summary>
public sealed record Health(string Status, string Database, int? SchemaVersion, string? Problem)
{
    public bool IsHealthy => Problem is null;

    public static async Task<Health> CheckAsync(BanwatchDb db, CancellationToken ct = default)
    {
        try
        {
            return new Health("ok", db.Dialect.Name, await db.SchemaVersionAsync(ct), null);
        }
        catch (Exception e) when (e is DbException or BanwatchException or IOException or TimeoutException or System.Net.Sockets.SocketException)
        {
            // The reason only: the database's address and credentials stay on the server.
            return new Health("unavailable", db.Dialect.Name, null, e.Message.Split('\n')[0]);
        }
    }
}
