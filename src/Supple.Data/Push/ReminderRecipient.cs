namespace Supple.Data.Push;

/// <summary>A person with at least one browser that receives reminders, and what is needed to work out when.</summary>
/// <param name="UserId">Whose.</param>
/// <param name="RemindersJson">The reminder settings document, or <c>null</c> when none was saved.</param>
/// <param name="RemindersChangedAt">When that document was last saved (a reminder that fell before is not sent).</param>
/// <param name="TimeZoneId">The person's time zone, or <c>null</c> for the server's.</param>
/// <param name="Devices">The browsers.</param>
public sealed record ReminderRecipient(string UserId, string? RemindersJson, DateTimeOffset? RemindersChangedAt, string? TimeZoneId, IReadOnlyList<PushTarget> Devices);
