using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Supple.Data;

/// <summary>The model on PostgreSQL. Instants are <c>timestamptz</c>, written as UTC (Npgsql refuses other offsets).</summary>
public sealed class PostgreSqlSuppleDbContext(DbContextOptions<PostgreSqlSuppleDbContext> options) : SuppleDbContext(options)
{
    public override StoreProvider Provider => StoreProvider.PostgreSql;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<ToUtcConverter>();
    }

    /// <summary>Any offset → UTC.</summary>
    internal sealed class ToUtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
        v => v.ToUniversalTime(),
        v => v.ToUniversalTime());
}
