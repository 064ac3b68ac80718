using Supple.Core.Reminders;
using Supple.Core.Safety;

namespace Supple.Application;

/// <summary>The daily reminder: the settings, when it next falls, and why it does not fall while the safety gate is closed.</summary>
/// <param name="Settings">The stored settings.</param>
/// <param name="Next">The next reminder, or <c>null</c> when it is off or held back.</param>
/// <param name="HeldBack">Why no reminder to stretch is given (a "see a doctor first" outcome stands), or <c>null</c>.</param>
/// <param name="TimeZone">The time zone it falls in.</param>
public sealed record ReminderState(ReminderSettings Settings, DateTimeOffset? Next, SafetyAdvice? HeldBack, TimeZoneInfo TimeZone);
