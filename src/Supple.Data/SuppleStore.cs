using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Supple.Core.Content;
using Supple.Core.History;
using Supple.Core.Sessions;
using Supple.Core.Statistics;
using Supple.Data.Entities;

namespace Supple.Data;

/// <summary>
/// One person's view of the data. Every query is scoped to <see cref="UserId"/>. Each write is one transaction that
/// also keeps the summary rows (per day, per stretch, running totals) up to date, so statistics never read the whole
/// history.
/// </summary>
public sealed class SuppleStore : IAsyncDisposable
{
    private readonly IDbContextFactory<SuppleDbContext> _contexts;
    private readonly TimeProvider _time;
    private readonly bool _ownsPool;
    private readonly PostgreSqlSessionQueue? _sessionQueue;

    internal SuppleStore(IDbContextFactory<SuppleDbContext> contexts, StoreLocation location, TimeProvider time, string userId, bool ownsPool, PostgreSqlSessionQueue? sessionQueue = null)
    {
        _contexts = contexts;
        _sessionQueue = sessionQueue;
        _time = time;
        _ownsPool = ownsPool;
        Location = location;
        UserId = userId;
    }

    /// <summary>The context factory, for store features kept in their own files (see <see cref="UserDocuments"/>).</summary>
    internal IDbContextFactory<SuppleDbContext> Contexts => _contexts;

    /// <summary>The store's clock.</summary>
    internal TimeProvider Time => _time;

    /// <summary>Whose data this is (<c>local</c> in single-user mode).</summary>
    public string UserId { get; }

    /// <summary>Where the data is.</summary>
    public StoreLocation Location { get; }

    /// <summary>
    /// Opens (creating it when new) the database at <paramref name="location"/> and applies migrations. Refuses a
    /// file that is not Supple's, is damaged, or has a newer schema, with a <see cref="StoreException"/>.
    /// </summary>
    public static async Task<SuppleStore> OpenAsync(StoreLocation location, TimeProvider time, string userId = "local", CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(time);
        ValidateUserId(userId);
        var factory = new SuppleContextFactory(location);
        await StoreSchema.EnsureReadyAsync(factory, ct);
        var store = new SuppleStore(factory, location, time, userId, ownsPool: true);
        await store.EnsureUserAsync(ct);
        return store;
    }

    internal static void ValidateUserId(string userId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(userId.Length, 200, nameof(userId));
    }

    internal async Task EnsureUserAsync(CancellationToken ct)
    {
        await using var context = _contexts.CreateDbContext();
        if (await context.UserStats.AnyAsync(s => s.UserId == UserId, ct))
        {
            return;
        }

        context.UserStats.Add(new UserStatsRow { UserId = UserId });
        try
        {
            await context.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another process created the row at the same moment: that is what we wanted.
        }
    }

    // ---------------------------------------------------------------- settings

    /// <summary>The person's settings (defaults when none were saved).</summary>
    public async Task<UserSettings> GetSettingsAsync(CancellationToken ct = default)
    {
        await using var context = _contexts.CreateDbContext();
        var row = await context.UserSettings.AsNoTracking().SingleOrDefaultAsync(s => s.UserId == UserId, ct);
        return row is null ? UserSettings.Default : ToSettings(row);
    }

