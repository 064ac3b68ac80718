using Supple.Core.Content;

namespace Supple.Core.Sessions;

/// <summary>Where a step stands within its stretch: repetition i of n, set j of m, and side.</summary>
/// <param name="Rep">1-based repetition.</param>
/// <param name="Reps">Repetitions per set.</param>
/// <param name="Set">1-based set.</param>
/// <param name="Sets">Sets.</param>
/// <param name="Side">The side, or <see cref="Side.None"/>.</param>
public sealed record StepCounters(int Rep, int Reps, int Set, int Sets, Side Side);
