namespace Supple.Core.Sessions;

/// <summary>What folding one <see cref="StepOutcome"/> gave.</summary>
/// <param name="Closed">Records of the stretch this step closed (one per side reached), in order; empty when none closed.</param>
/// <param name="NextStep">The step expected next.</param>
/// <param name="Ended">The session's outcome when this step ended it, otherwise <c>null</c>.</param>
/// <param name="Hurt">Where and when "this hurts" was said, when this step stopped the session for pain.</param>
public sealed record FoldedStep(IReadOnlyList<StretchRecord> Closed, int NextStep, SessionOutcome? Ended, HurtReport? Hurt);
