namespace Supple.Core.Safety;

/// <summary>Which rule produced a piece of advice.</summary>
public enum SafetyAdviceKind
{
    /// <summary>Pain before the session was 7 or more: a gentle session is offered.</summary>
    HighPainBeforeSession,

    /// <summary>Pain has been rising over the last 14 days: see a doctor.</summary>
    RisingPainTrend,

    /// <summary>A stretch hurt twice within 7 days and is paused: ask a professional before resuming it.</summary>
    StretchPaused,

    /// <summary>An assessment found a warning sign (or a recent injury): no routine until it is retaken without one or a doctor clears the person.</summary>
    SeeDoctorFirst,
}
