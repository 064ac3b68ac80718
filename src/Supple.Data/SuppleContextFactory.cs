using Microsoft.EntityFrameworkCore;

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
        builder.UseSqlite(connectionString, o => o.MigrationsHistoryTable("__EFMigrationsHistory"))
            .AddInterceptors(SqliteBusyTimeoutInterceptor.Instance);
        return builder;
    }

    public static DbContextOptionsBuilder<PostgreSqlSuppleDbContext> ConfigurePostgreSql(DbContextOptionsBuilder<PostgreSqlSuppleDbContext> builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseNpgsql(connectionString, o => o.MigrationsHistoryTable("__EFMigrationsHistory"));
        return builder;
    }
}
