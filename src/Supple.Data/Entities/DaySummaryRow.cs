namespace Supple.Data.Entities;

/// <summary>Per user and local day (table <c>day_summaries</c>), kept up to date in the same transaction as each write.</summary>
public sealed class DaySummaryRow
{
    public required string UserId { get; set; }

    public DateOnly Day { get; set; }

    public int Sessions { get; set; }

    /// <summary>Sessions of this day that count as practice (a stretch done, or a logged session).</summary>
    public int PractisedSessions { get; set; }
}
