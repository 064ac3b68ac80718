namespace Supple.Web.Api;

/// <summary>Saves one finished stretch (one side of it, for a stretch done on each side).</summary>
/// <param name="StretchId">A known stretch id.</param>
/// <param name="Side">left or right for a stretch done on each side; none (or left out) otherwise.</param>
/// <param name="RepsDone">Repetitions done, 0 to the most the stretch's dosage allows.</param>
/// <param name="SetsDone">Sets done, 0 to the most the stretch's dosage allows.</param>
/// <param name="SecondsHeld">Seconds held in all, 0 to the longest the dosage allows.</param>
/// <param name="Skipped">True when the stretch was skipped.</param>
/// <param name="Hurt">True when it hurt too much to go on.</param>
/// <param name="At">When it finished (default: now); not in the future, not before the session started.</param>
public sealed record RecordStretchRequest(
    string? StretchId,
    string? Side,
    int? RepsDone,
    int? SetsDone,
    int? SecondsHeld,
    bool? Skipped,
    bool? Hurt,
    DateTimeOffset? At);
