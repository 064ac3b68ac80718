using Supple.Core.Reminders;
using Supple.Core.Sessions;

namespace Supple.Web.Push;

/// <summary>
/// Whether a due reminder is sent, decided in one place for every way a reminder reaches a person. Today it holds
/// one rule: a reminder that would offer nothing to do (every stretch of the plan paused, or no stretch fit for a desk
/// break) is not sent, since the plan page then tells the person to ask a professional first. Safety rules that stop
/// reminders altogether (a "see a doctor first" outcome) belong to the application layer and are added here when it
/// exists, so that no sender decides on its own.
/// </summary>
public static class ReminderDecision
{
    /// <summary>True when the reminder should go out.</summary>
    /// <param name="kind">Which reminder.</param>
    /// <param name="routine">What it would offer (today's session, or the desk-break routine).</param>
    public static bool ShouldSend(ReminderKind kind, Routine routine)
    {
        ArgumentNullException.ThrowIfNull(routine);
        return kind switch
        {
            ReminderKind.Daily or ReminderKind.DeskBreak => routine.Items.Count > 0,
            _ => false,
        };
    }
}
