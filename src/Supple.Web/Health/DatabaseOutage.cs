using System.Data.Common;
using System.Net.Sockets;
using Npgsql;

namespace Supple.Web.Health;

/// <summary>Tells a database that cannot be reached (down, restarting, refusing connections, busy) from a bug.</summary>
public static class DatabaseOutage
{
    /// <summary>
    /// True when the exception, or one it wraps, says the database is unreachable or going away: a PostgreSQL
    /// connection, refused login or shutdown state (08xxx, 28xxx, 3D000, 57P01–57P03), a transient database error (a refused or broken connection,
    /// SQLite busy), a socket error or a timeout.
    /// </summary>
    public static bool IsOutage(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException pg:
                    // 08: connection exceptions; 57P01–57P03: shut down by an administrator, crash, cannot connect now;
                    // 28: the login was refused (no such role, wrong password); 3D000: no such database. The last two
                    // are the server's set-up rather than an outage, but to a client the service is just as unavailable.
                    return pg.SqlState.StartsWith("08", StringComparison.Ordinal) || pg.SqlState.StartsWith("28", StringComparison.Ordinal)
                        || pg.SqlState is "57P01" or "57P02" or "57P03" or "3D000";
                case NpgsqlException npgsql when npgsql.IsTransient || npgsql.InnerException is SocketException or IOException or TimeoutException:
                case DbException db when db.IsTransient || db.SqlState?.StartsWith("08", StringComparison.Ordinal) == true:
                case SocketException:
                case TimeoutException:
                    return true;
                case AggregateException aggregate when aggregate.InnerExceptions.Any(IsOutage):
                    return true;
                default:
                    break;
            }
        }

        return false;
    }
}
