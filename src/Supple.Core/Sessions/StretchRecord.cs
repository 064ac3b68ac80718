using Supple.Core.Content;

namespace Supple.Core.Sessions;

/// <summary>What was done of one stretch on one side (sided stretches give one record per side).</summary>
/// <param name="StretchId">The stretch.</param>
/// <param name="Side">The side, or <see cref="Side.None"/>.</param>
/// <param name="RepsDone">
/// Repetitions done per set: the most repetitions whose hold (or every phase of the flow) played to its end in any one
/// set on this side. With <paramref name="SetsDone"/> it reads as done: 1 rep × 3 sets, 10 reps × 1 set.
/// </param>
/// <param name="SetsDone">Sets whose every repetition was played to its end.</param>
/// <param name="SecondsHeld">Seconds actually spent in holds or flow phases (pauses excluded).</param>
/// <param name="Skipped">True when any part of it was skipped.</param>
/// <param name="Hurt">True when the person reported pain during it.</param>
/// <param name="Partial">
/// True when it was cut short before its end without being skipped: the session was quit, interrupted or stopped for
/// pain during it. A partial stretch is kept with what was done, but it is never counted as done.
/// </param>
public sealed record StretchRecord(
    string StretchId,
    Side Side,
    int RepsDone,
    int SetsDone,
    int SecondsHeld,
    bool Skipped,
    bool Hurt,
    bool Partial = false)
{
    /// <summary>True when it was done to its end: neither skipped nor cut short.</summary>
    public bool IsDone => !Skipped && !Partial;
}
