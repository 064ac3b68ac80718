using Supple.Core.Safety;

namespace Supple.Application.Tests;

/// <summary>The daily reminder and the calendar event under the safety rules, over a real SQLite file.</summary>
public sealed class RemindersTests : IAsyncDisposable
{
    private readonly AppOverFile _file = new();

    public ValueTask DisposeAsync() => _file.DisposeAsync();

    [Fact]
    public async Task The_daily_reminder_is_held_back_while_the_gate_is_closed_and_comes_back_when_a_doctor_clears_it()
    {
        var set = await _file.App.Reminders.SetAsync(new TimeOnly(7, 30), off: false, breakEvery: null);
        Assert.NotNull(set.Next);
        Assert.Null(set.HeldBack);

        await _file.App.Assessments.AssessAsync(AppOverFile.Answers(RedFlag.HistoryOfCancer));
        var held = await _file.Reopen().Reminders.GetAsync();
        Assert.Equal(new TimeOnly(7, 30), held.Settings.DailyAt); // kept
        Assert.Null(held.Next);
        Assert.Contains(SafetyMessages.HowTheGateOpens, held.HeldBack!.Message, StringComparison.Ordinal);
        var calendar = await Assert.ThrowsAsync<RefusedException>(() => _file.App.Reminders.CalendarEventAsync(null));
        Assert.Equal(RefusalReason.SeeDoctorFirst, calendar.Reason);

        // Changing the time while held back keeps it held back.
        Assert.Null((await _file.App.Reminders.SetAsync(new TimeOnly(18, 0), off: false, breakEvery: null)).Next);

        await _file.App.Assessments.ClearByDoctorAsync(new DateOnly(2026, 11, 20));
        var back = await _file.Reopen().Reminders.GetAsync();
        Assert.Null(back.HeldBack);
        Assert.NotNull(back.Next);
        Assert.Equal(new TimeOnly(18, 0), (await _file.App.Reminders.CalendarEventAsync(null)).Practice.At);
    }

    [Fact]
    public async Task The_calendar_event_leaves_a_paused_stretch_out()
    {
        await _file.App.Assessments.AssessAsync(AppOverFile.Answers());
        var before = await _file.App.Reminders.CalendarEventAsync(new TimeOnly(8, 0));
        Assert.Contains("Chest opener", before.Practice.Description, StringComparison.Ordinal);
        Assert.Contains("Shoulder blade squeeze", before.Practice.Description, StringComparison.Ordinal);

        for (var i = 0; i < SafetyRules.PauseAfterHurts; i++)
        {
            var prepared = await _file.App.Sessions.PrepareAsync(new SessionRequest(Only: ["shoulder-blade-squeeze"]));
            await _file.App.Sessions.StopForPainAsync((await _file.App.Sessions.StartAsync(prepared, 1)).Id);
            _file.Time.Advance(TimeSpan.FromHours(6));
        }

        var after = await _file.Reopen().Reminders.CalendarEventAsync(new TimeOnly(8, 0));
        Assert.Contains("Chest opener", after.Practice.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("Shoulder blade squeeze", after.Practice.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("Shoulder blade squeeze", after.Practice.Summary, StringComparison.Ordinal);
    }
}
