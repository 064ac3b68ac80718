using Supple.Core.Statistics;

namespace Supple.Core.Safety;

/// <summary>The pain trend over the safety rule's window and whether it counts as rising.</summary>
/// <param name="Trend">The fitted trend (the same computation as the statistics).</param>
/// <param name="SpanDays">Days between the first and last rating in the window.</param>
/// <param name="IsRising">True when there is enough data and the fitted line climbs by at least the rule's threshold.</param>
public sealed record RisingTrendCheck(PainTrend Trend, double SpanDays, bool IsRising);
