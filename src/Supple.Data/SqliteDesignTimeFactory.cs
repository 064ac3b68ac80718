using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Supple.Data;

/// <summary>Used by <c>dotnet ef migrations add … --context SqliteSuppleDbContext</c>.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSuppleDbContext>
{
    public SqliteSuppleDbContext CreateDbContext(string[] args) =>
        new(SuppleContextFactory.ConfigureSqlite(new DbContextOptionsBuilder<SqliteSuppleDbContext>(), "Data Source=design-time.db").Options);
}
