using Supple.Cli.Sessions;
using Supple.Core.Sessions;

namespace Supple.Cli.Tests.TestSupport;

/// <summary>An in-memory journal that remembers every call, for in-process tests of <c>supple start</c>.</summary>
internal sealed class FakeJournal : ISessionJournal
{
    public DateTimeOffset? DisclaimerAcceptedAt { get; set; }

    public SessionStart? Started { get; private set; }

    public List<StretchRecord> Stretches { get; } = [];

    public (SessionResult Result, int? PainAfter)? Finished { get; private set; }

    public bool Disposed { get; private set; }

    public Task<bool> IsDisclaimerAcceptedAsync(CancellationToken cancellationToken) => Task.FromResult(DisclaimerAcceptedAt is not null);

    public Task AcceptDisclaimerAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        DisclaimerAcceptedAt = at;
        return Task.CompletedTask;
    }

    public Task StartSessionAsync(SessionStart start, CancellationToken cancellationToken)
    {
        Started = start;
        return Task.CompletedTask;
    }

    public Task RecordStretchAsync(StretchRecord record, DateTimeOffset at, CancellationToken cancellationToken)
    {
        lock (Stretches)
        {
            Stretches.Add(record);
        }

        return Task.CompletedTask;
    }

    public Task FinishSessionAsync(SessionResult result, int? painAfter, CancellationToken cancellationToken)
    {
        Finished = (result, painAfter);
        return Task.CompletedTask;
    }

    public Task<JournalStats?> GetStatsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<JournalStats?>(new JournalStats(3, 7, -1.5));

    public ValueTask DisposeAsync()
    {
        Disposed = true;
        return ValueTask.CompletedTask;
    }
}
