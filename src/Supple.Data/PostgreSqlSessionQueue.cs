using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;

namespace Supple.Data;

/// <summary>
/// Group commit for a multi-user server on PostgreSQL. Finished sessions saved at the same moment wait in one queue;
/// each of a few writers (<see cref="Writers"/>) takes everything waiting (up to <see cref="MaxBatch"/>) and saves it
/// in one transaction with <see cref="PostgreSqlSessionWriter.SaveManyAsync"/>. A session that finds a writer free is
/// written at once, in a transaction of its own (nothing waits for company); under load, the sessions that arrive
/// while the writers are busy share the next transaction: its round trips, its statements and its commit.
/// Each caller is answered only after the transaction holding its session has committed. When a batch fails, each of
/// its sessions is written again on its own, so a session that cannot be saved fails alone and the others are kept.
/// </summary>
internal sealed class PostgreSqlSessionQueue : IAsyncDisposable, IDisposable
{
    /// <summary>Most sessions in one transaction.</summary>
    internal const int MaxBatch = 64;

    /// <summary>
    /// Transactions in flight at once (one pooled connection each): one per core, at least two. Fewer writers make
    /// bigger batches, more writers overlap more round trips; on 2 cores, 2 writers saved the most sessions per second
    /// (docs/PERFORMANCE.md, "Results: group commit").
    /// </summary>
    internal static readonly int Writers = Math.Max(2, Environment.ProcessorCount);

    // Past this many waiting sessions, callers wait to queue theirs (back-pressure, not unbounded memory).
    private const int Capacity = 4096;

    private readonly IDbContextFactory<SuppleDbContext> _contexts;
    private readonly Channel<Pending> _queue = Channel.CreateBounded<Pending>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = false, SingleWriter = false });

    private readonly Task[] _writers;
    private long _transactions;
    private long _sessions;
    private long _batches;
    private long _batchedSessions;
    private long _failedBatches;
    private int _largestBatch;

    public PostgreSqlSessionQueue(IDbContextFactory<SuppleDbContext> contexts, int? writers = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(writers ?? Writers, 1, nameof(writers));
        _contexts = contexts;
        _writers = [.. Enumerable.Range(0, writers ?? Writers).Select(_ => Task.Run(WriteLoopAsync))];
    }

    /// <summary>Transactions committed, of one session or more.</summary>
    internal long Transactions => Interlocked.Read(ref _transactions);

    /// <summary>Sessions saved.</summary>
    internal long Sessions => Interlocked.Read(ref _sessions);

    /// <summary>Transactions that held more than one session.</summary>
    internal long Batches => Interlocked.Read(ref _batches);

    /// <summary>Sessions saved in those transactions.</summary>
    internal long BatchedSessions => Interlocked.Read(ref _batchedSessions);

    /// <summary>Batches rolled back and written again one session at a time.</summary>
    internal long FailedBatches => Interlocked.Read(ref _failedBatches);

    /// <summary>The most sessions one transaction has held.</summary>
    internal int LargestBatch => Volatile.Read(ref _largestBatch);

    /// <summary>Saves <paramref name="session"/> and returns its id once it is committed.</summary>
    public async Task<long> SaveAsync(SessionToSave session, CancellationToken ct)
    {
        var pending = new Pending(session);
        await _queue.Writer.WriteAsync(pending, ct);
        // Once queued it is written even if the caller stops waiting: the others in its transaction are not held up,
        // and the caller learns nothing wrong (a client that went away may see the session when it next reads).
        return await pending.Saved.Task;
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            if (batch.Count > 0)
            {
                await WriteAsync(batch);
                batch.Clear();
            }
        }
    }

    private async Task WriteAsync(List<Pending> batch)
    {
        if (await TrySaveAsync(batch) is not { } failure)
        {
            return;
        }

        if (batch.Count == 1)
        {
            // Whatever went wrong is this caller's answer (the server maps a database outage to 503).
            batch[0].Saved.TrySetException(failure);
            return;
        }

        // Rolled back: nothing of the batch was written. Each session is tried alone, so that one that cannot be saved
        // fails by itself (and, when the database is down, each caller gets that error).
        Interlocked.Increment(ref _failedBatches);
        foreach (var pending in batch)
        {
            if (await TrySaveAsync([pending]) is { } error)
            {
                pending.Saved.TrySetException(error);
            }
        }
    }

    /// <summary>Saves <paramref name="batch"/> in one transaction and answers its callers; returns the error instead when it was rolled back.</summary>
    private async Task<Exception?> TrySaveAsync(List<Pending> batch)
    {
        long[] ids;
        try
        {
            var sessions = batch.ConvertAll(p => p.Session);
            ids = await SuppleStore.OnOpenNpgsqlConnectionAsync(
                _contexts, (connection, ct) => PostgreSqlSessionWriter.SaveManyAsync(connection, sessions, ct), CancellationToken.None);
        }
        catch (Exception ex)
        {
            return ex;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Saved.TrySetResult(ids[i]);
        }

        Interlocked.Increment(ref _transactions);
        Interlocked.Add(ref _sessions, batch.Count);
        if (batch.Count == 1)
        {
            return null;
        }

        Interlocked.Increment(ref _batches);
        Interlocked.Add(ref _batchedSessions, batch.Count);
        var largest = Volatile.Read(ref _largestBatch);
        while (batch.Count > largest)
        {
            var seen = Interlocked.CompareExchange(ref _largestBatch, batch.Count, largest);
            if (seen == largest)
            {
                break;
            }

            largest = seen;
        }

        return null;
    }

    /// <summary>Stops taking sessions and waits until every queued one is written.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await Task.WhenAll(_writers);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _queue.Writer.TryComplete();
        Task.WaitAll(_writers);
    }

    private sealed class Pending(SessionToSave session)
    {
        public SessionToSave Session { get; } = session;

        // Answered on the thread pool, not inline on the writer that completes it: a writer goes on to its next batch.
        public TaskCompletionSource<long> Saved { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
