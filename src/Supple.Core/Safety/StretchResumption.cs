namespace Supple.Core.Safety;

/// <summary>The person chose to resume a paused stretch (after asking a professional, as advised).</summary>
/// <param name="StretchId">The stretch.</param>
/// <param name="At">When they resumed it.</param>
public sealed record StretchResumption(string StretchId, DateTimeOffset At);
