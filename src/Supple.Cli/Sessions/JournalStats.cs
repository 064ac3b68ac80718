namespace Supple.Cli.Sessions;

/// <summary>What the end screen shows from the history.</summary>
/// <param name="CurrentStreakDays">Consecutive days with a session, up to today.</param>
/// <param name="TotalSessions">Sessions recorded so far.</param>
/// <param name="AveragePainChange">Mean of (after − before) over sessions with both, or <c>null</c>.</param>
internal sealed record JournalStats(int CurrentStreakDays, int TotalSessions, double? AveragePainChange);
