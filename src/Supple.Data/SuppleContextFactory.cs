using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Supple.Data;

/// <summary>Creates the provider's context for a location; shared by the store, the DI wiring and the design-time factories.</summary>
public sealed class SuppleContextFactory : IDbContextFactory<SuppleDbContext>
{
    private readonly Func<SuppleDbContext> _create;

    public SuppleContextFactory(StoreLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        Location = location;
        if (location.Provider == StoreProvider.Sqlite)
        {
            var options = ConfigureSqlite(new DbContextOptionsBuilder<SqliteSuppleDbContext>(), location.ConnectionString).Options;
            _create = () => new SqliteSuppleDbContext(options);
        }
        else
        {
            var options = ConfigurePostgreSql(new DbContextOptionsBuilder<PostgreSqlSuppleDbContext>(), location.ConnectionString).Options;
            _create = () => new PostgreSqlSuppleDbContext(options);
        }
    }

    public StoreLocation Location { get; }

    public SuppleDbContext CreateDbContext() => _create();

    public static DbContextOptionsBuilder<SqliteSuppleDbContext> ConfigureSqlite(DbContextOptionsBuilder<SqliteSuppleDbContext> builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // The compiled model (CompiledModels/, made by dotnet ef dbcontext optimize; CompiledModelTests keeps it up to
        // date): a context's first use loads it instead of running OnModelCreating and EF Core's conventions.
        builder.UseModel(CompiledModels.Sqlite.SqliteSuppleDbContextModel.Instance)
            .UseSqlite(connectionString, o => o.MigrationsHistoryTable("__EFMigrationsHistory"))
            .AddInterceptors(SqliteBusyTimeoutInterceptor.Instance);
        return builder;
    }

    public static DbContextOptionsBuilder<PostgreSqlSuppleDbContext> ConfigurePostgreSql(DbContextOptionsBuilder<PostgreSqlSuppleDbContext> builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseModel(CompiledModels.PostgreSql.PostgreSqlSuppleDbContextModel.Instance)
            .UseNpgsql(Tuned(connectionString), o => o.MigrationsHistoryTable("__EFMigrationsHistory"));
        return builder;
    }

    /// <summary>
    /// Npgsql settings for a server's many short requests, unless the connection string sets them itself:
    /// <list type="bullet">
    /// <item><c>No Reset On Close</c>: the pool does not send <c>DISCARD ALL</c> each time a connection is reused (two
    /// per request: the account check and the store). Supple sets no session state (no <c>SET</c>, temporary
    /// tables or <c>LISTEN</c>), and a connection returned inside a transaction is still rolled back.</item>
    /// <item><c>Max Auto Prepare</c>: statements run again and again (all of Supple's: fixed SQL with parameters)
    /// are prepared on each connection after a few uses, so PostgreSQL stops parsing and planning them each time.</item>
    /// </list>
    /// </summary>
    internal static string Tuned(string connectionString)
    {
        // Npgsql's builder reports every key as present (with its default), so read what was written with the plain one.
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        bool Given(params string[] names) => names.Any(given.ContainsKey);
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Given("No Reset On Close", "NoResetOnClose"))
        {
            settings.NoResetOnClose = true;
        }

        if (!Given("Max Auto Prepare", "MaxAutoPrepare"))
        {
            settings.MaxAutoPrepare = 64;
        }

        return settings.ConnectionString;
    }
}
