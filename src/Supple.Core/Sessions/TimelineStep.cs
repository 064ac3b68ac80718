namespace Supple.Core.Sessions;

/// <summary>One step of a compiled timeline. Players show and time steps; they never derive dosage.</summary>
/// <param name="Index">0-based position in the timeline.</param>
/// <param name="Kind">What the step asks for.</param>
/// <param name="StretchId">The stretch it belongs to (empty for <see cref="StepKind.Done"/>).</param>
/// <param name="StretchIndex">0-based index of the stretch in the routine (-1 for <see cref="StepKind.Done"/>).</param>
/// <param name="Instruction">What to do, in a sentence.</param>
/// <param name="PhaseName">The flow phase's name (e.g. "Cat") for <see cref="StepKind.Flow"/>, otherwise <c>null</c>.</param>
/// <param name="Counters">Repetition, set and side, or <c>null</c> for steps outside a repetition.</param>
/// <param name="StartsAt">Offset from the start of the session.</param>
/// <param name="Duration">How long the step lasts.</param>
public sealed record TimelineStep(
    int Index,
    StepKind Kind,
    string StretchId,
    int StretchIndex,
    string Instruction,
    string? PhaseName,
    StepCounters? Counters,
    TimeSpan StartsAt,
    TimeSpan Duration)
{
    /// <summary>The offset at which the step ends.</summary>
    public TimeSpan EndsAt => StartsAt + Duration;
}
