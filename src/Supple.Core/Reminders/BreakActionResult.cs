namespace Supple.Core.Reminders;

/// <summary>What happened when the person asked the scheduler to do something.</summary>
public enum BreakActionResult
{
    /// <summary>Done.</summary>
    Done,

    /// <summary>Not possible in the current phase (e.g. postponing when no break is due).</summary>
    NotNow,

    /// <summary>The limit is reached (postpones for this break, or skips today).</summary>
    LimitReached,
}
