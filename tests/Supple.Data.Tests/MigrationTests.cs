using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Supple.Data.Tests;

/// <summary>Each provider's migrations cover the whole model.</summary>
public sealed class MigrationTests
{
    [Fact]
    public void Sqlite_migrations_cover_the_model()
    {
        using var context = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(context.Database.HasPendingModelChanges(), "The model has changes no SQLite migration covers: run dotnet ef migrations add (see docs/DATA.md).");
        Assert.NotEmpty(context.Database.GetMigrations());
    }

    [Fact]
    public void PostgreSql_migrations_cover_the_model()
    {
        using var context = new PostgreSqlDesignTimeFactory().CreateDbContext([]);
        Assert.False(context.Database.HasPendingModelChanges(), "The model has changes no PostgreSQL migration covers: run dotnet ef migrations add (see docs/DATA.md).");
        Assert.NotEmpty(context.Database.GetMigrations());
    }

    [Fact]
    public void The_two_migration_sets_live_in_separate_namespaces()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var postgres = new PostgreSqlDesignTimeFactory().CreateDbContext([]);
        var sqliteTypes = sqlite.GetService<IMigrationsAssembly>().Migrations.Values.Select(t => t.Namespace).Distinct();
        var postgresTypes = postgres.GetService<IMigrationsAssembly>().Migrations.Values.Select(t => t.Namespace).Distinct();
        Assert.Equal(["Supple.Data.Migrations.Sqlite"], sqliteTypes);
        Assert.Equal(["Supple.Data.Migrations.PostgreSql"], postgresTypes);
    }
}
