namespace Supple.Data.Tests;

/// <summary>The store contract on a real SQLite file (a new file per test).</summary>
public sealed class SqliteStoreTests : StoreContractTests, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override StoreLocation NewLocation() => StoreLocation.ForFile(_folder.File($"{Guid.NewGuid():N}.db"));

    public void Dispose() => _folder.Dispose();
}
