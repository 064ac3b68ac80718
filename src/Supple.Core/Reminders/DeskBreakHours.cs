namespace Supple.Core.Reminders;

/// <summary>
/// When desk breaks are offered away from the terminal (pushed to the person's phone or browser): between two local
/// times of day on the chosen days of the week, e.g. 09:00–17:00 on weekdays.
/// </summary>
public sealed record DeskBreakHours
{
    /// <summary>Creates the hours; throws when <paramref name="to"/> is not after <paramref name="from"/> or no day is given.</summary>
    /// <param name="from">Local time the working day starts.</param>
    /// <param name="to">Local time it ends (after <paramref name="from"/>, the same day).</param>
    /// <param name="days">The days of the week with desk breaks (at least one).</param>
    public DeskBreakHours(TimeOnly from, TimeOnly to, IEnumerable<DayOfWeek> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        if (to <= from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, "The end of the working hours must come after their start.");
        }

        var set = days.Distinct().Order().ToList();
        if (set.Count == 0)
        {
            throw new ArgumentException("At least one day is needed.", nameof(days));
        }

        From = from;
        To = to;
        Days = set;
    }

    /// <summary>Monday to Friday, 09:00 to 17:00.</summary>
    public static DeskBreakHours Weekdays { get; } = new(
        new TimeOnly(9, 0), new TimeOnly(17, 0),
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday]);

    /// <summary>Local time the working day starts.</summary>
    public TimeOnly From { get; }

    /// <summary>Local time it ends.</summary>
    public TimeOnly To { get; }

    /// <summary>The days with desk breaks, Sunday first.</summary>
    public IReadOnlyList<DayOfWeek> Days { get; }

    /// <inheritdoc />
    public bool Equals(DeskBreakHours? other) =>
        other is not null && From == other.From && To == other.To && Days.SequenceEqual(other.Days);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(From, To, Days.Count);
}
