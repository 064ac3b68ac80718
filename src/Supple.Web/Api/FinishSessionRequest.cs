namespace Supple.Web.Api;

/// <summary>Finishes a session that was done to the end.</summary>
/// <param name="PainAfter">Pain after the session, 0–10, when asked.</param>
/// <param name="EndedAt">When it ended (default: now); not in the future, not before it started.</param>
public sealed record FinishSessionRequest(int? PainAfter, DateTimeOffset? EndedAt);
