using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Supple.Data;

/// <summary>Wires Supple's data into an ASP.NET Core (or any DI) container.</summary>
public static class SuppleDataServiceCollectionExtensions
{
    /// <summary>
    /// Registers a pooled <see cref="IDbContextFactory{SuppleDbContext}"/> for the provider of <paramref name="location"/>,
    /// a scoped <see cref="SuppleDbContext"/>, <see cref="TimeProvider.System"/> (unless one is registered),
    /// the <see cref="StoreLocation"/> and a <see cref="SuppleStoreFactory"/> (call <c>OpenAsync(userId)</c> per request).
    /// </summary>
    public static IServiceCollection AddSuppleData(this IServiceCollection services, StoreLocation location)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(location);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(location);
        if (location.Provider == StoreProvider.Sqlite)
        {
            services.AddPooledDbContextFactory<SqliteSuppleDbContext>(o => SuppleContextFactory.ConfigureSqlite(Typed<SqliteSuppleDbContext>(o), location.ConnectionString));
            services.AddSingleton<IDbContextFactory<SuppleDbContext>>(sp => new Upcast<SqliteSuppleDbContext>(sp.GetRequiredService<IDbContextFactory<SqliteSuppleDbContext>>()));
        }
        else
        {
            services.AddPooledDbContextFactory<PostgreSqlSuppleDbContext>(o => SuppleContextFactory.ConfigurePostgreSql(Typed<PostgreSqlSuppleDbContext>(o), location.ConnectionString));
            services.AddSingleton<IDbContextFactory<SuppleDbContext>>(sp => new Upcast<PostgreSqlSuppleDbContext>(sp.GetRequiredService<IDbContextFactory<PostgreSqlSuppleDbContext>>()));
        }

        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<SuppleDbContext>>().CreateDbContext());
        services.AddSingleton<SuppleStoreFactory>();
        return services;
    }

    private static DbContextOptionsBuilder<T> Typed<T>(DbContextOptionsBuilder builder)
        where T : DbContext =>
        builder as DbContextOptionsBuilder<T> ?? new DbContextOptionsBuilder<T>((DbContextOptions<T>)builder.Options);

    private sealed class Upcast<T>(IDbContextFactory<T> inner) : IDbContextFactory<SuppleDbContext>
        where T : SuppleDbContext
    {
        public SuppleDbContext CreateDbContext() => inner.CreateDbContext();
    }
}
