using Supple.Core.Reminders;

namespace Supple.Core.Tests.Reminders;

/// <summary>Which reminders fall when: the daily reminder and pushed desk breaks, in the person's zone, across DST.</summary>
public sealed class ReminderScheduleTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private static readonly ReminderSettings Daily0830 = new(new TimeOnly(8, 30), null);

    [Fact]
    public void The_daily_reminder_falls_once_in_a_span_that_holds_it_and_not_in_one_that_does_not()
    {
        var at = new DateTimeOffset(2026, 6, 1, 8, 30, 0, TimeSpan.FromHours(1)); // 08:30 BST
        Assert.Equal([new DueReminder(ReminderKind.Daily, at)], ReminderSchedule.Due(Daily0830, London, at.AddMinutes(-10), at));
        Assert.Empty(ReminderSchedule.Due(Daily0830, London, at, at.AddMinutes(10)));
        Assert.Empty(ReminderSchedule.Due(Daily0830, London, at.AddMinutes(-20), at.AddMinutes(-10)));
    }

    [Theory]
    [InlineData(2026, 3, 28)] // the day before the clocks go forward in London
    [InlineData(2026, 10, 24)] // the day before they go back
    public void Across_a_clock_change_the_daily_reminder_stays_at_08_30_local_time(int year, int month, int day)
    {
        var from = new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);
        var due = ReminderSchedule.Due(Daily0830, London, from, from.AddDays(3));
        Assert.Equal(3, due.Count);
        Assert.All(due, d => Assert.Equal(new TimeOnly(8, 30), TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(d.At, London).DateTime)));
        Assert.Equal(2, due.Select(d => d.At.ToUniversalTime().Hour).Distinct().Count()); // 08:30 GMT and 07:30 UTC in summer
    }

    [Fact]
    public void Desk_breaks_fall_every_spacing_plus_break_from_the_start_of_the_hours_and_fit_before_the_end()
    {
        var settings = new ReminderSettings(null, TimeSpan.FromMinutes(50)) { BreakHours = DeskBreakHours.Weekdays };
        var monday = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.FromHours(1));
        var due = ReminderSchedule.Due(settings, London, monday, monday.AddDays(1));
        var local = due.Select(d => TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(d.At, London).DateTime)).ToList();
        // 09:00 + 50 min, then every 52 min (50 + the two-minute break); the last one ends by 17:00.
        Assert.Equal(new TimeOnly(9, 50), local[0]);
        Assert.Equal(new TimeOnly(10, 42), local[1]);
        Assert.All(local.Zip(local.Skip(1)), pair => Assert.Equal(TimeSpan.FromMinutes(52), pair.Second - pair.First));
        Assert.True(local[^1].Add(TimeSpan.FromMinutes(2)) <= new TimeOnly(17, 0));
        Assert.True(local[^1].Add(TimeSpan.FromMinutes(54)) > new TimeOnly(17, 0));
        Assert.All(due, d => Assert.Equal(ReminderKind.DeskBreak, d.Kind));
    }

    [Fact]
    public void No_desk_breaks_on_the_days_left_out_and_none_without_hours()
    {
        var settings = new ReminderSettings(null, null) { BreakHours = DeskBreakHours.Weekdays };
        var saturday = new DateTimeOffset(2026, 6, 6, 0, 0, 0, TimeSpan.FromHours(1));
        Assert.Empty(ReminderSchedule.Due(settings, London, saturday, saturday.AddDays(2)));
        Assert.Empty(ReminderSchedule.Due(ReminderSettings.None, London, saturday, saturday.AddDays(7)));
    }

    [Fact]
    public void Desk_breaks_keep_to_local_working_hours_on_the_day_the_clocks_go_forward()
    {
        // New York moves to summer time on Sunday 8 March 2026; breaks on every day, 09:00-12:00.
        var hours = new DeskBreakHours(new TimeOnly(9, 0), new TimeOnly(12, 0), Enum.GetValues<DayOfWeek>());
        var settings = new ReminderSettings(null, TimeSpan.FromMinutes(60)) { BreakHours = hours };
        var from = new DateTimeOffset(2026, 3, 7, 0, 0, 0, TimeSpan.FromHours(-5));
        var due = ReminderSchedule.Due(settings, NewYork, from, from.AddDays(2));
        var local = due.Select(d => TimeZoneInfo.ConvertTime(d.At, NewYork).DateTime).ToList();
        Assert.Equal([new(2026, 3, 7, 10, 0, 0), new(2026, 3, 7, 11, 2, 0), new(2026, 3, 8, 10, 0, 0), new(2026, 3, 8, 11, 2, 0)], local);
    }

    [Fact]
    public void Hours_too_short_for_one_break_offer_none()
    {
        var settings = new ReminderSettings(null, TimeSpan.FromMinutes(50)) { BreakHours = new DeskBreakHours(new TimeOnly(9, 0), new TimeOnly(9, 30), [DayOfWeek.Monday]) };
        Assert.False(DeskBreakTimes.AnyFits(settings.DeskBreaks(), settings.BreakHours));
        var monday = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
        Assert.Empty(ReminderSchedule.Due(settings, London, monday, monday.AddDays(7)));
    }

    [Fact]
    public void Desk_break_hours_must_end_after_they_start_and_have_a_day()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DeskBreakHours(new TimeOnly(17, 0), new TimeOnly(9, 0), [DayOfWeek.Monday]));
        Assert.Throws<ArgumentException>(() => new DeskBreakHours(new TimeOnly(9, 0), new TimeOnly(17, 0), []));
    }

    [Fact]
    public void Break_hours_round_trip_through_the_stored_settings_and_damage_is_reported()
    {
        var settings = new ReminderSettings(new TimeOnly(7, 15), TimeSpan.FromMinutes(45)) { BreakHours = DeskBreakHours.Weekdays };
        var json = ReminderSettingsSerializer.Serialize(settings);
        Assert.Contains("\"days\":[\"monday\",\"tuesday\",\"wednesday\",\"thursday\",\"friday\"]", json, StringComparison.Ordinal);
        Assert.Equal(settings, ReminderSettingsSerializer.Deserialize(json));
        Assert.Equal(DeskBreakHours.Weekdays, ReminderSettingsSerializer.Deserialize(json).BreakHours);
        Assert.Throws<FormatException>(() => ReminderSettingsSerializer.Deserialize("""{"breakHours":{"from":"17:00","to":"09:00","days":["monday"]}}"""));
        Assert.Throws<FormatException>(() => ReminderSettingsSerializer.Deserialize("""{"breakHours":{"from":"09:00","to":"17:00","days":["someday"]}}"""));
        Assert.Throws<FormatException>(() => ReminderSettingsSerializer.Deserialize("""{"breakHours":{"from":"09:00","to":"17:00","days":["1"]}}"""));
    }

    [Fact]
    public void Settings_written_before_break_hours_existed_still_read()
    {
        var settings = ReminderSettingsSerializer.Deserialize("""{"dailyAt":"08:30","breakEvery":"45m"}""");
        Assert.Null(settings.BreakHours);
        Assert.Equal(new TimeOnly(8, 30), settings.DailyAt);
    }
}
