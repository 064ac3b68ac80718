namespace Supple.Data.Entities;

/// <summary>
/// Per user running totals and streak state (table <c>user_stats</c>), kept up to date as sessions are written so
/// that statistics cost the same on ten years of history as on one. Also serves as the per-user write lock on PostgreSQL.
/// </summary>
public sealed class UserStatsRow
{
    public required string UserId { get; set; }

    public int SessionsStarted { get; set; }

    public int SessionsCompleted { get; set; }

    public int SessionsStoppedForPain { get; set; }

    public int PainPairs { get; set; }

    public long PainBeforeSum { get; set; }

    public long PainAfterSum { get; set; }

    public DateOnly? RunStart { get; set; }

    public DateOnly? RunEnd { get; set; }

    public int LongestStreak { get; set; }
}
