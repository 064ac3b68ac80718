namespace Supple.Core.Content;

/// <summary>
/// A stretching programme: the stretches and everything the source says around them (causes, benefits,
/// how often to practise, when to stop, references and the medical disclaimer). Immutable; build one with
/// <see cref="ProgrammeLoader"/> from a programme file, or take the built-in one from <see cref="BuiltInProgramme"/>.
/// </summary>
/// <param name="Title">The programme's title.</param>
/// <param name="Source">Where the programme comes from (article title or who prescribed it).</param>
/// <param name="Stretches">The stretches in their default order.</param>
/// <param name="Causes">Common causes of upper-back pain.</param>
/// <param name="Benefits">Benefits of stretching.</param>
/// <param name="DailyAdvice">How often to practise.</param>
/// <param name="StopRule">When to stop at once and see a doctor.</param>
/// <param name="ClosingAdvice">General advice (listen to your body, good technique, ask a professional).</param>
/// <param name="References">Numbered references.</param>
/// <param name="Disclaimer">The medical disclaimer, shown and accepted before the first session.</param>
/// <param name="Transitions">Durations the player uses between held positions.</param>
public sealed record Programme(
    string Title,
    string Source,
    IReadOnlyList<Stretch> Stretches,
    IReadOnlyList<Cause> Causes,
    IReadOnlyList<Benefit> Benefits,
    string DailyAdvice,
    string StopRule,
    string ClosingAdvice,
    IReadOnlyList<Reference> References,
    string Disclaimer,
    Transitions Transitions)
{
    /// <summary>Finds a stretch by id (case-sensitive), or <c>null</c>.</summary>
    public Stretch? FindStretch(string id) => Stretches.FirstOrDefault(s => s.Id == id);

    /// <summary>Finds a reference by its number, or <c>null</c>.</summary>
    public Reference? FindReference(int number) => References.FirstOrDefault(r => r.Number == number);
}
