using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Supple.Data;

/// <summary>
/// Opens one user's <see cref="SuppleStore"/> over a shared (pooled) context factory: the schema is checked and
/// migrated once per process, then each call only makes sure the user's rows exist. Registered by
/// <see cref="SuppleDataServiceCollectionExtensions.AddSuppleData"/>.
/// </summary>
public sealed partial class SuppleStoreFactory(
    IDbContextFactory<SuppleDbContext> contexts, StoreLocation location, TimeProvider time, ILogger<SuppleStoreFactory>? logger = null) : IAsyncDisposable, IDisposable
{
    // Users whose rows are known to exist: opening their store again needs no query. Bounded; cleared when full.
    private const int MaxKnownUsers = 100_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _knownUsers = new(StringComparer.Ordinal);
    private readonly Lock _readyLock = new();
    private Task? _readying;
    private volatile bool _ready;

    // On PostgreSQL, finished sessions saved at the same moment share one transaction (group commit).
    private readonly PostgreSqlSessionQueue? _sessionQueue =
        location.Provider == StoreProvider.PostgreSql ? new PostgreSqlSessionQueue(contexts) : null;

    /// <summary>The group-commit queue of finished sessions (PostgreSQL only), for tests.</summary>
    internal PostgreSqlSessionQueue? SessionQueue => _sessionQueue;

    /// <summary>
    /// Checks and migrates the database (once). The work runs once for the process, whoever asks first, and is not
    /// cancelled by a caller that stops waiting: a readiness probe that gives up after a few seconds must not cut a
    /// migration short, or a first migration slower than the probe (a loaded machine, a big database) would be rolled
    /// back on every probe and the server would never become ready. <paramref name="ct"/> only bounds this caller's
    /// wait. A check or migration that fails is tried again by the next caller.
    /// </summary>
    public async Task EnsureReadyAsync(CancellationToken ct = default)
    {
        if (_ready)
        {
            return;
        }

        Task readying;
        lock (_readyLock)
        {
            readying = _readying ??= Task.Run(ReadyOnceAsync, CancellationToken.None);
        }

        try
        {
            await readying.WaitAsync(ct);
        }
        catch when (readying.IsFaulted || readying.IsCanceled)
        {
            lock (_readyLock)
            {
                if (ReferenceEquals(_readying, readying))
                {
                    _readying = null;
                }
            }

            throw;
        }
    }

    private async Task ReadyOnceAsync()
    {
        await StoreSchema.EnsureReadyAsync(new SuppleContextFactory(location), CancellationToken.None);
        _ready = true;
    }

    /// <summary>The store of <paramref name="userId"/>.</summary>
    public async Task<SuppleStore> OpenAsync(string userId, CancellationToken ct = default)
    {
        SuppleStore.ValidateUserId(userId);
        await EnsureReadyAsync(ct);
        var store = new SuppleStore(contexts, location, time, userId, ownsPool: false, _sessionQueue);
        if (!_knownUsers.ContainsKey(userId))
        {
            // Every write creates the stats row when it is missing (a deleted account's rows go with it), so a stale
            // entry costs nothing but this skipped check.
            await store.EnsureUserAsync(ct);
            if (_knownUsers.Count >= MaxKnownUsers)
            {
                _knownUsers.Clear();
            }

            _knownUsers.TryAdd(userId, 0);
        }

        return store;
    }

    /// <summary>Writes what is still queued, then releases the factory.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_sessionQueue is not null)
        {
            await _sessionQueue.DisposeAsync();
            LogGroupCommit(_sessionQueue);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_sessionQueue is not null)
        {
            _sessionQueue.Dispose();
            LogGroupCommit(_sessionQueue);
        }
    }

    // What group commit did over the process's life, for whoever tunes a server (and for the server benchmark).
    private void LogGroupCommit(PostgreSqlSessionQueue queue)
    {
        if (logger is not null && queue.Sessions > 0)
        {
            LogGroupCommit(logger, queue.Sessions, queue.Transactions, queue.BatchedSessions, queue.Batches, queue.LargestBatch, queue.FailedBatches);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Group commit: {Sessions} finished sessions saved in {Transactions} transactions; " +
        "{BatchedSessions} of them shared {Batches} transactions (largest {LargestBatch}); {FailedBatches} batches were rolled back and written one by one")]
    private static partial void LogGroupCommit(ILogger logger, long sessions, long transactions, long batchedSessions, long batches, int largestBatch, long failedBatches);
}
