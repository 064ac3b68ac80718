namespace Supple.Data.Push;

/// <summary>A reminder put off with "Later", now due again, taken by this server to send.</summary>
/// <param name="UserId">Whose.</param>
/// <param name="Kind">The stored kind (<see cref="ReminderKinds"/>).</param>
/// <param name="DueAt">When it fell due again.</param>
/// <param name="Count">How many times it has been put off.</param>
public sealed record SnoozedReminder(string UserId, string Kind, DateTimeOffset DueAt, int Count);
