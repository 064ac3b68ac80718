using Supple.Core.Safety;
using Supple.Core.Sessions;

namespace Supple.Application.Tests;

/// <summary>
/// Guided sessions through the application layer over a real SQLite file: prepare (every rule), start, report steps,
/// stop for pain, quit, finish; what each leaves in the file is read back in a new unit of work.
/// </summary>
public sealed class GuidedSessionsTests : IAsyncDisposable
{
    private readonly AppOverFile _file = new();

    public ValueTask DisposeAsync() => _file.DisposeAsync();

    private static async Task<SessionState> StartAsync(SuppleApp app, SessionRequest request, int? painBefore = null)
    {
        var prepared = await app.Sessions.PrepareAsync(request);
        return await app.Sessions.StartAsync(prepared, painBefore ?? request.PainBefore);
    }

    [Fact]
    public async Task Pain_of_7_before_makes_a_full_session_gentle_with_the_advice_and_the_start_is_stored_at_once()
    {
        var prepared = await _file.App.Sessions.PrepareAsync(new SessionRequest(DosageLevel.Full, PainBefore: 7));
        Assert.True(prepared.Gentle);
        Assert.Equal(DosageLevel.Gentle, prepared.Level);
        Assert.Equal(7, prepared.Routine.Items.Count);
        Assert.All(prepared.Routine.Items, i => Assert.Equal(DosageLevel.Gentle, i.Level));
        Assert.Contains(prepared.Advice, a => a.Kind == SafetyAdviceKind.HighPainBeforeSession);

        var six = await _file.App.Sessions.PrepareAsync(new SessionRequest(DosageLevel.Full, PainBefore: 6));
        Assert.False(six.Gentle);
        Assert.All(six.Routine.Items, i => Assert.Equal(DosageLevel.Full, i.Level));

        var started = await _file.App.Sessions.StartAsync(prepared, 7);
        var open = await _file.Reopen().Sessions.GetOpenAsync();
        Assert.NotNull(open);
        Assert.Equal(started.Id, open.Id);
        Assert.Equal(7, open.PainBefore);
        Assert.Equal(DosageLevel.Gentle, open.Level);
        Assert.False(open.Finished);
        Assert.Equal(0, open.NextStep);
    }

    [Fact]
    public async Task Every_step_played_completes_the_session_with_its_records_and_a_repeated_report_changes_nothing()
    {
        var session = await StartAsync(_file.App, new SessionRequest(DosageLevel.Gentle, ["chest-opener"]));
        var timeline = session.Timeline!;
        var steps = timeline.Steps.Select(s => new StepOutcome(s.Index, StepEnd.Played, s.Duration, AppOverFile.Start.AddSeconds(s.Index))).ToList();

        var ended = await _file.App.Sessions.ReportStepsAsync(session.Id, steps);
        Assert.Equal(SessionOutcome.Completed, ended.Outcome);
        var record = Assert.Single(ended.Stretches);
        Assert.Equal("chest-opener", record.StretchId);
        Assert.True(record.IsDone);

        var again = await _file.Reopen().Sessions.ReportStepsAsync(session.Id, steps);
        Assert.Equal(ended.Stretches, again.Stretches);
        Assert.Equal(SessionOutcome.Completed, again.Outcome);
        Assert.Equal(1, (await _file.App.Journal.StatsAsync()).CurrentStreak);
    }

    [Fact]
    public async Task On_a_file_at_this_schema_the_terminal_starts_a_session_without_opening_the_store_and_the_store_carries_it_on()
    {
        // The first session of a new file goes through the store (it creates the file and the person).
        var accepted = await _file.App.Disclaimer.AcceptAsync();
        var first = await StartAsync(_file.App, new SessionRequest(DosageLevel.Gentle, ["chest-opener"]));
        Assert.True(((LocalUserStore)_file.App.Users).IsOpen);

        // From then on: accepting again, preparing and starting are plain SQL reads and one plain SQL write.
        _file.Time.Advance(TimeSpan.FromHours(3));
        var app = _file.Reopen();
        Assert.Equal(accepted, await app.Disclaimer.AcceptAsync());
        var session = await StartAsync(app, new SessionRequest(DosageLevel.Gentle, ["chest-opener"]), painBefore: 4);
        Assert.False(((LocalUserStore)app.Users).IsOpen, "starting the session opened the EF Core store");
        Assert.NotEqual(first.Id, session.Id);
        Assert.Equal(4, session.PainBefore);
        Assert.Equal(0, session.NextStep);
        Assert.NotNull(session.Timeline);

        // The steps then go through the store, in the same unit of work, onto the session the plain path wrote.
        var steps = session.Timeline.Steps.Select(s => new StepOutcome(s.Index, StepEnd.Played, s.Duration, _file.Time.GetUtcNow().AddSeconds(s.Index))).ToList();
        var ended = await app.Sessions.ReportStepsAsync(session.Id, steps);
        Assert.Equal(SessionOutcome.Completed, ended.Outcome);
        var stats = await _file.Reopen().Journal.StatsAsync();
        Assert.Equal(2, stats.Sessions);
        Assert.Equal(1, stats.Completed);
    }

