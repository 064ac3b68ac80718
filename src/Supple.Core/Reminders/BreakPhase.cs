namespace Supple.Core.Reminders;

/// <summary>Where a desk-break schedule stands.</summary>
public enum BreakPhase
{
    /// <summary>Counting down to the next break.</summary>
    Waiting,

    /// <summary>A break is due and offered; waiting for the person to take, postpone or skip it.</summary>
    Due,

    /// <summary>The person is taking a break (the micro-routine).</summary>
    OnBreak,

    /// <summary>Breaks are paused for a while or until tomorrow.</summary>
    Paused,

    /// <summary>The run time (<c>--for</c>) is over.</summary>
    Finished,
}
