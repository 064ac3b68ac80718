namespace Supple.Core.Sessions;

/// <summary>How one step of a timeline ended (see <see cref="StepOutcome"/>).</summary>
public enum StepEnd
{
    /// <summary>It played to its end.</summary>
    Played,

    /// <summary>The person skipped the rest of it ("skip step").</summary>
    Skipped,

    /// <summary>The person skipped the rest of its stretch ("skip stretch"): this step and every later step of the stretch.</summary>
    SkippedStretch,

    /// <summary>"This hurts": the session stopped for pain during it.</summary>
    Hurt,

    /// <summary>The session was quit or interrupted during it (q, Ctrl+C, a closed tab).</summary>
    Stopped,
}
