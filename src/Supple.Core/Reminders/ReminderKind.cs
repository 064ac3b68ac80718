namespace Supple.Core.Reminders;

/// <summary>What a reminder is for.</summary>
public enum ReminderKind
{
    /// <summary>The daily practice reminder.</summary>
    Daily,

    /// <summary>A desk break during the working hours.</summary>
    DeskBreak,
}
