using System.Reflection;
using Dapper;

namespace Banwatch.Data;

/// <summary>
/// Applies the numbered scripts under Migrations/{dialect}/ in order, each in its own transaction that also
/// records its number in schema_version, so a failed step leaves the schema at the previous version.
/// Many processes may open a new database at once (a server's workers, a cron job beside them): each step takes
/// the writers' lock first and checks again, under it, whether another process applied that step meanwhile.
/// </summary>
internal sealed class Migrator(BanwatchDb db)
{
    private const string CreateVersionTable =
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";

    public static IReadOnlyList<(int Version, string Name, string Sql)> Scripts(string folder)
    {
        var assembly = typeof(Migrator).Assembly;
        var prefix = $"migrations/{folder}/";
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Select(n =>
            {
                var file = n[prefix.Length..];
                var version = int.Parse(file[..file.IndexOf('_', StringComparison.Ordinal)]);
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return (version, file, reader.ReadToEnd());
            })
            .OrderBy(m => m.version)];
    }

    /// <summary>Brings the schema up to date; true when the database was new (no schema at all before).</summary>
    public async Task<bool> MigrateAsync(CancellationToken ct)
    {
        var scripts = Scripts(db.Dialect.MigrationsFolder);

        // An up-to-date database is only read: no lock, no write, whoever else has it open.
        var applied = await db.ReadAsync(AppliedAsync, ct);
        foreach (var (version, name, sql) in scripts.Where(s => !applied.Contains(s.Version)))
        {
            await db.WriteExclusivelyAsync(
                async (c, tx) =>
                {
                    await c.ExecuteAsync(CreateVersionTable, transaction: tx);
                    if (await c.ExecuteScalarAsync<int>("SELECT count(*) FROM schema_version WHERE version = @version", new { version }, tx) > 0)
                    {
                        return 0;
                    }

                    await c.ExecuteAsync(sql, transaction: tx);
                    return await c.ExecuteAsync(
                        "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @at)",
                        new { version, name, at = DateTime.UtcNow.ToString("O") },
                        tx);
                },
                ct);
        }

        return applied.Count == 0;
    }

    /// <summary>The versions already applied; none on a new database, where schema_version does not exist yet.</summary>
    private async Task<HashSet<int>> AppliedAsync(System.Data.Common.DbConnection c) =>
        (await db.Dialect.TablesAsync(c)).Contains("schema_version")
            ? [.. await c.QueryAsync<int>("SELECT version FROM schema_version")]
            : [];
}
