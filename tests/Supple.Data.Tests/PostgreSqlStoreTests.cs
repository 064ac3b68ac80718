namespace Supple.Data.Tests;

/// <summary>The store contract on a real PostgreSQL server (one fresh database for the class; each test uses its own user ids).</summary>
public sealed class PostgreSqlStoreTests(PostgreSqlDatabase database) : StoreContractTests, IClassFixture<PostgreSqlDatabase>
{
    protected override StoreLocation NewLocation() => StoreLocation.ForPostgreSql(database.ConnectionString);
}
