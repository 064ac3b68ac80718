using System.Net.Sockets;
using Npgsql;

namespace Supple.Web.Health;

/// <summary>Tells a database that cannot be reached (down, restarting, refusing connections) from a bug.</summary>
public static class DatabaseOutage
{
    public static bool IsOutage(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException pg:
                    // 08: connection exceptions; 57P01–57P03: shut down by an administrator, crash, cannot connect now.
                    return pg.SqlState.StartsWith("08", StringComparison.Ordinal) || pg.SqlState is "57P01" or "57P02" or "57P03";
                case NpgsqlException npgsql when npgsql.IsTransient || npgsql.InnerException is SocketException or IOException or TimeoutException:
                    return true;
                case SocketException:
                    return true;
            }
        }

        return false;
    }
}
