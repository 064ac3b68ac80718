namespace Supple.Core.Reminders;

/// <summary>One reminder that falls at an instant.</summary>
/// <param name="Kind">What it is for.</param>
/// <param name="At">When it falls.</param>
public sealed record DueReminder(ReminderKind Kind, DateTimeOffset At);
