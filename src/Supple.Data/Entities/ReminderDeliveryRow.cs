namespace Supple.Data.Entities;

/// <summary>
/// A reminder that a server has taken on to send (table <c>reminder_deliveries</c>): one row per person, kind and
/// instant, unique, so that of several servers looking at the same moment exactly one inserts it and sends.
/// </summary>
public sealed class ReminderDeliveryRow
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    /// <summary><c>daily</c> or <c>desk-break</c>.</summary>
    public required string Kind { get; set; }

    /// <summary>The instant the reminder falls.</summary>
    public DateTimeOffset DueAt { get; set; }

    public DateTimeOffset ClaimedAt { get; set; }
}
