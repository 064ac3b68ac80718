namespace Supple.Core.Content;

/// <summary>
/// How much of a stretch to do, as ranges from the source. A held stretch has <see cref="Hold"/>;
/// a flowing one (cat-camel) has <see cref="Flow"/> instead and no hold.
/// </summary>
/// <param name="Hold">Seconds to hold each repetition, or <c>null</c> for a flow.</param>
/// <param name="Reps">Repetitions per set (per side when <see cref="Sides"/> is not <see cref="SideOrder.None"/>).</param>
/// <param name="Sets">Sets (per side when sided).</param>
/// <param name="Sides">Whether the stretch is done on each side, and which side first.</param>
/// <param name="Flow">The phases of a flowing stretch, or <c>null</c> for a held one.</param>
public sealed record Dosage(
    CountRange? Hold,
    CountRange Reps,
    CountRange Sets,
    SideOrder Sides,
    Flow? Flow)
{
    /// <summary>True when the stretch is done on each side.</summary>
    public bool EachSide => Sides != SideOrder.None;
}
