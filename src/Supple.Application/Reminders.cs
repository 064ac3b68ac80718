using Supple.Core.Reminders;
using Supple.Core.Sessions;

namespace Supple.Application;

/// <summary>
/// The daily reminder and the calendar event, through the same rules as sessions: no reminder to stretch and no
/// calendar event while the safety gate is closed; the event lists today's stretches (paused ones left out).
/// </summary>
public sealed class Reminders
{
    /// <summary>The time used when neither a time nor a saved daily reminder gives one.</summary>
    public static readonly TimeOnly DefaultTime = new(8, 30);

    private readonly SuppleApp _app;

    internal Reminders(SuppleApp app) => _app = app;

    /// <summary>The settings and the next reminder.</summary>
    /// <exception cref="DamagedDocumentException">The saved settings cannot be read.</exception>
    public async Task<ReminderState> GetAsync(CancellationToken ct = default) => await StateAsync(await _app.Documents.RemindersAsync(ct), ct);

    /// <summary>
    /// Changes the settings: the daily time (<paramref name="off"/> turns it off) and the desk-break spacing; what is
    /// not given is kept. Damaged settings are replaced (setting them again is the way out).
    /// </summary>
    public async Task<ReminderState> SetAsync(TimeOnly? dailyAt, bool off, TimeSpan? breakEvery, CancellationToken ct = default)
    {
        var current = await SettingsOrNoneAsync(ct);
        var settings = current with { DailyAt = off ? null : dailyAt ?? current.DailyAt, BreakEvery = breakEvery ?? current.BreakEvery };
        await _app.Documents.SaveRemindersAsync(settings, ct);
        return await StateAsync(settings, ct);
    }

    /// <summary>The saved settings, or none when they cannot be read (saving anew is the way out of damaged settings).</summary>
    public async Task<ReminderSettings> SettingsOrNoneAsync(CancellationToken ct = default)
    {
        try
        {
            return await _app.Documents.RemindersAsync(ct);
        }
        catch (DamagedDocumentException)
        {
            return ReminderSettings.None;
        }
    }

    /// <summary>Sets the hours of pushed desk breaks (<c>null</c>: none), keeping every other setting.</summary>
    public async Task<ReminderState> SetDeskBreakHoursAsync(DeskBreakHours? hours, CancellationToken ct = default)
    {
        var settings = (await SettingsOrNoneAsync(ct)) with { BreakHours = hours };
        await _app.Documents.SaveRemindersAsync(settings, ct);
        return await StateAsync(settings, ct);
    }

    /// <summary>
    /// The daily calendar event at <paramref name="at"/> (else the reminder's time, else 08:30) for today's stretches:
    /// the plan after the safety rules (paused stretches left out), or the whole programme without a plan.
    /// </summary>
    /// <exception cref="RefusedException">The safety gate is closed, or every stretch is paused.</exception>
    public async Task<CalendarEvent> CalendarEventAsync(TimeOnly? at, CancellationToken ct = default)
    {
        await _app.Assessments.ThrowIfClosedAsync(ct);
        var time = at ?? (await _app.Documents.RemindersAsync(ct)).DailyAt ?? DefaultTime;
        var plan = await _app.Assessments.PlanAsync(ct);
        var prepared = await _app.Sessions.PrepareAsync(new SessionRequest(Level: plan is null ? DosageLevel.Gentle : null, FromPlan: true), ct);
        var names = prepared.Timeline.Stretches.Select(s => s.Name).ToList();
        var practice = DailyPracticeEvent.For(names, fromPlan: prepared.FromPlan, time, prepared.Timeline.TotalDuration);
        var zone = await _app.Journal.TimeZoneAsync(ct);
        var now = _app.Time.GetUtcNow();
        var firstDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DailyReminder.NextOccurrence(time, now, zone), zone).DateTime);
        return new CalendarEvent(practice, zone, firstDay);
    }

    private async Task<ReminderState> StateAsync(ReminderSettings settings, CancellationToken ct)
    {
        var zone = await _app.Journal.TimeZoneAsync(ct);
        var heldBack = await _app.Assessments.RefusalAsync(ct);
        DateTimeOffset? next = settings.DailyAt is { } daily && heldBack is null ? DailyReminder.NextOccurrence(daily, _app.Time.GetUtcNow(), zone) : null;
        return new ReminderState(settings, next, heldBack, zone);
    }
}
