namespace Supple.Core.Sessions;

/// <summary>
/// What a guided session plays and what has been played of it: the routine it was started with (so the same timeline
/// can be compiled again on any server) and the step outcomes received so far, in order. Stored with the session; a
/// server folds the outcomes through <see cref="SessionFold"/> to know which stretches are closed.
/// </summary>
/// <param name="Programme">The programme's name (<c>built-in</c>, or the file a terminal session played).</param>
/// <param name="Routine">The routine the session was started with.</param>
/// <param name="Steps">The step outcomes received so far, in order.</param>
public sealed record SessionPlay(string Programme, Routine Routine, IReadOnlyList<StepOutcome> Steps)
{
    /// <summary>The most step outcomes one session can hold (a full session of the built-in programme has about 130 steps).</summary>
    public const int MaxSteps = 2000;
}
