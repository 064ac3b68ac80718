namespace Supple.Core.Sessions;

/// <summary>
/// What happened to one step of a timeline: the unit in which a player reports a session, live step by step or all at
/// once for a session played offline, and which <see cref="SessionFold"/> turns into stretch records.
/// </summary>
/// <param name="Step">The step's index in the timeline.</param>
/// <param name="End">How it ended.</param>
/// <param name="Worked">
/// Time actually spent in it, pauses excluded (at most its duration; a step that played to its end counts its whole
/// duration whatever is given).
/// </param>
/// <param name="At">When it ended (a hurt report carries this time).</param>
public sealed record StepOutcome(int Step, StepEnd End, TimeSpan Worked, DateTimeOffset At);
