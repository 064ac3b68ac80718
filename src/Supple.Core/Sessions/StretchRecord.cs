using Supple.Core.Content;

namespace Supple.Core.Sessions;

/// <summary>What was done of one stretch on one side (sided stretches give one record per side).</summary>
/// <param name="StretchId">The stretch.</param>
/// <param name="Side">The side, or <see cref="Side.None"/>.</param>
/// <param name="RepsDone">Repetitions whose hold (or flow) was played to its end, summed over sets.</param>
/// <param name="SetsDone">Sets whose every repetition was played to its end.</param>
/// <param name="SecondsHeld">Seconds actually spent in holds or flow phases (pauses excluded).</param>
/// <param name="Skipped">True when any part of it was skipped.</param>
/// <param name="Hurt">True when the person reported pain during it.</param>
public sealed record StretchRecord(
    string StretchId,
    Side Side,
    int RepsDone,
    int SetsDone,
    int SecondsHeld,
    bool Skipped,
    bool Hurt);
