namespace Supple.Core.Sessions;

/// <summary>How a session ended.</summary>
public enum SessionOutcome
{
    /// <summary>Every step was played or skipped to the end.</summary>
    Completed,

    /// <summary>The person said a stretch hurt; the session stopped at once.</summary>
    StoppedForPain,

    /// <summary>The person quit, or the session was interrupted, before the end.</summary>
    Abandoned,
}
