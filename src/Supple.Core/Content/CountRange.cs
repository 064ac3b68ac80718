namespace Supple.Core.Content;

/// <summary>An inclusive range of whole numbers (seconds or counts) with 0 &lt; Min ≤ Max.</summary>
public sealed record CountRange
{
    /// <summary>Creates a range; throws when <paramref name="min"/> is not positive or exceeds <paramref name="max"/>.</summary>
    public CountRange(int min, int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(min, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, min);
        Min = min;
        Max = max;
    }

    /// <summary>The low end (the "gentle" level).</summary>
    public int Min { get; }

    /// <summary>The high end (the "full" level).</summary>
    public int Max { get; }

    /// <summary>The midpoint, rounded half up (the "standard" level).</summary>
    public int Mid => (Min + Max + 1) / 2;

    /// <summary>True when <paramref name="value"/> lies within the range.</summary>
    public bool Contains(int value) => value >= Min && value <= Max;

    /// <summary>A single value as a range.</summary>
    public static CountRange Exactly(int value) => new(value, value);

    /// <inheritdoc />
    public override string ToString() => Min == Max ? $"{Min}" : $"{Min}–{Max}";
}
