using Banwatch.Core.Failures;
using Npgsql;

namespace Banwatch.Data;

public enum DbProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Where the database is, as given by --db or BANWATCH_DB: a file path (SQLite) or a postgres:// URL.
/// </summary>
public sealed record DbTarget(DbProvider Provider, string ConnectionString, string Display)
{
    public const string EnvironmentVariable = "BANWATCH_DB";

    private static readonly Field Option = new("db");

    /// <summary>The embedded database used when neither --db nor BANWATCH_DB is given.</summary>
    public static string DefaultSqlitePath =>
        Path.Combine(
            Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify),
            "banwatch",
            "banwatch.db");

    /// <summary>The default path as people read it in help and docs, whatever this machine's home is.</summary>
    public const string DefaultSqlitePathDescription = "~/.local/share/banwatch/banwatch.db";

    /// <summary>--db wins over BANWATCH_DB, which wins over the default path.</summary>
    public static DbTarget Resolve(string? option)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return Parse(option);
        }

        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } env)
        {
            return Parse(env);
        }

        // Banwatch's own folder is made on first use; a folder a person names must exist (see Parse).
        Directory.CreateDirectory(Path.GetDirectoryName(DefaultSqlitePath)!);
        return Parse(DefaultSqlitePath);
    }

    public static DbTarget Parse(string text)
    {
        if (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return FromPostgresUrl(text);
        }

        if (text.Contains("://", StringComparison.Ordinal))
        {
            throw new BanwatchException(FailureKind.Invalid, $"{Option}: '{text}' is neither a file path nor a postgres:// URL");
        }

        // A typo in a folder must not look like a new, empty database ("all my documents vanished").
        var path = Path.GetFullPath(text);
        if (Path.GetDirectoryName(path) is { } folder && !Directory.Exists(folder))
        {
            throw new BanwatchException(FailureKind.MissingFile, $"{Option}: folder {folder} does not exist (create it first, or check the path)");
        }

        return new DbTarget(DbProvider.Sqlite, $"Data Source={path};Foreign Keys=True;Default Timeout=30", path);
    }

    private static DbTarget FromPostgresUrl(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new BanwatchException(FailureKind.Invalid, $"{Option}: '{text}' is not a valid postgres://user:pass@host:port/db URL");
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = database.Length > 0 ? database : "postgres",
        };
        var userInfo = uri.UserInfo.Split(':', 2);
        if (userInfo[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(userInfo[0]);
        }

        if (userInfo.Length == 2)
        {
            builder.Password = Uri.UnescapeDataString(userInfo[1]);
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            var (key, value) = (Uri.UnescapeDataString(kv[0]), kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "");
            try
            {
                builder[key] = value;
            }
            catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException or OverflowException)
            {
                throw new BanwatchException(FailureKind.Invalid, $"{Option}: '{key}={value}' in the URL is not a PostgreSQL connection option Npgsql accepts ({e.Message.Split('\n')[0].Trim()})", e);
            }
        }

        var display = $"postgres://{(userInfo[0].Length > 0 ? userInfo[0] + "@" : "")}{builder.Host}:{builder.Port}/{builder.Database}";
        return new DbTarget(DbProvider.Postgres, builder.ConnectionString, display);
    }
}
