namespace Supple.Core.Reminders;

/// <summary>The person's reminder settings.</summary>
/// <param name="DailyAt">Local time of the daily practice reminder, or <c>null</c> when off.</param>
/// <param name="BreakEvery">Desk-break spacing, or <c>null</c> for the default.</param>
public sealed record ReminderSettings(TimeOnly? DailyAt, TimeSpan? BreakEvery)
{
    /// <summary>No reminders set.</summary>
    public static ReminderSettings None { get; } = new(null, null);
}
