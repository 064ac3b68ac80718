namespace Supple.Core.Statistics;

/// <summary>What happened with one stretch across the whole history (a sided stretch counts once per side).</summary>
/// <param name="StretchId">The stretch.</param>
/// <param name="TimesDone">Records where it was done (not skipped).</param>
/// <param name="TimesSkipped">Records where any part was skipped.</param>
/// <param name="TimesHurt">Records where the person said it hurt.</param>
public sealed record StretchTally(string StretchId, int TimesDone, int TimesSkipped, int TimesHurt);
