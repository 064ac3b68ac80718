using Microsoft.Extensions.Time.Testing;
using Supple.Core.Reminders;

namespace Supple.Core.Tests.Reminders;

public sealed class BreakSchedulerTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Start);

    private BreakScheduler Scheduler(TimeSpan? runFor = null, BreakSettings? settings = null) =>
        new(settings ?? BreakSettings.Default, _clock, runFor);

    private BreakScheduler DueScheduler(TimeSpan? runFor = null)
    {
        var scheduler = Scheduler(runFor);
        _clock.Advance(TimeSpan.FromMinutes(50));
        Assert.Equal(BreakPhase.Due, scheduler.Snapshot().Phase);
        return scheduler;
    }

    [Fact]
    public void Counts_down_to_the_first_break_and_then_offers_it()
    {
        var scheduler = Scheduler();
        Assert.Equal(TimeSpan.FromMinutes(50), scheduler.Snapshot().TimeToNextBreak);

        _clock.Advance(TimeSpan.FromMinutes(49) + TimeSpan.FromSeconds(30));
        var snapshot = scheduler.Snapshot();
        Assert.Equal(BreakPhase.Waiting, snapshot.Phase);
        Assert.Equal(TimeSpan.FromSeconds(30), snapshot.TimeToNextBreak);

        _clock.Advance(TimeSpan.FromSeconds(30));
        snapshot = scheduler.Snapshot();
        Assert.Equal(BreakPhase.Due, snapshot.Phase);
        Assert.Null(snapshot.TimeToNextBreak);
        Assert.Equal(Start.AddMinutes(50), snapshot.NextBreakAt);
    }

    [Fact]
    public void A_due_break_stays_offered_until_the_person_answers()
    {
        var scheduler = DueScheduler();

        _clock.Advance(TimeSpan.FromHours(2));

        Assert.Equal(BreakPhase.Due, scheduler.Snapshot().Phase);
    }

    [Fact]
    public void Taking_a_break_lasts_the_break_length_then_the_countdown_restarts()
    {
        var scheduler = DueScheduler();

        Assert.Equal(BreakActionResult.Done, scheduler.StartBreak());
        var onBreak = scheduler.Snapshot();
        Assert.Equal(BreakPhase.OnBreak, onBreak.Phase);
        Assert.Equal(_clock.GetUtcNow() + TimeSpan.FromMinutes(2), onBreak.BreakEndsAt);
        Assert.Equal(1, onBreak.BreaksTaken);

        _clock.Advance(TimeSpan.FromMinutes(2));
        var after = scheduler.Snapshot();
        Assert.Equal(BreakPhase.Waiting, after.Phase);
        Assert.Equal(TimeSpan.FromMinutes(50), after.TimeToNextBreak);
    }

    [Fact]
    public void A_break_can_be_taken_early_and_finished_early()
    {
        var scheduler = Scheduler();
        _clock.Advance(TimeSpan.FromMinutes(20));

        Assert.Equal(BreakActionResult.Done, scheduler.StartBreak());
        _clock.Advance(TimeSpan.FromSeconds(40));
        Assert.Equal(BreakActionResult.Done, scheduler.FinishBreak());

        Assert.Equal(TimeSpan.FromMinutes(50), scheduler.Snapshot().TimeToNextBreak);
        Assert.Equal(BreakActionResult.NotNow, scheduler.FinishBreak());
    }

    [Fact]
    public void Postponing_moves_the_break_by_five_minutes_up_to_the_limit()
    {
        var scheduler = DueScheduler();

        Assert.Equal(BreakActionResult.Done, scheduler.Postpone());
        var snapshot = scheduler.Snapshot();
        Assert.Equal(BreakPhase.Waiting, snapshot.Phase);
        Assert.Equal(TimeSpan.FromMinutes(5), snapshot.TimeToNextBreak);
        Assert.Equal(1, snapshot.PostponesLeft);

        _clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(BreakActionResult.Done, scheduler.Postpone());
        _clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(BreakPhase.Due, scheduler.Snapshot().Phase);
        Assert.Equal(0, scheduler.Snapshot().PostponesLeft);

        Assert.Equal(BreakActionResult.LimitReached, scheduler.Postpone());
        Assert.Equal(BreakPhase.Due, scheduler.Snapshot().Phase);
    }

    [Fact]
    public void Postpones_are_counted_per_break()
    {
        var scheduler = DueScheduler();
        scheduler.Postpone();
        _clock.Advance(TimeSpan.FromMinutes(5));
        scheduler.Postpone();
        _clock.Advance(TimeSpan.FromMinutes(5));

        scheduler.StartBreak();
        _clock.Advance(TimeSpan.FromMinutes(52));

        Assert.Equal(BreakPhase.Due, scheduler.Snapshot().Phase);
        Assert.Equal(BreakSettings.Default.MaxPostponesPerBreak, scheduler.Snapshot().PostponesLeft);
        Assert.Equal(BreakActionResult.Done, scheduler.Postpone());
    }

    [Fact]
    public void Postponing_or_skipping_when_no_break_is_due_does_nothing()
    {
        var scheduler = Scheduler();

        Assert.Equal(BreakActionResult.NotNow, scheduler.Postpone());
        Assert.Equal(BreakActionResult.NotNow, scheduler.Skip());
        Assert.Equal(TimeSpan.FromMinutes(50), scheduler.Snapshot().TimeToNextBreak);
    }

    [Fact]
    public void Skipping_restarts_the_countdown_up_to_the_daily_limit()
    {
        var scheduler = DueScheduler();

        for (var i = 0; i < BreakSettings.Default.MaxSkipsPerDay; i++)
        {
            Assert.Equal(BreakActionResult.Done, scheduler.Skip());
            Assert.Equal(TimeSpan.FromMinutes(50), scheduler.Snapshot().TimeToNextBreak);
            _clock.Advance(TimeSpan.FromMinutes(50));
        }

        var snapshot = scheduler.Snapshot();
        Assert.Equal(0, snapshot.SkipsLeftToday);
        Assert.Equal(3, snapshot.BreaksSkipped);
        Assert.Equal(BreakActionResult.LimitReached, scheduler.Skip());
        Assert.Equal(BreakPhase.Due, scheduler.Snapshot().Phase);
    }

    [Fact]
    public void The_skip_limit_starts_again_on_a_new_local_day()
    {
        _clock.SetLocalTimeZone(TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        _clock.SetUtcNow(new DateTimeOffset(2026, 11, 3, 1, 0, 0, TimeSpan.Zero)); // 20:00 on the 2nd in New York
        var scheduler = new BreakScheduler(BreakSettings.Default with { }, _clock);
        for (var i = 0; i < BreakSettings.Default.MaxSkipsPerDay; i++)
        {
            _clock.Advance(TimeSpan.FromMinutes(50));
            Assert.Equal(BreakActionResult.Done, scheduler.Skip());
        }

        _clock.Advance(TimeSpan.FromMinutes(50)); // 23:20 in New York (04:20 UTC on the 3rd): still the 2nd locally
        Assert.Equal(BreakActionResult.LimitReached, scheduler.Skip());

        _clock.Advance(TimeSpan.FromMinutes(41)); // 00:01 on the 3rd in New York
        Assert.Equal(BreakSettings.Default.MaxSkipsPerDay, scheduler.Snapshot().SkipsLeftToday);
        Assert.Equal(BreakActionResult.Done, scheduler.Skip());
    }

    [Fact]
    public void Pausing_for_a_while_holds_breaks_then_the_countdown_restarts()
    {
        var scheduler = Scheduler();
        _clock.Advance(TimeSpan.FromMinutes(45));

        Assert.Equal(BreakActionResult.Done, scheduler.PauseFor(TimeSpan.FromMinutes(30)));
        _clock.Advance(TimeSpan.FromMinutes(29));
        var paused = scheduler.Snapshot();
        Assert.Equal(BreakPhase.Paused, paused.Phase);
        Assert.Equal(Start.AddMinutes(75), paused.PausedUntil);

        _clock.Advance(TimeSpan.FromMinutes(1));
        var resumed = scheduler.Snapshot();
        Assert.Equal(BreakPhase.Waiting, resumed.Phase);
        Assert.Equal(Start.AddMinutes(125), resumed.NextBreakAt);
    }

    [Fact]
    public void A_pause_can_be_ended_early()
    {
        var scheduler = Scheduler();
        scheduler.PauseFor(TimeSpan.FromHours(1));
        _clock.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(BreakActionResult.Done, scheduler.Resume());

        Assert.Equal(Start.AddMinutes(60), scheduler.Snapshot().NextBreakAt);
        Assert.Equal(BreakActionResult.NotNow, scheduler.Resume());
    }

    [Fact]
    public void Pausing_until_tomorrow_lasts_until_local_midnight()
    {
        _clock.SetLocalTimeZone(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));
        var scheduler = Scheduler();

        Assert.Equal(BreakActionResult.Done, scheduler.PauseUntilTomorrow());

        Assert.Equal(new DateTimeOffset(2026, 11, 3, 0, 0, 0, TimeSpan.FromHours(1)), scheduler.Snapshot().PausedUntil);
        _clock.SetUtcNow(new DateTimeOffset(2026, 11, 2, 22, 59, 0, TimeSpan.Zero));
        Assert.Equal(BreakPhase.Paused, scheduler.Snapshot().Phase);
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(BreakPhase.Waiting, scheduler.Snapshot().Phase);
    }

    [Fact]
    public void A_pause_that_ended_long_ago_brings_the_next_break_due()
    {
        var scheduler = Scheduler();
        scheduler.PauseFor(TimeSpan.FromMinutes(10));

        _clock.Advance(TimeSpan.FromMinutes(61));

        Assert.Equal(BreakPhase.Due, scheduler.Snapshot().Phase);
    }

    [Fact]
    public void The_run_finishes_after_its_time_and_then_refuses_actions()
    {
        var scheduler = DueScheduler(TimeSpan.FromHours(8));

        _clock.Advance(TimeSpan.FromHours(7) + TimeSpan.FromMinutes(9));
        Assert.Equal(BreakPhase.Due, scheduler.Snapshot().Phase);
        _clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(BreakPhase.Finished, scheduler.Snapshot().Phase);
        Assert.Null(scheduler.NextChangeAt());
        Assert.Equal(BreakActionResult.NotNow, scheduler.StartBreak());
        Assert.Equal(BreakActionResult.NotNow, scheduler.PauseFor(TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public void Next_change_is_the_break_the_pause_end_or_the_run_end_whichever_is_first()
    {
        var scheduler = Scheduler(TimeSpan.FromMinutes(70));
        Assert.Equal(Start.AddMinutes(50), scheduler.NextChangeAt());

        scheduler.PauseFor(TimeSpan.FromMinutes(10));
        Assert.Equal(Start.AddMinutes(10), scheduler.NextChangeAt());

        scheduler.PauseFor(TimeSpan.FromHours(3));
        Assert.Equal(Start.AddMinutes(70), scheduler.NextChangeAt());
    }

    [Fact]
    public void Settings_that_make_no_sense_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BreakSettings(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BreakSettings(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(1), 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BreakSettings(TimeSpan.FromMinutes(50), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(60), 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BreakSettings(TimeSpan.FromMinutes(50), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(5), -1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BreakScheduler(BreakSettings.Default, _clock, TimeSpan.Zero));
    }
}
