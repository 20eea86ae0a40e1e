using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Banwatch.Data.Dialects;

public sealed class SqliteDialect : Dialect
{
    public override string Name => "sqlite";

    public override string MigrationsFolder => "sqlite";

    public override DbConnection CreateConnection(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (Path.GetDirectoryName(builder.DataSource) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        return new SqliteConnection(connectionString);
    }

    // WAL lets the web app read while a write (an ingest, a reload) is under way.
    public override Task PrepareAsync(DbConnection connection) =>
        connection.ExecuteAsync("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;");

    public override void ReleasePool(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }

    public override bool IsUnreachable(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: 14 }; // SQLITE_CANTOPEN
}
