using System.Reflection;
using Dapper;

namespace Banwatch.Data;

/// <summary>
/// Applies the numbered scripts under Migrations/{dialect}/ in order, each in its own transaction that also
/// records its number in schema_version, so a failed step leaves the schema at the previous version.
/// </summary>
internal sealed class Migrator(BanwatchDb db)
{
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

    public async Task MigrateAsync(CancellationToken ct)
    {
        await db.WriteAsync(
            (c, tx) => c.ExecuteAsync(
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
                transaction: tx),
            ct);
        var applied = (await db.ReadAsync(c => c.QueryAsync<int>("SELECT version FROM schema_version"), ct)).ToHashSet();
        foreach (var (version, name, sql) in Scripts(db.Dialect.MigrationsFolder).Where(s => !applied.Contains(s.Version)))
        {
            await db.WriteAsync(
                async (c, tx) =>
                {
                    await c.ExecuteAsync(sql, transaction: tx);
                    return await c.ExecuteAsync(
                        "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @at)",
                        new { version, name, at = DateTime.UtcNow.ToString("O") },
                        tx);
                },
                ct);
        }
    }
}
