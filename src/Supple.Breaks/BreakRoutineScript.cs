namespace Supple.Breaks;

/// <summary>The micro-routine of a desk break as the loop shows it: already compiled and worded by <c>supple</c>.</summary>
/// <param name="Names">The stretches, comma-separated ("Shoulder blade squeeze, Chest opener stretch").</param>
/// <param name="TotalDuration">How long the routine takes.</param>
/// <param name="Steps">Its steps in order, each with the line shown when it starts.</param>
internal sealed record BreakRoutineScript(string Names, TimeSpan TotalDuration, IReadOnlyList<BreakRoutineStep> Steps)
{
    /// <summary>The step under way at <paramref name="elapsed"/> into the routine, or <c>null</c> before the first.</summary>
    public BreakRoutineStep? StepAt(TimeSpan elapsed) => Steps.LastOrDefault(s => s.StartsAt <= elapsed);
}
