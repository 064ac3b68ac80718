namespace Supple.Core.Statistics;

/// <summary>
/// What one write adds to the summary rows a store keeps beside the history (see <see cref="SummaryRule"/>): every
/// figure is an increment, never a new value, so writers add them with <c>x = x + n</c>.
/// </summary>
/// <param name="Totals">Increments of the person's running totals.</param>
/// <param name="DaySessions">Sessions added to the day's row.</param>
/// <param name="BecomesPractised">True when the session counts as practice from this write on: the day's practised count grows by one.</param>
/// <param name="Tallies">Per-stretch increments (done, skipped, hurt), one per stretch, in the order first met.</param>
public sealed record SummaryChange(
    PracticeTotals Totals,
    int DaySessions,
    bool BecomesPractised,
    IReadOnlyList<StretchTally> Tallies);
