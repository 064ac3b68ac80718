namespace Supple.Data.Tests;

public sealed class UserDocumentsPostgreSqlTests(PostgreSqlDatabase database) : UserDocumentsTests, IClassFixture<PostgreSqlDatabase>
{
    protected override StoreLocation NewLocation() => StoreLocation.ForPostgreSql(database.ConnectionString);
}
