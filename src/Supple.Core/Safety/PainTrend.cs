namespace Supple.Core.Safety;

/// <summary>The direction of pain ratings over the trend window.</summary>
/// <param name="Readings">How many ratings lay in the window.</param>
/// <param name="SpanDays">Days between the first and the last of them.</param>
/// <param name="RisePerWindow">The least-squares slope, in points per window (e.g. per 14 days); 0 when too few ratings.</param>
/// <param name="IsRising">True when there is enough data and the slope reaches the rule's threshold.</param>
public sealed record PainTrend(int Readings, double SpanDays, double RisePerWindow, bool IsRising);
