namespace Supple.Web.Api;

/// <summary>
/// "This hurts — stop": the server records the hurt on the step in progress (it knows the stretch and side, even
/// before a side has started).
/// </summary>
/// <param name="PainAfter">Pain now, 0–10, when given.</param>
/// <param name="Seconds">Seconds spent in the step in progress, when known.</param>
/// <param name="At">When (default: now).</param>
public sealed record StopForPainRequest(int? PainAfter, double? Seconds, DateTimeOffset? At);
