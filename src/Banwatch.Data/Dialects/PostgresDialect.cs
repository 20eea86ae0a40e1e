using System.Data.Common;
using System.Net.Sockets;
using Npgsql;

namespace Banwatch.Data.Dialects;

public sealed class PostgresDialect : Dialect
{
    public override string Name => "postgres";

    public override string MigrationsFolder => "postgres";

    public override DbConnection CreateConnection(string connectionString) => new NpgsqlConnection(connectionString);

    public override void ReleasePool(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        NpgsqlConnection.ClearPool(connection);
    }

    public override bool IsUnreachable(Exception exception) =>
        exception is SocketException or TimeoutException
        || (exception is NpgsqlException { SqlState: null } && exception.InnerException is SocketException or TimeoutException or null)
        || exception is PostgresException { SqlState: "28P01" or "28000" or "3D000" };
}
