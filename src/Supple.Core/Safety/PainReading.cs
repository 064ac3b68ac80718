namespace Supple.Core.Safety;

/// <summary>A pain rating at a moment: before a session, or a check-in on its own.</summary>
/// <param name="At">When it was rated.</param>
/// <param name="Score">0–10.</param>
public sealed record PainReading(DateTimeOffset At, int Score);
