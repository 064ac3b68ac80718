using Supple.Core.History;
using Supple.Core.Safety;
using Supple.Core.Statistics;
using Supple.Data;

namespace Supple.Application;

/// <summary>
/// The history: sessions done with a clinician (logged: allowed whatever the safety gate says), the pain diary,
/// statistics, export and import. Every write keeps the summaries by Core's one summary rule.
/// </summary>
public sealed class Journal
{
    private readonly SuppleApp _app;

    internal Journal(SuppleApp app) => _app = app;

    /// <summary>
    /// The person's time zone (the one in their settings, else this machine's). A local SQLite file already at this
    /// version's schema is read with plain SQL, without opening the store (so <c>supple pain</c> starts fast).
    /// </summary>
    public async Task<TimeZoneInfo> TimeZoneAsync(CancellationToken ct = default)
    {
        if (_app.Users is LocalUserStore { IsOpen: false } local && SqliteJournalFastPath.TryReadTimeZone(local.Location, local.UserId) is { } fast)
        {
            return fast;
        }

        return (await (await _app.Users.GetAsync(ct)).GetSettingsAsync(ct)).ResolveTimeZone();
    }

    /// <summary>Records a session done without the timer, e.g. with a physiotherapist. Allowed while the safety gate is closed.</summary>
    /// <remarks>A local SQLite file already at this version's schema is written with plain SQL, without opening the store.</remarks>
    public async Task<long> LogAsync(LoggedSession session, CancellationToken ct = default)
    {
        if (_app.Users is LocalUserStore { IsOpen: false } local && SqliteJournalFastPath.TryLog(local.Location, session, local.UserId) is { } id)
        {
            return id;
        }

        return await (await _app.Users.GetAsync(ct)).LogSessionAsync(session, ct);
    }

    /// <summary>Adds a pain diary entry; returns the advice to show with it, or <c>null</c>.</summary>
    public async Task<string?> AddPainAsync(PainEntry entry, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entry);

        // A local file already at this version's schema takes the plain-SQL write (same row, same checks first);
        // anything else, the store.
        if (!(_app.Users is LocalUserStore { IsOpen: false } local && SqliteJournalFastPath.TryAddPain(local.Location, entry, local.UserId) is not null))
        {
            await (await _app.Users.GetAsync(ct)).AddPainEntryAsync(entry, ct);
        }

        return entry.Score.Value >= SafetyMessages.HighDiaryPain ? SafetyMessages.HighDiaryPainAdvice : null;
    }

    /// <summary>
    /// Sessions and pain entries since <paramref name="since"/> (all when <c>null</c>), newest first. A local SQLite
    /// file already at this version's schema is read with plain SQL, without opening the store (so <c>supple history</c>
    /// starts fast); anything else through the store.
    /// </summary>
    public Task<History> HistoryAsync(DateTimeOffset? since = null, CancellationToken ct = default) => ReadAsync(since, withEveryHurt: false, ct);

    /// <summary>As <see cref="HistoryAsync"/>; with <paramref name="withEveryHurt"/>, also every older session in which something hurt.</summary>
    internal async Task<History> ReadAsync(DateTimeOffset? since, bool withEveryHurt, CancellationToken ct)
    {
        if (_app.Users is LocalUserStore { IsOpen: false } local && SqliteHistoryReader.TryRead(local.Location, since, withEveryHurt, local.UserId) is { } fast)
        {
            return fast;
        }

        return await (await _app.Users.GetAsync(ct)).GetHistoryAsync(since, withEveryHurt, ct);
    }

    /// <summary>
    /// The statistics. A local SQLite file already at this version's schema is read with plain SQL over the summary
    /// rows, without opening the store (so <c>supple stats</c> starts fast); anything else through the store.
    /// </summary>
    public async Task<PracticeStats> StatsAsync(CancellationToken ct = default)
    {
        if (_app.Users is LocalUserStore { IsOpen: false } local && SqliteStatsReader.TryRead(local.Location, _app.Time, local.UserId) is { } fast)
        {
            return fast;
        }

        return await (await _app.Users.GetAsync(ct)).GetStatsAsync(ct);
    }

    /// <summary>The whole history, oldest first, for export.</summary>
    public async Task<ExportDocument> ExportAsync(CancellationToken ct = default) =>
        _app.Users is LocalUserStore { IsOpen: false } local && SqliteHistoryReader.TryExport(local.Location, _app.Time.GetUtcNow(), local.UserId) is { } fast
            ? fast
            : await (await _app.Users.GetAsync(ct)).ExportAsync(ct);

    /// <summary>Adds what an export file holds that is not there yet (matched by id); a file with any invalid field is rejected whole.</summary>
    public async Task<ImportResult> ImportAsync(ExportDocument document, ImportRules rules, CancellationToken ct = default) =>
        await (await _app.Users.GetAsync(ct)).ImportAsync(document, rules, ct);
}
