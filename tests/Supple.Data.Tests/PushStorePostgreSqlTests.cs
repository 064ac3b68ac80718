namespace Supple.Data.Tests;

public sealed class PushStorePostgreSqlTests(PostgreSqlDatabase database) : PushStoreTests, IClassFixture<PostgreSqlDatabase>
{
    protected override StoreLocation NewLocation() => StoreLocation.ForPostgreSql(database.ConnectionString);
}
