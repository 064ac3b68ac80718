namespace Supple.Core.Statistics;

/// <summary>Running totals kept up to date as sessions are written.</summary>
/// <param name="SessionsStarted">Sessions started or logged.</param>
/// <param name="Completed">Sessions that ended completed.</param>
/// <param name="StoppedForPain">Sessions stopped because a stretch hurt.</param>
/// <param name="PainPairs">Sessions with both a before and an after pain score.</param>
/// <param name="PainBeforeSum">Sum of the before scores of those sessions.</param>
/// <param name="PainAfterSum">Sum of the after scores of those sessions.</param>
public sealed record PracticeTotals(int SessionsStarted, int Completed, int StoppedForPain, int PainPairs, long PainBeforeSum, long PainAfterSum)
{
    /// <summary>Nothing recorded yet.</summary>
    public static PracticeTotals Empty { get; } = new(0, 0, 0, 0, 0, 0);

    /// <summary>Sessions that were abandoned, or never finished (still "in progress" after a crash).</summary>
    public int Abandoned => Math.Max(0, SessionsStarted - Completed - StoppedForPain);
}
