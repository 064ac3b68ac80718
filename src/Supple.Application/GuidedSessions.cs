using Microsoft.EntityFrameworkCore;
using Supple.Core.Content;
using Supple.Core.History;
using Supple.Core.Planning;
using Supple.Core.Safety;
using Supple.Core.Sessions;
using Supple.Data;

namespace Supple.Application;

/// <summary>
/// Guided sessions in either player, through one set of rules. A session is prepared (the safety gate, the plan, pain
/// of 7 or more → gentle, paused stretches left out, nothing above the article's range), started (stored with the
/// routine it plays), reported step by step (<see cref="StepOutcome"/>s folded into records by Core's
/// <see cref="SessionFold"/>, whether they come live or all at once), and ended: completed, stopped for pain, or quit
/// (the stretch in progress kept as partial). A client's id makes every start and every report safe to repeat.
/// </summary>
public sealed class GuidedSessions
{
    /// <summary>How far ahead of the server's clock a client's time may be and still be taken as now (clock skew).</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    private const int Retries = 5;
    private readonly SuppleApp _app;

    internal GuidedSessions(SuppleApp app) => _app = app;

    /// <summary>
    /// Decides what to play, with every rule applied. Refuses while the safety gate is closed, when a programme file
    /// goes above the article's range, and when every stretch asked for is paused.
    /// </summary>
    /// <exception cref="RefusedException">A safety rule refuses the session.</exception>
    /// <exception cref="ArgumentException">A stretch id is unknown.</exception>
    /// <exception cref="DamagedDocumentException">The saved plan or the resumed stretches cannot be read.</exception>
    public async Task<PreparedSession> PrepareAsync(SessionRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await _app.Assessments.ThrowIfClosedAsync(ct);
        ThrowIfAboveArticleRange(_app.Programme);
        var only = request.Only ?? [];
        var pain = request.PainBefore is { } p ? new PainScore(p) : (PainScore?)null;
        var now = _app.Time.GetUtcNow();
        TodaysSession today;
        var fromPlan = false;
        if (request.FromPlan && request.Level is null && only.Count == 0 && await _app.Assessments.PlanAsync(ct) is { } plan)
        {
            today = await _app.Assessments.TodayAsync(plan, request.PainBefore, ct);
            fromPlan = true;
        }
        else
        {
            var level = request.Level ?? DosageLevel.Standard;
            var requested = only.Count == 0 ? Routine.All(_app.Programme, level) : Routine.Only(_app.Programme, only, level);
            today = TodaysSessionPlanner.ForRoutine(_app.Programme, requested, await _app.Documents.SafetyHistoryAsync(now, planCreatedAt: null, ct), pain, now);
        }

        if (today.Routine.Items.Count == 0)
        {
            throw new RefusedException(RefusalReason.AllPaused, AppMessages.AllPaused, SafetyMessages.AllPaused, [SafetySources.Article]);
        }

        var timeline = TimelineCompiler.Compile(_app.Programme, today.Routine);
        return new PreparedSession(timeline, today.Routine, RecordedLevel(today.Routine), today.Gentle, fromPlan, today.Advice);
    }

    /// <summary>
    /// Starts a prepared session: it is stored at once (so a crash leaves it, with what was done, as never finished)
    /// with the routine it plays. With a <paramref name="clientId"/> already used, it is that session (nothing new).
    /// </summary>
    public async Task<SessionState> StartAsync(
        PreparedSession prepared, int? painBefore, Guid? clientId = null, DateTimeOffset? startedAt = null, SessionSource source = SessionSource.Guided, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        var at = Clamp(startedAt, DateTimeOffset.MinValue);
        var play = SessionPlaySerializer.Serialize(new SessionPlay(_app.ProgrammeName, prepared.Routine, []));
        var start = new Data.SessionStart(at, _app.ProgrammeName, prepared.Level, painBefore, [.. prepared.Routine.Items.Select(i => i.StretchId)], clientId, play, source);

        // The terminal on its own file: the start is written with plain SQL, so the first step shows without waiting for
        // EF Core's start-up (docs/PERFORMANCE.md). Without a client id there is no earlier start to find.
        if (clientId is null && _app.Users is LocalUserStore { IsOpen: false } local
            && SqliteJournalFastPath.TryStartSession(local.Location, start, local.UserId) is { } started)
        {
            return State(started);
        }

        var store = await _app.Users.GetAsync(ct);
        if (clientId is { } known && await store.FindSessionAsync(known, ct) is { } existing)
        {
            return State(existing);
        }

        long id;
        try
        {
            id = await store.StartSessionAsync(start, ct);
        }
        catch (DbUpdateException ex) when (clientId is not null)
        {
            // The same client id started at the same moment on another request: that session is this one.
            var raced = await store.FindSessionAsync(clientId.Value, ct);
            if (raced is null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex);
            }

            return State(raced);
        }

