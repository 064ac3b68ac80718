namespace Supple.Core.Statistics;

/// <summary>
/// Daily streaks. A day is a calendar day in the person's time zone, so a session after midnight counts for the new
/// day, and days are compared by calendar, never by 24-hour spans (DST days are 23 or 25 hours long).
/// </summary>
public static class StreakCalculator
{
    /// <summary>The streak state of a whole history.</summary>
    /// <param name="practisedDays">Every practised day, in any order, duplicates allowed.</param>
    /// <returns>The latest run and the longest one.</returns>
    public static StreakState FromDays(IEnumerable<DateOnly> practisedDays)
    {
        ArgumentNullException.ThrowIfNull(practisedDays);
        // Plain loops over day numbers (ints): no LINQ instantiated over DateOnly to compile at start-up.
        var numbers = new List<int>();
        foreach (var day in practisedDays)
        {
            numbers.Add(day.DayNumber);
        }

        numbers.Sort();
        int? start = null;
        int? end = null;
        var longest = 0;
        foreach (var day in numbers)
        {
            if (end is { } last && (day == last || day == last + 1))
            {
                end = day;
            }
            else
            {
                start = day;
                end = day;
            }

            longest = Math.Max(longest, end.Value - start!.Value + 1);
        }

        return start is { } s && end is { } e
            ? new StreakState(DateOnly.FromDayNumber(s), DateOnly.FromDayNumber(e), longest)
            : StreakState.Empty;
    }

    /// <summary>
    /// The state after one more practised day, or null when the day lies before the latest run in a way that may join
    /// older runs (a back-dated log or an import): then recompute with <see cref="FromDays"/>.
    /// </summary>
    /// <param name="state">The state so far.</param>
    /// <param name="day">The practised day.</param>
    /// <returns>The new state, or null when a full recompute is needed.</returns>
    public static StreakState? Advance(StreakState state, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.RunStart is not { } start || state.RunEnd is not { } end)
        {
            return new StreakState(day, day, Math.Max(1, state.Longest));
        }

        if (day >= start && day <= end)
        {
            return state;
        }

        if (day.DayNumber == end.DayNumber + 1)
        {
            var extended = state with { RunEnd = day };
            return extended with { Longest = Math.Max(state.Longest, extended.RunLength) };
        }

        if (day.DayNumber > end.DayNumber + 1)
        {
            return new StreakState(day, day, Math.Max(1, state.Longest));
        }

        return null;
    }

    /// <summary>How many of the given days fall in the <paramref name="days"/> days ending on <paramref name="today"/>.</summary>
    /// <param name="practisedDays">Practised days (duplicates allowed).</param>
    /// <param name="today">Today in the person's time zone.</param>
    /// <param name="days">Window length, e.g. 7 or 30.</param>
    /// <returns>Distinct practised days in the window.</returns>
    public static int DaysInWindow(IEnumerable<DateOnly> practisedDays, DateOnly today, int days)
    {
        ArgumentNullException.ThrowIfNull(practisedDays);
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var first = today.DayNumber - (days - 1);
        var seen = new HashSet<int>();
        foreach (var day in practisedDays)
        {
            if (day.DayNumber >= first && day.DayNumber <= today.DayNumber)
            {
                seen.Add(day.DayNumber);
            }
        }

        return seen.Count;
    }
}
