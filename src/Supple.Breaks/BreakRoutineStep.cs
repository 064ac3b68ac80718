namespace Supple.Breaks;

/// <summary>One step of a desk-break routine.</summary>
/// <param name="Index">0-based position in the routine.</param>
/// <param name="StartsAt">Offset from the start of the break.</param>
/// <param name="Duration">How long the step lasts.</param>
/// <param name="Text">The line shown when it starts ("Chest opener stretch · hold 1/2 · 30 s: …").</param>
internal sealed record BreakRoutineStep(int Index, TimeSpan StartsAt, TimeSpan Duration, string Text)
{
    /// <summary>The offset at which the step ends.</summary>
    public TimeSpan EndsAt => StartsAt + Duration;
}