        return State((await store.GetSessionAsync(id, ct))!);
    }

    /// <summary>One session, or <c>null</c> when this person has none such.</summary>
    public async Task<SessionState?> GetAsync(long id, CancellationToken ct = default) =>
        await (await _app.Users.GetAsync(ct)).GetSessionAsync(id, ct) is { } stored ? State(stored) : null;

    /// <summary>One session by the client's id, or <c>null</c>.</summary>
    public async Task<SessionState?> FindAsync(Guid clientId, CancellationToken ct = default) =>
        await (await _app.Users.GetAsync(ct)).FindSessionAsync(clientId, ct) is { } stored ? State(stored) : null;

    /// <summary>The latest guided session that was started and never finished, if any.</summary>
    public async Task<SessionState?> GetOpenAsync(CancellationToken ct = default) =>
        await (await _app.Users.GetAsync(ct)).FindOpenSessionAsync(SessionSource.Guided, ct) is { } stored ? State(stored) : null;

    /// <summary>
    /// Folds reported step outcomes into the session: the records of every stretch they close are stored, and a step
    /// that ends the session ends it (completed, stopped for pain, quit). Steps already received are checked and
    /// skipped, so a repeated report changes nothing.
    /// </summary>
    /// <exception cref="RefusedException">No such session, or it has ended and these steps are new.</exception>
    /// <exception cref="ArgumentException">A step is out of order, after the end, or contradicts one already received.</exception>
    public async Task<SessionState> ReportStepsAsync(long id, IReadOnlyList<StepOutcome> steps, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var store = await _app.Users.GetAsync(ct);
        for (var attempt = 1; ; attempt++)
        {
            var session = await store.GetSessionAsync(id, ct) ?? throw NoSuchSession(id);
            var (play, timeline) = PlayOf(session);
            var fold = SessionFold.Replay(timeline, play.Steps);
            var received = play.Steps.ToDictionary(s => s.Step);
            var fresh = new List<StepOutcome>();
            foreach (var step in steps)
            {
                ArgumentNullException.ThrowIfNull(step, nameof(steps));
                if (received.TryGetValue(step.Step, out var before))
                {
                    if (before.End != step.End)
                    {
                        if (session.Finished)
                        {
                            throw Ended(session); // a step the end already settled: the session is over, not the report wrong
                        }

                        throw new ArgumentException(AppMessages.Format(AppMessages.StepAlreadyDifferent, step.Step, SessionPlaySerializer.Name(before.End), SessionPlaySerializer.Name(step.End)), nameof(steps));
                    }

                    continue;
                }

                // Live reports: the server's clock dated the start, the device's clock dates the step. A device clock that
                // is off must never cost a report ("this hurts" above all), so the time is clamped, not refused.
                fresh.Add(step with { At = Clamp(step.At, session.StartedAt) });
            }

            if (fresh.Count == 0)
            {
                return State(session);
            }

            if (session.Finished)
            {
                throw Ended(session);
            }

            var closed = new List<RecordedStretch>();
            foreach (var step in fresh)
            {
                if (fold.Outcome is not null)
                {
                    throw new ArgumentException(AppMessages.Format(AppMessages.StepAfterEnd, step.Step), nameof(steps));
                }

                var folded = fold.Apply(step);
                closed.AddRange(folded.Closed.Select(r => new RecordedStretch(r, step.At)));
            }

            var last = fresh[^1].At;
            var ending = fold.Outcome is { } outcome ? new SessionEnding(outcome, last, null, fold.Hurt) : null;
            var newPlay = SessionPlaySerializer.Serialize(play with { Steps = [.. play.Steps, .. fresh] });
            try
            {
                await store.RecordStretchesAsync(id, closed, newPlay, ending, playBefore: session.Play, ct);
            }
            catch (SessionChangedException) when (attempt < Retries)
            {
                continue; // another report came in meanwhile: fold again from what is stored
            }

            return State((await store.GetSessionAsync(id, ct))!);
        }
    }

    /// <summary>
    /// "This hurts": stops the session for pain at the step in progress (a hurt before a side started, or while getting
    /// into position, is recorded on the stretch being got into). Repeating it, or calling it after the player reported
    /// the hurt step itself, changes nothing more; a pain score given is added once.
    /// </summary>
    public async Task<SessionState> StopForPainAsync(long id, int? painAfter = null, TimeSpan? worked = null, DateTimeOffset? at = null, CancellationToken ct = default)
    {
        var state = await GetAsync(id, ct) ?? throw NoSuchSession(id);
        if (!state.Finished)
        {
            state = await EndAtNextStepAsync(state, StepEnd.Hurt, worked, at, ct);
        }
        else if (state.Outcome != SessionOutcome.StoppedForPain)
        {
            throw Ended(state.Id, state.Outcome);
        }

        return await AddPainAfterAsync(state, painAfter, ct);
    }

    /// <summary>Quits the session: the stretch in progress is kept as partial, the session as abandoned.</summary>
    /// <exception cref="RefusedException">No such session, or it has already ended.</exception>
    public async Task<SessionState> QuitAsync(long id, TimeSpan? worked = null, DateTimeOffset? at = null, CancellationToken ct = default)
    {
        var state = await GetAsync(id, ct) ?? throw NoSuchSession(id);
        return state.Finished ? throw Ended(state.Id, state.Outcome) : await EndAtNextStepAsync(state, StepEnd.Stopped, worked, at, ct);
    }

    /// <summary>
    /// Finishes the session with the pain after: a session still open is ended as it is (quit: abandoned, the stretch
    /// in progress partial); one that has ended gets the pain after, once. Finishing again with the same pain (or
    /// none) changes nothing; with another pain it is refused.
    /// </summary>
    /// <exception cref="RefusedException">No such session, or it has ended with another pain after.</exception>
    public async Task<SessionState> FinishAsync(long id, int? painAfter, DateTimeOffset? at = null, CancellationToken ct = default)
    {
        var state = await GetAsync(id, ct) ?? throw NoSuchSession(id);
        if (!state.Finished)
        {
            state = await EndAtNextStepAsync(state, StepEnd.Stopped, worked: null, at, ct);
        }
        else if (painAfter is not null && state.PainAfter is { } stored && stored != painAfter)
        {
            throw Ended(state.Id, state.Outcome);
        }

        return await AddPainAfterAsync(state, painAfter, ct);
    }

    /// <summary>
    /// Saves a session played offline, sent whole: its step outcomes are folded by the same Core code as live reports.
    /// Sending it again (the same client id) is the same session; a session started online and finished offline gets
    /// the rest of its steps.
    /// </summary>
    /// <exception cref="ArgumentException">The routine or the steps are not valid.</exception>
    public async Task<SessionState> SavePlayedAsync(PlayedSession played, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(played);
        var store = await _app.Users.GetAsync(ct);
        if (await store.FindSessionAsync(played.ClientId, ct) is { } existing)
        {
            var state = State(existing);
            if (!state.Finished && played.Steps.Count > 0)
            {
                state = await ReportStepsAsync(state.Id, played.Steps, ct);
            }

            return await AddPainAfterAsync(state, played.PainAfter, ct);
        }

        var timeline = TimelineCompiler.Compile(_app.Programme, played.Routine);
        var startedAt = Clamp(played.StartedAt, DateTimeOffset.MinValue);
        var fold = new SessionFold(timeline);
        var records = new List<RecordedStretch>();
        var endedAt = startedAt;
        foreach (var step in played.Steps)
        {
            if (fold.Outcome is not null)
            {
                throw new ArgumentException(AppMessages.Format(AppMessages.StepAfterEnd, step.Step), nameof(played));
            }

            ThrowIfBeforeStart(step, startedAt, nameof(played));
            var at = Clamp(step.At, startedAt);
            records.AddRange(fold.Apply(step with { At = at }).Closed.Select(r => new RecordedStretch(r, at)));
            endedAt = at;
        }

        if (fold.Outcome is null)
        {
            // Sent before its end (the device went away mid-session): the stretch in progress is kept as partial.
            var folded = fold.Apply(EndStep(timeline, fold.NextStep, StepEnd.Stopped, null, endedAt));
            records.AddRange(folded.Closed.Select(r => new RecordedStretch(r, endedAt)));
        }

        var level = RecordedLevel(played.Routine);
        var session = new CompletedSession(startedAt, endedAt, _app.ProgrammeName, level, played.PainBefore, played.PainAfter, records, fold.Outcome!.Value, fold.Hurt, played.ClientId, played.Source);
        long id;
        try
        {
            id = await store.SaveCompletedSessionAsync(session, ct);
        }
        catch (Exception ex) when (IsDuplicate(ex))
        {
            // Sent twice at the same moment: the first one saved it.
            var raced = await store.FindSessionAsync(played.ClientId, ct);
            if (raced is null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex);
            }

            return State(raced);
        }

        // The answer is what was just committed: not read back (the server's hot path, see docs/PERFORMANCE.md).
        return new SessionState(id, played.ClientId, startedAt, endedAt, level, played.Source, fold.Outcome, played.PainBefore, played.PainAfter, fold.Hurt,
            [.. records.Select(r => r.Record)], timeline, timeline.Steps.Count, played.Routine);
    }

    /// <summary>The level a session of this routine records: the lowest level any of its stretches is played at.</summary>
    public static DosageLevel RecordedLevel(Routine routine)
    {
        ArgumentNullException.ThrowIfNull(routine);
        return routine.Items.Count == 0 ? DosageLevel.Gentle : routine.Items.Min(i => i.Level);
    }

    /// <summary>Refuses a programme file that asks for more than the article's range of one of its stretches.</summary>
    /// <exception cref="RefusedException">It does.</exception>
    public static void ThrowIfAboveArticleRange(Programme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        if (ReferenceEquals(programme, BuiltInProgramme.Instance))
        {
            return;
        }

        var excesses = ArticleRange.Excesses(programme, BuiltInProgramme.Instance);
        if (excesses.Count > 0)
        {
            throw new RefusedException(RefusalReason.AboveArticleRange, AppMessages.TitleAboveArticleRange,
                AppMessages.Format(AppMessages.AboveArticleRange, AppMessages.StretchCount(excesses.Count), string.Join("; ", excesses)),
                [SafetySources.Article]);
        }
    }

    private static bool IsDuplicate(Exception ex) =>
        ex is DbUpdateException || ex.GetType().Name is "SqliteException" or "PostgresException" || ex.InnerException is { } inner && IsDuplicate(inner);

    private static StepOutcome EndStep(Timeline timeline, int step, StepEnd end, TimeSpan? worked, DateTimeOffset at) =>
        // The final Done step can only be played: a session whose every stretch is done is complete.
        timeline.Steps[step].Kind == StepKind.Done
            ? new StepOutcome(step, StepEnd.Played, TimeSpan.Zero, at)
            : new StepOutcome(step, end, worked ?? TimeSpan.Zero, at);

    private static RefusedException NoSuchSession(long id) =>
        new(RefusalReason.NoSuchSession, AppMessages.TitleNoSuchSession, AppMessages.Format(AppMessages.NoSuchSession, id));

    private static RefusedException Ended(StoredSession session) => Ended(session.Id, session.Outcome);

    private static RefusedException Ended(long id, SessionOutcome? outcome) =>
        new(RefusalReason.SessionEnded, AppMessages.TitleSessionEnded, AppMessages.Format(AppMessages.SessionEnded, id, StoredNames.Of(outcome ?? SessionOutcome.Abandoned)));

    private async Task<SessionState> EndAtNextStepAsync(SessionState state, StepEnd end, TimeSpan? worked, DateTimeOffset? at, CancellationToken ct)
    {
        if (state.Timeline is not { } timeline)
        {
            // A session started before sessions kept what they play: ended as it stands.
            var store = await _app.Users.GetAsync(ct);
            var when = Clamp(at, state.StartedAt);
            await store.FinishSessionAsync(state.Id, end == StepEnd.Hurt ? SessionOutcome.StoppedForPain : SessionOutcome.Abandoned, when, null, null, ct);
            return (await GetAsync(state.Id, ct))!;
        }

        return await ReportStepsAsync(state.Id, [EndStep(timeline, state.NextStep, end, worked, Clamp(at, state.StartedAt))], ct);
    }

    private async Task<SessionState> AddPainAfterAsync(SessionState state, int? painAfter, CancellationToken ct)
    {
        if (painAfter is not { } pain || !state.Finished || state.PainAfter is not null)
        {
            return state;
        }

        var store = await _app.Users.GetAsync(ct);
        await store.AddPainAfterAsync(state.Id, pain, ct);
        return (await GetAsync(state.Id, ct))!;
    }

    /// <summary>A step dated well before its session started is a mistake, not a clock a little off.</summary>
    private static void ThrowIfBeforeStart(StepOutcome step, DateTimeOffset startedAt, string parameter)
    {
        if (step.At is { } at && at < startedAt - ClockSkew)
        {
            throw new ArgumentException(AppMessages.Format(AppMessages.StepBeforeStart, step.Step), parameter);
        }
    }

    private DateTimeOffset Clamp(DateTimeOffset? at, DateTimeOffset notBefore)
    {
        var now = _app.Time.GetUtcNow();
        var when = at ?? now;
        if (when > now + ClockSkew)
        {
            when = now;
        }

        return when < notBefore ? notBefore : when;
    }

    private (SessionPlay Play, Timeline Timeline) PlayOf(StoredSession session)
    {
        if (session.Play is null)
        {
            throw new RefusedException(RefusalReason.NothingToDo, AppMessages.TitleNotStepReported, AppMessages.Format(AppMessages.NotStepReported, session.Id));
        }

        SessionPlay play;
        try
        {
            play = SessionPlaySerializer.Deserialize(session.Play);
        }
        catch (FormatException ex)
        {
            throw new DamagedDocumentException(AppMessages.Format(AppMessages.DamagedPlay, ex.Message), ex);
        }

        var programme = ProgrammeFor(play.Programme)
            ?? throw new RefusedException(RefusalReason.NothingToDo, AppMessages.TitleAnotherProgramme, AppMessages.Format(AppMessages.CannotReplay, session.Id, play.Programme));
        return (play, TimelineCompiler.Compile(programme, play.Routine));
    }

    private Programme? ProgrammeFor(string name) =>
        name == _app.ProgrammeName ? _app.Programme : name == BuiltInProgramme.Name ? BuiltInProgramme.Instance : null;

    private SessionState State(StoredSession session)
    {
        Timeline? timeline = null;
        Routine? routine = null;
        var next = 0;
        if (session.Play is { } json)
        {
            try
            {
                var play = SessionPlaySerializer.Deserialize(json);
                if (ProgrammeFor(play.Programme) is { } programme)
                {
                    timeline = TimelineCompiler.Compile(programme, play.Routine);
                    routine = play.Routine;
                    next = SessionFold.Replay(timeline, play.Steps).NextStep;
                }
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException)
            {
                timeline = null; // shown without a timeline: it can be read, not continued
                routine = null;
            }
        }

        if (session.Finished && timeline is not null)
        {
            next = timeline.Steps.Count;
        }

        return new SessionState(session.Id, session.Uid, session.StartedAt, session.EndedAt, session.Level, session.Source, session.Outcome,
            session.PainBefore, session.PainAfter, session.Hurt, session.Stretches, timeline, next, routine);
    }
}
