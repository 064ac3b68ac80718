namespace Supple.Web.Api;

/// <summary>How one step of the session's timeline ended, as the player saw it.</summary>
/// <param name="Step">The step's index in the timeline.</param>
/// <param name="End">played, skipped, skipped-stretch, hurt or stopped.</param>
/// <param name="Seconds">Seconds spent in it, pauses excluded (a played step counts whole).</param>
/// <param name="At">When it ended (default: now).</param>
public sealed record StepReport(int? Step, string? End, double? Seconds, DateTimeOffset? At);
