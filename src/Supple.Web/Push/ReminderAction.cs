namespace Supple.Web.Push;

/// <summary>A notification button: its action name (<c>start</c>, <c>later</c>) and label.</summary>
public sealed record ReminderAction(string Action, string Title);
