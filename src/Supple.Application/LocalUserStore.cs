using Supple.Data;

namespace Supple.Application;

/// <summary>The store at a location (an SQLite file or a PostgreSQL server), opened on first use: the terminal's.</summary>
public sealed class LocalUserStore : IUserStore, IAsyncDisposable
{
    private readonly TimeProvider _time;
    private SuppleStore? _store;

    public LocalUserStore(StoreLocation location, TimeProvider time, string userId = "local")
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(time);
        Location = location;
        _time = time;
        UserId = userId;
    }

    /// <summary>Where the data is.</summary>
    public StoreLocation Location { get; }

    /// <inheritdoc />
    public string UserId { get; }

    /// <summary>True once the store has been opened (read paths that need no store skip opening it).</summary>
    public bool IsOpen => _store is not null;

    /// <inheritdoc />
    public async Task<SuppleStore> GetAsync(CancellationToken ct = default) =>
        _store ??= await SuppleStore.OpenAsync(Location, _time, UserId, ct);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }
}
