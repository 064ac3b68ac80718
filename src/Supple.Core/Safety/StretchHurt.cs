namespace Supple.Core.Safety;

/// <summary>The person said a stretch hurt, in the session that started at <paramref name="At"/>.</summary>
/// <param name="StretchId">The stretch.</param>
/// <param name="At">When the session started (one hurt per stretch and session counts).</param>
public sealed record StretchHurt(string StretchId, DateTimeOffset At);
