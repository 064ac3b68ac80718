using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Supple.Data;

/// <summary>Used by <c>dotnet ef migrations add … --context PostgreSqlSuppleDbContext</c> (no server needed to add a migration).</summary>
public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlSuppleDbContext>
{
    public PostgreSqlSuppleDbContext CreateDbContext(string[] args) =>
        new(SuppleContextFactory.ConfigurePostgreSql(new DbContextOptionsBuilder<PostgreSqlSuppleDbContext>(), "Host=localhost;Database=supple;Username=supple").Options);
}
