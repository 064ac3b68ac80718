using Microsoft.Data.Sqlite;
using Supple.Data;

namespace Supple.Cli.Tests.TestSupport;

/// <summary>A fresh SQLite file in a temp folder, and a way to read what it holds (with the store, not the command).</summary>
internal sealed class TempDatabase : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("supple-cli-tests-").FullName;

    public string Path => System.IO.Path.Combine(_folder, "supple.db");

    public async Task<Data.History> HistoryAsync()
    {
        await using var store = await SuppleStore.OpenAsync(StoreLocation.ForFile(Path), TimeProvider.System);
        return await store.GetHistoryAsync(null);
    }

    public async Task<UserSettings> SettingsAsync()
    {
        await using var store = await SuppleStore.OpenAsync(StoreLocation.ForFile(Path), TimeProvider.System);
        return await store.GetSettingsAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temp folder behind.
        }
    }
}
