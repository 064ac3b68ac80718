namespace Supple.Core.Statistics;

/// <summary>What is kept between writes to answer streak questions without reading the whole history.</summary>
/// <param name="RunStart">First day of the latest run of consecutive practised days; null when nothing was practised.</param>
/// <param name="RunEnd">Last day of that run.</param>
/// <param name="Longest">The longest run ever, in days.</param>
public sealed record StreakState(DateOnly? RunStart, DateOnly? RunEnd, int Longest)
{
    /// <summary>No practice yet.</summary>
    public static StreakState Empty { get; } = new(null, null, 0);

    /// <summary>Length of the latest run, in days.</summary>
    public int RunLength => RunStart is { } start && RunEnd is { } end ? end.DayNumber - start.DayNumber + 1 : 0;

    /// <summary>
    /// The current streak on <paramref name="today"/>: the latest run counts while it reaches today or yesterday
    /// (today is not over yet), or a later day (the person moved to a time zone behind the one they practised in).
    /// </summary>
    /// <param name="today">Today in the person's time zone.</param>
    /// <returns>Days in the current streak.</returns>
    public int CurrentOn(DateOnly today) =>
        RunEnd is { } end && end.DayNumber >= today.DayNumber - 1 ? RunLength : 0;
}