    [Fact]
    public async Task This_hurts_before_a_side_has_started_is_recorded_on_that_stretch_once_and_the_session_cannot_be_quit_after()
    {
        var session = await StartAsync(_file.App, new SessionRequest(DosageLevel.Gentle, ["upper-trapezius-stretch", "cat-camel"]), painBefore: 3);
        Assert.Equal(StepKind.GetIntoPosition, session.Timeline!.Steps[0].Kind);

        var stopped = await _file.App.Sessions.StopForPainAsync(session.Id, painAfter: 6);
        Assert.Equal(SessionOutcome.StoppedForPain, stopped.Outcome);
        Assert.Equal("upper-trapezius-stretch", stopped.Hurt?.StretchId);
        Assert.Equal(6, stopped.PainAfter);

        // Repeated (a retry), with another pain: the same session, the first pain kept.
        var app = _file.Reopen();
        var repeated = await app.Sessions.StopForPainAsync(session.Id, painAfter: 9);
        Assert.Equal(6, repeated.PainAfter);
        Assert.Equal("upper-trapezius-stretch", repeated.Hurt?.StretchId);
        var quit = await Assert.ThrowsAsync<RefusedException>(() => app.Sessions.QuitAsync(session.Id));
        Assert.Equal(RefusalReason.SessionEnded, quit.Reason);

        var history = await app.Journal.HistoryAsync();
        var stored = Assert.Single(history.Sessions);
        Assert.Equal(SessionOutcome.StoppedForPain, stored.Outcome);
        Assert.False(stored.CountsAsPractice);
    }

    [Fact]
    public async Task Quitting_keeps_the_stretch_in_progress_as_cut_short_and_makes_no_practised_day()
    {
        var session = await StartAsync(_file.App, new SessionRequest(DosageLevel.Gentle, ["childs-pose"]));
        await _file.App.Sessions.ReportStepsAsync(session.Id, [new StepOutcome(0, StepEnd.Played, TimeSpan.FromSeconds(5), AppOverFile.Start.AddSeconds(5))]);
        _file.Time.Advance(TimeSpan.FromSeconds(20));

        var quit = await _file.Reopen().Sessions.QuitAsync(session.Id, worked: TimeSpan.FromSeconds(12));
        Assert.Equal(SessionOutcome.Abandoned, quit.Outcome);
        var record = Assert.Single(quit.Stretches);
        Assert.Equal("childs-pose", record.StretchId);
        Assert.True(record.Partial);
        Assert.False(record.IsDone);

        var stats = await _file.Reopen().Journal.StatsAsync();
        Assert.Equal(0, stats.CurrentStreak);
        Assert.Equal(0, stats.DaysLast7);
        Assert.Equal(1, stats.Sessions);
    }

    [Fact]
    public async Task Finishing_an_open_session_ends_it_as_it_stands_and_the_pain_after_is_added_once()
    {
        var session = await StartAsync(_file.App, new SessionRequest(DosageLevel.Gentle, ["cat-camel", "seated-twist"]), painBefore: 5);
        var finished = await _file.App.Sessions.FinishAsync(session.Id, painAfter: 3);
        Assert.Equal(SessionOutcome.Abandoned, finished.Outcome);
        Assert.Equal(3, finished.PainAfter);

        Assert.Equal(3, (await _file.Reopen().Sessions.FinishAsync(session.Id, painAfter: 3)).PainAfter);
        Assert.Equal(3, (await _file.App.Sessions.FinishAsync(session.Id, painAfter: null)).PainAfter);
        var other = await Assert.ThrowsAsync<RefusedException>(() => _file.App.Sessions.FinishAsync(session.Id, painAfter: 4));
        Assert.Equal(RefusalReason.SessionEnded, other.Reason);
        var missing = await Assert.ThrowsAsync<RefusedException>(() => _file.App.Sessions.FinishAsync(session.Id + 100, painAfter: 4));
        Assert.Equal(RefusalReason.NoSuchSession, missing.Reason);
    }

    [Fact]
    public async Task A_session_played_offline_is_saved_once_and_its_hurt_counts()
    {
        var prepared = await _file.App.Sessions.PrepareAsync(new SessionRequest(DosageLevel.Gentle, ["seated-twist"]));
        var clientId = Guid.NewGuid();
        var played = new PlayedSession(clientId, prepared.Routine, AppOverFile.Start.AddMinutes(-10), 4, [new StepOutcome(0, StepEnd.Played, TimeSpan.FromSeconds(5), AppOverFile.Start.AddMinutes(-9)), new StepOutcome(1, StepEnd.Hurt, TimeSpan.FromSeconds(2), AppOverFile.Start.AddMinutes(-9))], 7);

        var saved = await _file.App.Sessions.SavePlayedAsync(played);
        var again = await _file.Reopen().Sessions.SavePlayedAsync(played);
        Assert.Equal(saved.Id, again.Id);
        Assert.Equal(SessionOutcome.StoppedForPain, again.Outcome);
        Assert.Equal("seated-twist", again.Hurt?.StretchId);
        Assert.Single((await _file.App.Journal.HistoryAsync()).Sessions);
    }
}
