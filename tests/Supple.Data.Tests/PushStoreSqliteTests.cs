namespace Supple.Data.Tests;

public sealed class PushStoreSqliteTests : PushStoreTests, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override StoreLocation NewLocation() => StoreLocation.ForFile(_folder.File($"{Guid.NewGuid():N}.db"));

    public void Dispose() => _folder.Dispose();
}
