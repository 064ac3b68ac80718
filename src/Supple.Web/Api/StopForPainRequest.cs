namespace Supple.Web.Api;

/// <summary>Ends a session because a stretch hurt ("This hurts — stop").</summary>
/// <param name="StretchId">The stretch that hurt.</param>
/// <param name="Side">Its side, as for a stretch record.</param>
/// <param name="PainAfter">Pain now, 0–10, when given.</param>
/// <param name="At">When it was stopped (default: now); not in the future, not before the session started.</param>
public sealed record StopForPainRequest(string? StretchId, string? Side, int? PainAfter, DateTimeOffset? At);
