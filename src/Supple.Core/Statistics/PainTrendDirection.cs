namespace Supple.Core.Statistics;

/// <summary>Which way pain is going.</summary>
public enum PainTrendDirection
{
    /// <summary>Fewer than three readings, or all on one day.</summary>
    NotEnoughData,

    /// <summary>Pain is falling.</summary>
    Improving,

    /// <summary>Pain changes by less than half a point over the window.</summary>
    Steady,

    /// <summary>Pain is rising.</summary>
    Worsening,
}