    /// <summary>Saves the person's settings.</summary>
    public async Task SaveSettingsAsync(UserSettings settings, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.TimeZoneId is { } zoneId && !TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out _))
        {
            throw new ArgumentException($"Unknown time zone '{zoneId}'. Use an IANA name such as Europe/London.", nameof(settings));
        }

        await using var context = _contexts.CreateDbContext();
        var row = await context.UserSettings.SingleOrDefaultAsync(s => s.UserId == UserId, ct);
        if (row is null)
        {
            row = new UserSettingsRow { UserId = UserId, DefaultLevel = StoredNames.Of(settings.DefaultLevel) };
            context.UserSettings.Add(row);
        }

        row.TimeZoneId = settings.TimeZoneId;
        row.DisclaimerAcceptedAt = settings.DisclaimerAcceptedAt;
        row.DefaultLevel = StoredNames.Of(settings.DefaultLevel);
        row.VoiceEnabled = settings.VoiceEnabled;
        row.SoundEnabled = settings.SoundEnabled;
        row.UpdatedAt = _time.GetUtcNow();
        await context.SaveChangesAsync(ct);
    }

    internal static UserSettings ToSettings(UserSettingsRow row) => new(
        row.TimeZoneId,
        row.DisclaimerAcceptedAt,
        StoredNames.TryLevel(row.DefaultLevel, out var level) ? level : DosageLevel.Standard,
        row.VoiceEnabled,
        row.SoundEnabled);

    private static async Task<TimeZoneInfo> ZoneAsync(SuppleDbContext context, string userId, CancellationToken ct)
    {
        var zoneId = await context.UserSettings.Where(s => s.UserId == userId).Select(s => s.TimeZoneId).SingleOrDefaultAsync(ct);
        return LocalDay.ZoneOrDefault(zoneId, TimeZoneInfo.Local);
    }

    // ---------------------------------------------------------------- guided sessions

    /// <summary>Records the start of a guided session. Until it is finished it shows as abandoned, with what was done.</summary>
    /// <returns>The session's id, for <see cref="RecordStretchAsync"/> and <see cref="FinishSessionAsync"/>.</returns>
    public async Task<long> StartSessionAsync(SessionStart start, CancellationToken ct = default)
    {
        var painBefore = CheckStart(start);
        return await WriteAsync(async (context, stats) =>
        {
            var zone = await ZoneAsync(context, UserId, ct);
            var row = new SessionRow
            {
                UserId = UserId,
                Uid = start.Uid ?? Guid.NewGuid(),
                StartedAt = start.StartedAt,
                Day = LocalDay.Of(start.StartedAt, zone),
                TimeZoneId = zone.Id,
                ProgrammeName = start.ProgrammeName,
                Level = StoredNames.Of(start.DosageLevel),
                Source = StoredNames.Of(start.Source),
                PainBefore = painBefore,
                Play = start.Play,
            };
            context.Sessions.Add(row);
            await ApplyAsync(context, stats, row, SessionChange.Started(row.Day, start.Source), ct);
            await context.SaveChangesAsync(ct);
            return row.Id;
        }, ct);
    }

    /// <summary>
    /// Writes one finished stretch of a running session, in its own transaction: if the process dies later, this
    /// record stays and the session shows as abandoned with it.
    /// </summary>
    public Task RecordStretchAsync(long sessionId, StretchRecord record, DateTimeOffset at, CancellationToken ct = default) =>
        RecordStretchesAsync(sessionId, [new RecordedStretch(record, at)], play: null, ending: null, playBefore: null, ct);

    /// <summary>
    /// Writes the records of the stretches a step closed, the session's new play state and, when the step ended the
    /// session, how it ended: all in one transaction, so a record, its summary rows and the session's state never
    /// disagree.
    /// </summary>
    /// <param name="sessionId">The session.</param>
    /// <param name="records">The records to add, in order, each with when its stretch ended.</param>
    /// <param name="play">The session's new play state, or <c>null</c> to keep it.</param>
    /// <param name="ending">How the session ends now, or <c>null</c> when it goes on.</param>
    /// <param name="playBefore">
    /// The play state these records were folded from: when given and the stored one differs (another request wrote
    /// steps meanwhile), nothing is written and <see cref="SessionChangedException"/> is thrown, so the caller folds again.
    /// </param>
    /// <param name="ct">Cancellation.</param>
    /// <exception cref="InvalidOperationException">There is no such open session for this user.</exception>
    public async Task RecordStretchesAsync(
        long sessionId, IReadOnlyList<RecordedStretch> records, string? play, SessionEnding? ending, string? playBefore, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        foreach (var record in records)
        {
            ArgumentNullException.ThrowIfNull(record, nameof(records));
            CheckRecord(record.Record, nameof(records));
        }

        var after = ending is null ? null : CheckPain(ending.PainAfter, nameof(ending));
        await WriteAsync(async (context, stats) =>
        {
            var session = await context.Sessions.SingleOrDefaultAsync(s => s.Id == sessionId && s.UserId == UserId, ct)
                ?? throw new InvalidOperationException($"There is no session {sessionId} for this user.");
            if (session.Outcome is not null)
            {
                throw new InvalidOperationException($"Session {sessionId} has already finished ({session.Outcome}).");
            }

            if (playBefore is not null && !string.Equals(session.Play, playBefore, StringComparison.Ordinal))
            {
                throw new SessionChangedException(sessionId);
            }

            var seq = await context.StretchRecords.Where(r => r.SessionId == sessionId).MaxAsync(r => (int?)r.Seq, ct) ?? 0;
            foreach (var record in records)
            {
                context.StretchRecords.Add(ToRow(record.Record, session.Id, ++seq, record.At));
            }

            var source = StoredNames.Source(session.Source);
            if (records.Count > 0)
            {
                await ApplyAsync(context, stats, session, SessionChange.Recorded(session.Day, source, session.CountedAsPractice, [.. records.Select(r => r.Record)]), ct);
            }

            if (play is not null)
            {
                session.Play = play;
            }

            if (ending is not null)
            {
                End(session, ending.Outcome, ending.EndedAt < session.StartedAt ? session.StartedAt : ending.EndedAt, after, ending.Hurt);
                await ApplyAsync(context, stats, session, SessionChange.Ended(session.Day, source, session.CountedAsPractice, ending.Outcome, session.PainBefore, after), ct);
            }

            return 0;
        }, ct);
    }

    /// <summary>Finishes a guided session.</summary>
    public async Task FinishSessionAsync(long sessionId, SessionOutcome outcome, DateTimeOffset endedAt, int? painAfter, HurtReport? hurt, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(outcome))
        {
            throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome.");
        }

        var after = CheckPain(painAfter, nameof(painAfter));
        await WriteAsync(async (context, stats) =>
        {
            var session = await context.Sessions.SingleOrDefaultAsync(s => s.Id == sessionId && s.UserId == UserId, ct)
                ?? throw new InvalidOperationException($"There is no session {sessionId} for this user.");
            if (session.Outcome is not null)
            {
                throw new InvalidOperationException($"Session {sessionId} has already finished ({session.Outcome}).");
            }

            if (endedAt < session.StartedAt)
            {
                throw new ArgumentOutOfRangeException(nameof(endedAt), endedAt, "A session cannot end before it started.");
            }

            End(session, outcome, endedAt, after, hurt);
            await ApplyAsync(context, stats, session, SessionChange.Ended(session.Day, StoredNames.Source(session.Source), session.CountedAsPractice, outcome, session.PainBefore, after), ct);
            return 0;
        }, ct);
    }

    /// <summary>
    /// Adds the pain after to a session that has ended without one (it stopped, then the person was asked how they
    /// feel). Once only: a session that has a pain after keeps it.
    /// </summary>
    /// <returns>False when the session has not ended yet or already has a pain after (nothing is written).</returns>
    public async Task<bool> AddPainAfterAsync(long sessionId, int painAfter, CancellationToken ct = default)
    {
        var after = CheckPain(painAfter, nameof(painAfter))!.Value;
        return await WriteAsync(async (context, stats) =>
        {
            var session = await context.Sessions.SingleOrDefaultAsync(s => s.Id == sessionId && s.UserId == UserId, ct)
                ?? throw new InvalidOperationException($"There is no session {sessionId} for this user.");
            if (session.Outcome is null || session.PainAfter is not null)
            {
                return false;
            }

            session.PainAfter = after;
            await ApplyAsync(context, stats, session, SessionChange.PainAfterAdded(session.Day, StoredNames.Source(session.Source), StoredNames.Outcome(session.Outcome), session.PainBefore, after), ct);
            return true;
        }, ct);
    }

    /// <summary>Records a session done without the timer (e.g. with a physiotherapist). It counts as practice for its day.</summary>
    /// <returns>The session's id.</returns>
    public async Task<long> LogSessionAsync(LoggedSession session, CancellationToken ct = default)
    {
        var (before, after) = CheckLogged(session);
        return await WriteAsync(async (context, stats) =>
        {
            var zone = await ZoneAsync(context, UserId, ct);
            var row = new SessionRow
            {
                UserId = UserId,
                Uid = Guid.NewGuid(),
                StartedAt = session.At,
                EndedAt = session.At,
                Day = LocalDay.Of(session.At, zone),
                TimeZoneId = zone.Id,
                ProgrammeName = session.ProgrammeName,
                Level = StoredNames.Of(session.Level),
                Source = StoredNames.Of(SessionSource.Logged),
                Outcome = StoredNames.Of(SessionOutcome.Completed),
                PainBefore = before,
                PainAfter = after,
                Note = StoredNote(session.Note),
            };
            var seq = 0;
            foreach (var record in session.Stretches)
            {
                row.Stretches.Add(ToRow(record, 0, ++seq, session.At));
            }

            context.Sessions.Add(row);
            await ApplyAsync(context, stats, row, SessionChange.Whole(row.Day, SessionSource.Logged, session.Stretches, SessionOutcome.Completed, before, after), ct);
            await context.SaveChangesAsync(ct);
            return row.Id;
        }, ct);
    }

    /// <summary>
    /// Saves a guided session done to the end together with every stretch of it, in one transaction: either all of
    /// it is stored, with the summary rows, or nothing is.
    /// </summary>
    /// <returns>The session's id.</returns>
    public async Task<long> SaveCompletedSessionAsync(CompletedSession session, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentException.ThrowIfNullOrWhiteSpace(session.ProgrammeName);
        ArgumentNullException.ThrowIfNull(session.Stretches);
        foreach (var stretch in session.Stretches)
        {
            ArgumentNullException.ThrowIfNull(stretch, nameof(session));
            CheckRecord(stretch.Record, nameof(session));
        }

        if (session.EndedAt < session.StartedAt)
        {
            throw new ArgumentOutOfRangeException(nameof(session), session.EndedAt, "A session cannot end before it started.");
        }

        var before = CheckPain(session.PainBefore, nameof(session));
        var after = CheckPain(session.PainAfter, nameof(session));
        // The server's hot write path: plain SQL over the context's pooled connection, no change tracker (see the
        // writers). Two round trips on PostgreSQL where EF Core took seven; on a server, sessions saved at the same
        // moment share a transaction (group commit, see PostgreSqlSessionQueue).
        if (_sessionQueue is not null)
        {
            return await _sessionQueue.SaveAsync(new SessionToSave(UserId, session, before, after), ct);
        }

        return await OnOpenConnectionAsync(
            (npgsql, ct) => PostgreSqlSessionWriter.SaveAsync(npgsql, UserId, session, before, after, ct),
            sqlite => SqliteSessionWriter.Save(sqlite, UserId, session, before, after),
            ct);
    }

    /// <summary>Adds a pain diary entry.</summary>
    /// <returns>The entry's row id.</returns>
    public async Task<long> AddPainEntryAsync(PainEntry entry, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        CheckNote(entry.Note, nameof(entry));
        await using var context = _contexts.CreateDbContext();
        var row = new PainEntryRow
        {
            UserId = UserId,
            Uid = entry.Id == Guid.Empty ? Guid.NewGuid() : entry.Id,
            At = entry.At,
            Score = entry.Score.Value,
            Area = entry.Area?.ToName(),
            Note = entry.Note,
        };
        context.PainEntries.Add(row);
        await context.SaveChangesAsync(ct);
        return row.Id;
    }

    // ---------------------------------------------------------------- reading

    /// <summary>One session by the id the store gave it, or <c>null</c> when this user has none such.</summary>
    public async Task<StoredSession?> GetSessionAsync(long id, CancellationToken ct = default)
    {
        await using var context = _contexts.CreateDbContext();
        var row = await context.Sessions.AsNoTracking().Include(s => s.Stretches).SingleOrDefaultAsync(s => s.Id == id && s.UserId == UserId, ct);
        return row is null ? null : ToStored(row);
    }

    /// <summary>One session by its stable id (a client's id), or <c>null</c>.</summary>
    public async Task<StoredSession?> FindSessionAsync(Guid uid, CancellationToken ct = default)
    {
        await using var context = _contexts.CreateDbContext();
        var row = await context.Sessions.AsNoTracking().Include(s => s.Stretches).SingleOrDefaultAsync(s => s.Uid == uid && s.UserId == UserId, ct);
        return row is null ? null : ToStored(row);
    }

    /// <summary>The latest session of <paramref name="source"/> that was started and never finished, if any.</summary>
    public async Task<StoredSession?> FindOpenSessionAsync(SessionSource source = SessionSource.Guided, CancellationToken ct = default)
    {
        await using var context = _contexts.CreateDbContext();
        var name = StoredNames.Of(source);
        var row = await context.Sessions.AsNoTracking().Include(s => s.Stretches)
            .Where(s => s.UserId == UserId && s.Outcome == null && s.Source == name)
            .OrderByDescending(s => s.StartedAt).ThenByDescending(s => s.Id)
            .FirstOrDefaultAsync(ct);
        return row is null ? null : ToStored(row);
    }

    /// <summary>Sessions (with their stretch records) and pain entries since <paramref name="since"/> (all when null), newest first.</summary>
    public Task<History> GetHistoryAsync(DateTimeOffset? since, CancellationToken ct = default) => GetHistoryAsync(since, withEveryHurt: false, ct);

    /// <summary>
    /// Sessions and pain entries since <paramref name="since"/> (all when <c>null</c>), newest first; with
    /// <paramref name="withEveryHurt"/>, also every older session in which something hurt, with its stretches (what the
    /// safety rules read: <c>SafetyRules.HistoryNeededSince</c>).
    /// </summary>
    public async Task<History> GetHistoryAsync(DateTimeOffset? since, bool withEveryHurt, CancellationToken ct = default)
    {
        await using var context = _contexts.CreateDbContext();
        var zone = await ZoneAsync(context, UserId, ct);
        var sessions = context.Sessions.AsNoTracking().Where(s => s.UserId == UserId);
        var pain = context.PainEntries.AsNoTracking().Where(p => p.UserId == UserId);
        if (since is { } from)
        {
            sessions = withEveryHurt
                ? sessions.Where(s => s.StartedAt >= from || s.HurtStretchId != null || s.Stretches.Any(r => r.Hurt))
                : sessions.Where(s => s.StartedAt >= from);
            pain = pain.Where(p => p.At >= from);
        }

        var sessionRows = await sessions.Include(s => s.Stretches)
            .OrderByDescending(s => s.StartedAt).ThenByDescending(s => s.Id)
            .AsSplitQuery()
            .ToListAsync(ct);
        var painRows = await pain.OrderByDescending(p => p.At).ThenByDescending(p => p.Id).ToListAsync(ct);
        return ToHistory(sessionRows, painRows, zone);
    }

    /// <summary>History from its rows, newest first as given (also for <see cref="SqliteHistoryReader"/>: one mapping, one set of refusals).</summary>
    internal static History ToHistory(IEnumerable<SessionRow> sessions, IEnumerable<PainEntryRow> pain, TimeZoneInfo zone) =>
        new([.. sessions.Select(ToSession)], [.. pain.Select(ToPainEntry)], zone.Id);

    /// <summary>Statistics, read from the summary rows (cost does not grow with the length of history).</summary>
    public async Task<PracticeStats> GetStatsAsync(CancellationToken ct = default)
    {
        // Plain SQL over the context's pooled connection (the same reads as SqliteStatsReader): one round trip on
        // PostgreSQL where EF Core sent six queries, and no query pipeline on this hot path of the server.
        return await OnOpenConnectionAsync(
            (npgsql, ct) => PostgreSqlStatsReader.ReadAsync(npgsql, UserId, _time, ct),
            sqlite => SqliteStatsReader.Read(sqlite, _time, UserId),
            ct);
    }

    // The hot paths' plain SQL runs on a context's pooled connection, opened here and closed here: a connection the
    // store opened is never left open in a context that goes back to EF Core's pool.
    private Task<T> OnOpenConnectionAsync<T>(
        Func<Npgsql.NpgsqlConnection, CancellationToken, Task<T>> onPostgreSql, Func<SqliteConnection, T> onSqlite, CancellationToken ct) =>
        OnOpenConnectionAsync(_contexts, onPostgreSql, onSqlite, ct);

    /// <summary>Runs <paramref name="onPostgreSql"/> on a pooled PostgreSQL connection, opened and closed here.</summary>
    internal static Task<T> OnOpenNpgsqlConnectionAsync<T>(
        IDbContextFactory<SuppleDbContext> contexts, Func<Npgsql.NpgsqlConnection, CancellationToken, Task<T>> onPostgreSql, CancellationToken ct) =>
        OnOpenConnectionAsync(contexts, onPostgreSql, _ => throw new InvalidOperationException("This is PostgreSQL's write path; the store is on SQLite."), ct);

    private static async Task<T> OnOpenConnectionAsync<T>(
        IDbContextFactory<SuppleDbContext> contexts, Func<Npgsql.NpgsqlConnection, CancellationToken, Task<T>> onPostgreSql, Func<SqliteConnection, T> onSqlite, CancellationToken ct)
    {
        await using var context = contexts.CreateDbContext();
        await context.Database.OpenConnectionAsync(ct);
        try
        {
            return context.Database.GetDbConnection() is Npgsql.NpgsqlConnection npgsql
                ? await onPostgreSql(npgsql, ct)
                : onSqlite((SqliteConnection)context.Database.GetDbConnection());
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }

    internal static StreakState ToStreak(UserStatsRow s) => new(s.RunStart, s.RunEnd, s.LongestStreak);

    // ---------------------------------------------------------------- export / import

    /// <summary>The whole history of this person, oldest first.</summary>
    public async Task<ExportDocument> ExportAsync(CancellationToken ct = default)
    {
        await using var context = _contexts.CreateDbContext();
        var zone = await ZoneAsync(context, UserId, ct);
        var sessionRows = await context.Sessions.AsNoTracking().Where(s => s.UserId == UserId)
            .Include(s => s.Stretches).AsSplitQuery().ToListAsync(ct);
        var painRows = await context.PainEntries.AsNoTracking().Where(p => p.UserId == UserId).ToListAsync(ct);
        return ToExport(sessionRows, painRows, zone, _time.GetUtcNow());
    }

    /// <summary>Stored rows as an export document: the one mapping of both read paths (EF Core, plain SQL), oldest first.</summary>
    internal static ExportDocument ToExport(IEnumerable<SessionRow> sessionRows, IEnumerable<PainEntryRow> painRows, TimeZoneInfo zone, DateTimeOffset exportedAt)
    {
        var sessions = sessionRows.OrderBy(s => s.StartedAt).ThenBy(s => s.Id).Select(s => new ExportedSession(
            s.Uid,
            s.StartedAt,
            s.EndedAt,
            s.Day,
            s.TimeZoneId,
            s.ProgrammeName,
            s.Level,
            s.Source,
            StoredNames.Of(StoredNames.Outcome(s.Outcome)),
            s.PainBefore,
            s.PainAfter,
            s.HurtStretchId,
            s.HurtSide,
            s.HurtAt,
            s.Note,
            [.. s.Stretches.OrderBy(r => r.Seq).Select(r => new ExportedStretch(r.StretchId, r.Side, r.RepsDone, r.SetsDone, r.SecondsHeld, r.Skipped, r.Hurt, r.RecordedAt, r.Partial))]));
        var pain = painRows.OrderBy(p => p.At).ThenBy(p => p.Id).Select(p => new ExportedPainEntry(p.Uid, p.At, p.Score, p.Area, p.Note));
        return new ExportDocument(ExportDocument.FormatName, ExportDocument.CurrentVersion, exportedAt, zone.Id, [.. sessions], [.. pain]);
    }

    /// <summary>
    /// Adds the sessions and pain entries of <paramref name="document"/> that are not there yet (matched by id), in
    /// one transaction. A document with any invalid field, or anything that cannot be true by <paramref name="rules"/>
    /// (a time in the future, an unknown time zone or stretch, a day that is not the session's), is rejected whole
    /// (<see cref="ImportFormatException"/>).
    /// </summary>
    public async Task<ImportResult> ImportAsync(ExportDocument document, ImportRules rules, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(rules);
        ExportValidator.ThrowIfInvalid(document, rules, _time.GetUtcNow());
        return await WriteAsync(async (context, stats) =>
        {
            var sessionIds = document.Sessions.Select(s => s.Id).ToList();
            var existingSessions = new HashSet<Guid>();
            foreach (var chunk in sessionIds.Chunk(500))
            {
                existingSessions.UnionWith(await context.Sessions.Where(s => s.UserId == UserId && chunk.Contains(s.Uid)).Select(s => s.Uid).ToListAsync(ct));
            }

            var existingPain = new HashSet<Guid>();
            foreach (var chunk in document.PainEntries.Select(p => p.Id).Chunk(500))
            {
                existingPain.UnionWith(await context.PainEntries.Where(p => p.UserId == UserId && chunk.Contains(p.Uid)).Select(p => p.Uid).ToListAsync(ct));
            }

            var days = await context.DaySummaries.Where(d => d.UserId == UserId).ToDictionaryAsync(d => d.Day, ct);
            var tallies = await context.StretchSummaries.Where(t => t.UserId == UserId).ToDictionaryAsync(t => t.StretchId, StringComparer.Ordinal, ct);
            int sessionsAdded = 0, painAdded = 0;
            foreach (var s in document.Sessions)
            {
                if (!existingSessions.Add(s.Id))
                {
                    continue;
                }

                var outcome = StoredNames.Outcome(s.Outcome);
                var source = StoredNames.Source(s.Source);
                var row = new SessionRow
                {
                    UserId = UserId,
                    Uid = s.Id,
                    StartedAt = s.StartedAt,
                    EndedAt = s.EndedAt,
                    Day = s.Day,
                    TimeZoneId = s.TimeZone,
                    ProgrammeName = s.Programme,
                    Level = StoredNames.Of(StoredNames.Level(s.Level)),
                    Source = StoredNames.Of(source),
                    Outcome = StoredNames.Of(outcome),
                    PainBefore = s.PainBefore,
                    PainAfter = s.PainAfter,
                    HurtStretchId = s.HurtStretch,
                    HurtSide = s.HurtSide is null ? null : StoredNames.Of(StoredNames.SideOf(s.HurtSide)),
                    HurtAt = s.HurtAt,
                    Note = s.Note,
                };
                var records = new List<StretchRecord>(s.Stretches.Count);
                var seq = 0;
                foreach (var r in s.Stretches)
                {
                    var record = new StretchRecord(r.Stretch, StoredNames.SideOf(r.Side), r.RepsDone, r.SetsDone, r.SecondsHeld, r.Skipped, r.Hurt, r.Partial ?? false);
                    records.Add(record);
                    row.Stretches.Add(ToRow(record, 0, ++seq, r.RecordedAt));
                }

                // A session exported before it finished has no end: it adds no outcome and no pain pair.
                var change = SummaryRule.Of(SessionChange.Whole(row.Day, source, records, s.EndedAt is null ? null : outcome, s.PainBefore, s.PainAfter));
                AddTotals(stats, change.Totals);
                foreach (var t in change.Tallies)
                {
                    if (!tallies.TryGetValue(t.StretchId, out var tally))
                    {
                        tally = new StretchSummaryRow { UserId = UserId, StretchId = t.StretchId };
                        tallies[t.StretchId] = tally;
                        context.StretchSummaries.Add(tally);
                    }

                    AddTally(tally, t);
                }

                if (!days.TryGetValue(row.Day, out var day))
                {
                    day = new DaySummaryRow { UserId = UserId, Day = row.Day };
                    days[row.Day] = day;
                    context.DaySummaries.Add(day);
                }

                day.Sessions += change.DaySessions;
                if (change.BecomesPractised)
                {
                    row.CountedAsPractice = true;
                    day.PractisedSessions++;
                }

                context.Sessions.Add(row);
                sessionsAdded++;
            }

            foreach (var p in document.PainEntries)
            {
                if (!existingPain.Add(p.Id))
                {
                    continue;
                }

                context.PainEntries.Add(new PainEntryRow { UserId = UserId, Uid = p.Id, At = p.At, Score = p.Score, Area = p.Area is null ? null : StoredNames.Area(p.Area)!.Value.ToName(), Note = p.Note });
                painAdded++;
            }

            var streak = StreakCalculator.FromDays(days.Values.Where(d => d.PractisedSessions > 0).Select(d => d.Day));
            stats.RunStart = streak.RunStart;
            stats.RunEnd = streak.RunEnd;
            stats.LongestStreak = streak.Longest;
            return new ImportResult(sessionsAdded, document.Sessions.Count - sessionsAdded, painAdded, document.PainEntries.Count - painAdded);
        }, ct);
    }

    // ---------------------------------------------------------------- helpers

    private async Task<T> WriteAsync<T>(Func<SuppleDbContext, UserStatsRow, Task<T>> body, CancellationToken ct)
    {
        await using var context = _contexts.CreateDbContext();
        // SQLite: BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default) takes the write lock at once, waiting up to the busy
        // timeout. PostgreSQL: the user's stats row is locked FOR UPDATE, serialising this user's writes.
        await using var transaction = await context.Database.BeginTransactionAsync(ct);
        // A failed write rolls the whole transaction back, so EF Core's savepoint around SaveChanges buys nothing and
        // costs a round trip (RELEASE SAVEPOINT) on every write.
        context.Database.AutoSavepointsEnabled = false;
        var stats = context.Provider == StoreProvider.PostgreSql
            ? await context.UserStats.FromSql($"SELECT * FROM user_stats WHERE user_id = {UserId} FOR UPDATE").SingleOrDefaultAsync(ct)
            : await context.UserStats.SingleOrDefaultAsync(s => s.UserId == UserId, ct);
        if (stats is null)
        {
            stats = new UserStatsRow { UserId = UserId };
            context.UserStats.Add(stats);
        }

        var result = await body(context, stats);
        await context.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return result;
    }

    /// <summary>Persists what the summary rule says <paramref name="change"/> adds (the one rule: <see cref="SummaryRule"/>).</summary>
    private async Task ApplyAsync(SuppleDbContext context, UserStatsRow stats, SessionRow session, SessionChange change, CancellationToken ct)
    {
        var summary = SummaryRule.Of(change);
        AddTotals(stats, summary.Totals);
        foreach (var t in summary.Tallies)
        {
            var row = context.StretchSummaries.Local.FirstOrDefault(r => r.UserId == UserId && r.StretchId == t.StretchId)
                ?? await context.StretchSummaries.SingleOrDefaultAsync(r => r.UserId == UserId && r.StretchId == t.StretchId, ct);
            if (row is null)
            {
                row = new StretchSummaryRow { UserId = UserId, StretchId = t.StretchId };
                context.StretchSummaries.Add(row);
            }

            AddTally(row, t);
        }

        if (summary.DaySessions == 0 && !summary.BecomesPractised)
        {
            return;
        }

        var day = context.DaySummaries.Local.FirstOrDefault(d => d.UserId == UserId && d.Day == change.Day)
            ?? await context.DaySummaries.SingleOrDefaultAsync(d => d.UserId == UserId && d.Day == change.Day, ct);
        if (day is null)
        {
            day = new DaySummaryRow { UserId = UserId, Day = change.Day };
            context.DaySummaries.Add(day);
        }

        day.Sessions += summary.DaySessions;
        if (!summary.BecomesPractised)
        {
            return;
        }

        session.CountedAsPractice = true;
        var next = SummaryRule.StreakAfter(ToStreak(stats), change.Day, day.PractisedSessions);
        day.PractisedSessions++;
        if (next is null)
        {
            // A day before the latest run (a back-dated log): recompute from the per-day rows.
            var practised = await context.DaySummaries.Where(d => d.UserId == UserId && d.PractisedSessions > 0).Select(d => d.Day).ToListAsync(ct);
            practised.Add(change.Day);
            next = StreakCalculator.FromDays(practised);
        }

        stats.RunStart = next.RunStart;
        stats.RunEnd = next.RunEnd;
        stats.LongestStreak = next.Longest;
    }

    private static void AddTotals(UserStatsRow stats, PracticeTotals totals)
    {
        stats.SessionsStarted += totals.SessionsStarted;
        stats.SessionsCompleted += totals.Completed;
        stats.SessionsStoppedForPain += totals.StoppedForPain;
        stats.PainPairs += totals.PainPairs;
        stats.PainBeforeSum += totals.PainBeforeSum;
        stats.PainAfterSum += totals.PainAfterSum;
    }

    private static void AddTally(StretchSummaryRow row, StretchTally tally)
    {
        row.TimesDone += tally.TimesDone;
        row.TimesSkipped += tally.TimesSkipped;
        row.TimesHurt += tally.TimesHurt;
    }

    private StretchRecordRow ToRow(StretchRecord record, long sessionId, int seq, DateTimeOffset at) => new()
    {
        UserId = UserId,
        SessionId = sessionId,
        Seq = seq,
        StretchId = record.StretchId,
        Side = StoredNames.Of(record.Side),
        RepsDone = record.RepsDone,
        SetsDone = record.SetsDone,
        SecondsHeld = record.SecondsHeld,
        Skipped = record.Skipped,
        Hurt = record.Hurt,
        Partial = record.Partial,
        RecordedAt = at,
    };

    private static PracticeSession ToSession(SessionRow row) => new(
        row.Uid,
        row.StartedAt,
        row.EndedAt,
        row.Day,
        row.ProgrammeName,
        StoredNames.Level(row.Level),
        StoredNames.Outcome(row.Outcome),
        StoredNames.Source(row.Source),
        row.PainBefore is { } b ? new PainScore(b) : null,
        row.PainAfter is { } a ? new PainScore(a) : null,
        row.HurtStretchId is { } hurtId ? new HurtReport(hurtId, row.HurtSide is { } side ? StoredNames.SideOf(side) : Side.None, row.HurtAt ?? row.EndedAt ?? row.StartedAt) : null,
        [.. row.Stretches.OrderBy(r => r.Seq).Select(r => new StretchRecord(r.StretchId, StoredNames.SideOf(r.Side), r.RepsDone, r.SetsDone, r.SecondsHeld, r.Skipped, r.Hurt, r.Partial))],
        row.Note);

    private static StoredSession ToStored(SessionRow row) => new(
        row.Id,
        row.Uid,
        row.StartedAt,
        row.EndedAt,
        row.Day,
        row.ProgrammeName,
        StoredNames.TryLevel(row.Level, out var level) ? level : DosageLevel.Standard,
        StoredNames.TrySource(row.Source, out var source) ? source : SessionSource.Guided,
        row.Outcome is null ? null : StoredNames.Outcome(row.Outcome),
        row.PainBefore,
        row.PainAfter,
        row.HurtStretchId is { } hurtId ? new HurtReport(hurtId, StoredNames.TrySide(row.HurtSide, out var side) ? side : Side.None, row.HurtAt ?? row.EndedAt ?? row.StartedAt) : null,
        [.. row.Stretches.OrderBy(r => r.Seq).Select(r => new StretchRecord(r.StretchId, StoredNames.TrySide(r.Side, out var s) ? s : Side.None, r.RepsDone, r.SetsDone, r.SecondsHeld, r.Skipped, r.Hurt, r.Partial))],
        row.Play);

    private static void End(SessionRow session, SessionOutcome outcome, DateTimeOffset endedAt, int? painAfter, HurtReport? hurt)
    {
        session.Outcome = StoredNames.Of(outcome);
        session.EndedAt = endedAt;
        session.PainAfter = painAfter;
        if (hurt is not null)
        {
            session.HurtStretchId = hurt.StretchId;
            session.HurtSide = StoredNames.Of(hurt.Side);
            session.HurtAt = hurt.At;
        }
    }

    private static PainEntry ToPainEntry(PainEntryRow row) =>
        new(row.Uid, row.At, new PainScore(row.Score), StoredNames.Area(row.Area), row.Note);

    private static int? CheckPain(int? value, string paramName)
    {
        if (value is { } v && v is < PainScore.Min or > PainScore.Max)
        {
            throw new ArgumentOutOfRangeException(paramName, v, "A pain score is from 0 to 10.");
        }

        return value;
    }

    /// <summary>The checks of a logged session on every write path (this store's and <see cref="SqliteJournalFastPath"/>); returns its pain scores.</summary>
    internal static (int? Before, int? After) CheckLogged(LoggedSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentException.ThrowIfNullOrWhiteSpace(session.ProgrammeName);
        ArgumentNullException.ThrowIfNull(session.Stretches);
        foreach (var record in session.Stretches)
        {
            CheckRecord(record, nameof(session));
        }

        var before = CheckPain(session.PainBefore, nameof(session));
        var after = CheckPain(session.PainAfter, nameof(session));
        CheckNote(session.Note, nameof(session));
        return (before, after);
    }

    /// <summary>A note as it is stored: trimmed, and none when blank.</summary>
    internal static string? StoredNote(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();

    /// <summary>The checks every path that records a session's start makes; returns the pain before, checked.</summary>
    internal static int? CheckStart(SessionStart start)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentException.ThrowIfNullOrWhiteSpace(start.ProgrammeName);
        return CheckPain(start.PainBefore, nameof(start));
    }

    internal static void CheckNote(string? note, string paramName)
    {
        if (note is { Length: > PainEntry.MaxNoteLength })
        {
            throw new ArgumentException($"A note is at most {PainEntry.MaxNoteLength} characters.", paramName);
        }
    }

    private static void CheckRecord(StretchRecord record, string paramName)
    {
        ArgumentNullException.ThrowIfNull(record, paramName);
        if (string.IsNullOrWhiteSpace(record.StretchId) || record.StretchId.Length > 100)
        {
            throw new ArgumentException("A stretch record needs a stretch id of at most 100 characters.", paramName);
        }

        if (record.RepsDone < 0 || record.SetsDone < 0 || record.SecondsHeld < 0 || !Enum.IsDefined(record.Side))
        {
            throw new ArgumentException($"The record of {record.StretchId} has negative counts or an unknown side.", paramName);
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        if (_ownsPool && Location.Provider == StoreProvider.Sqlite)
        {
            using var connection = new SqliteConnection(Location.ConnectionString);
            SqliteConnection.ClearPool(connection);
        }

        return ValueTask.CompletedTask;
    }
}
