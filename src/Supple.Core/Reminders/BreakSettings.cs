namespace Supple.Core.Reminders;

/// <summary>How desk breaks are spaced and how far they can be put off.</summary>
public sealed record BreakSettings
{
    /// <summary>Creates settings; throws when a value makes no sense (see each property).</summary>
    public BreakSettings(
        TimeSpan every,
        TimeSpan breakLength,
        TimeSpan postponeBy,
        int maxPostponesPerBreak,
        int maxSkipsPerDay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(every, TimeSpan.FromMinutes(1));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(every, TimeSpan.FromHours(12));
        ArgumentOutOfRangeException.ThrowIfLessThan(breakLength, TimeSpan.FromSeconds(10));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(breakLength, every);
        ArgumentOutOfRangeException.ThrowIfLessThan(postponeBy, TimeSpan.FromMinutes(1));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(postponeBy, every);
        ArgumentOutOfRangeException.ThrowIfNegative(maxPostponesPerBreak);
        ArgumentOutOfRangeException.ThrowIfNegative(maxSkipsPerDay);
        Every = every;
        BreakLength = breakLength;
        PostponeBy = postponeBy;
        MaxPostponesPerBreak = maxPostponesPerBreak;
        MaxSkipsPerDay = maxSkipsPerDay;
    }

    /// <summary>The defaults: a two-minute break every 50 minutes, up to 2 postpones of 5 minutes, 3 skips a day.</summary>
    public static BreakSettings Default { get; } = new(
        TimeSpan.FromMinutes(50), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(5), 2, 3);

    /// <summary>Time between the end of one break and the next (1 minute to 12 hours).</summary>
    public TimeSpan Every { get; }

    /// <summary>How long a break lasts (at least 10 seconds, shorter than <see cref="Every"/>).</summary>
    public TimeSpan BreakLength { get; }

    /// <summary>How far one postpone moves a due break (at least a minute, shorter than <see cref="Every"/>).</summary>
    public TimeSpan PostponeBy { get; }

    /// <summary>How many times one break can be postponed.</summary>
    public int MaxPostponesPerBreak { get; }

    /// <summary>How many breaks can be skipped in one (local) day.</summary>
    public int MaxSkipsPerDay { get; }
}
