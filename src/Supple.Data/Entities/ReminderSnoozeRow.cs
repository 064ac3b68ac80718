namespace Supple.Data.Entities;

/// <summary>
/// A reminder put off with "Later" (table <c>reminder_snoozes</c>), sent again at <see cref="DueAt"/>. The server that
/// deletes the row sends it, so it goes out once however many servers look.
/// </summary>
public sealed class ReminderSnoozeRow
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    /// <summary><c>daily</c> or <c>desk-break</c>.</summary>
    public required string Kind { get; set; }

    public DateTimeOffset DueAt { get; set; }

    /// <summary>How many times this reminder has been put off (limited).</summary>
    public int Count { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
