namespace Supple.Web.Api;

/// <summary>Finishes a session: one still open ends as it is (the stretch in progress kept as cut short); the pain after is added once.</summary>
/// <param name="PainAfter">Pain after the session, 0–10, when asked.</param>
/// <param name="EndedAt">When it ended, for a session still open (default: now).</param>
public sealed record FinishSessionRequest(int? PainAfter, DateTimeOffset? EndedAt);
