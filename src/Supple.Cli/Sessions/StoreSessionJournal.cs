using Supple.Core.Sessions;
using Supple.Data;
using DataSessionStart = Supple.Data.SessionStart;

namespace Supple.Cli.Sessions;

/// <summary>The journal kept in Supple's store (SQLite by default, PostgreSQL on a server).</summary>
internal sealed class StoreSessionJournal : ISessionJournal
{
    private readonly SuppleStore _store;
    private long? _sessionId;

    private StoreSessionJournal(SuppleStore store) => _store = store;

    /// <summary>Opens the store selected by <paramref name="db"/> (else SUPPLE_DB, else the per-user default file).</summary>
    public static async Task<ISessionJournal> OpenAsync(string? db, Func<string, string?> environment, TimeProvider time, CancellationToken cancellationToken)
    {
        var location = StoreLocation.Resolve(db, environment);
        return new StoreSessionJournal(await SuppleStore.OpenAsync(location, time, ct: cancellationToken));
    }

    public async Task<bool> IsDisclaimerAcceptedAsync(CancellationToken cancellationToken) =>
        (await _store.GetSettingsAsync(cancellationToken)).DisclaimerAcceptedAt is not null;

    public async Task AcceptDisclaimerAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        var settings = await _store.GetSettingsAsync(cancellationToken);
        await _store.SaveSettingsAsync(settings with { DisclaimerAcceptedAt = at }, cancellationToken);
    }

    public async Task StartSessionAsync(SessionStart start, CancellationToken cancellationToken)
    {
        _sessionId = await _store.StartSessionAsync(
            new DataSessionStart(start.StartedAt, start.ProgrammeName, start.Level, start.PainBefore, [.. start.Timeline.Stretches.Select(s => s.StretchId)]),
            cancellationToken);
    }

    public Task RecordStretchAsync(StretchRecord record, DateTimeOffset at, CancellationToken cancellationToken) =>
        _store.RecordStretchAsync(SessionId, record, at, cancellationToken);

    public Task FinishSessionAsync(SessionResult result, int? painAfter, CancellationToken cancellationToken) =>
        _store.FinishSessionAsync(SessionId, result.Outcome, result.EndedAt, painAfter, result.Hurt, cancellationToken);

    public async Task<JournalStats?> GetStatsAsync(CancellationToken cancellationToken)
    {
        var stats = await _store.GetStatsAsync(cancellationToken);
        return new JournalStats(stats.CurrentStreak, stats.Sessions, stats.AveragePainChange);
    }

    public ValueTask DisposeAsync() => _store.DisposeAsync();

    private long SessionId => _sessionId ?? throw new InvalidOperationException("The session was not started.");
}
