using Supple.Core.Reminders;

namespace Supple.Breaks;

/// <summary>
/// Everything the desk-break loop needs, decided by <c>supple breaks</c> before it hands over: the spacing and limits,
/// how long to run, how to show breaks, and the micro-routine already written out step by step. It is the whole
/// contract between <c>supple</c> and <c>supple-breaks</c> (as JSON, see <see cref="BreakJobSerializer"/>).
/// </summary>
/// <param name="Every">Time from the end of one break to the next.</param>
/// <param name="BreakLength">How long a break lasts (the routine's length).</param>
/// <param name="PostponeBy">How far one postpone moves a break.</param>
/// <param name="MaxPostpones">Postpones allowed per break.</param>
/// <param name="MaxSkips">Skips allowed per day.</param>
/// <param name="RunFor">Stop after this long; <c>null</c> runs until the person quits.</param>
/// <param name="Live">A live countdown with keys (a terminal); otherwise one timestamped line per event.</param>
/// <param name="Bell">Ring the terminal bell when a break is due and no desktop notification is shown.</param>
/// <param name="Notify">Try desktop notifications (notify-send).</param>
/// <param name="Routine">The micro-routine shown during each break.</param>
/// <param name="Recording">How each break is recorded, or <c>null</c> to record nothing (tests).</param>
/// <param name="Words">What the loop says, in the run's language; <c>null</c> says it in English.</param>
internal sealed record BreakJob(
    TimeSpan Every,
    TimeSpan BreakLength,
    TimeSpan PostponeBy,
    int MaxPostpones,
    int MaxSkips,
    TimeSpan? RunFor,
    bool Live,
    bool Bell,
    bool Notify,
    BreakRoutineScript Routine,
    BreakRecording? Recording = null,
    BreakWords? Words = null)
{
    /// <summary>The scheduler's settings (its constructor checks the ranges).</summary>
    public BreakSettings Settings() => new(Every, BreakLength, PostponeBy, MaxPostpones, MaxSkips);
}
