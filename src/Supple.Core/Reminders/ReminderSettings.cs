namespace Supple.Core.Reminders;

/// <summary>The person's reminder settings.</summary>
/// <param name="DailyAt">Local time of the daily practice reminder, or <c>null</c> when off.</param>
/// <param name="BreakEvery">Desk-break spacing, or <c>null</c> for the default.</param>
public sealed record ReminderSettings(TimeOnly? DailyAt, TimeSpan? BreakEvery)
{
    /// <summary>No reminders set.</summary>
    public static ReminderSettings None { get; } = new(null, null);

    /// <summary>
    /// When desk breaks are pushed to the person's devices (phone or browser), or <c>null</c> for none. The terminal's
    /// <c>supple breaks</c> does not need them: it offers breaks while it runs.
    /// </summary>
    public DeskBreakHours? BreakHours { get; init; }

    /// <summary>
    /// The desk-break settings: <see cref="BreakEvery"/> (or the default spacing) with the default break length,
    /// postpone and limits. A spacing too short for a break and a postpone falls back to the default.
    /// </summary>
    public BreakSettings DeskBreaks()
    {
        var defaults = BreakSettings.Default;
        var every = BreakEvery ?? defaults.Every;
        if (every <= defaults.BreakLength + defaults.PostponeBy || every > TimeSpan.FromHours(12))
        {
            return defaults;
        }

        return new BreakSettings(every, defaults.BreakLength, defaults.PostponeBy, defaults.MaxPostponesPerBreak, defaults.MaxSkipsPerDay);
    }
}
