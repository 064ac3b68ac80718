namespace Supple.Core.Content;

/// <summary>
/// Seconds the player gives between held positions. These are pacing choices of the app, not dosage
/// from the source, so they live beside the programme and can be changed in a programme file.
/// </summary>
/// <param name="GetIntoPositionSeconds">Before the first hold of a stretch.</param>
/// <param name="ReleaseSeconds">After each hold, to release before the next one.</param>
/// <param name="SwitchSideSeconds">When moving to the other side.</param>
/// <param name="RestBetweenSetsSeconds">Between sets.</param>
public sealed record Transitions(
    int GetIntoPositionSeconds,
    int ReleaseSeconds,
    int SwitchSideSeconds,
    int RestBetweenSetsSeconds);
