namespace Supple.Core.Statistics;

/// <summary>One pain reading used for trends: a diary entry, or the pain given before a session.</summary>
/// <param name="At">When.</param>
/// <param name="Score">0–10.</param>
public readonly record struct PainPoint(DateTimeOffset At, int Score);
