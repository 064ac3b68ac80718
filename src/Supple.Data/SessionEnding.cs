using Supple.Core.Sessions;

namespace Supple.Data;

/// <summary>How an open session ends, written in the same transaction as its last records (see <see cref="SuppleStore.RecordStretchesAsync"/>).</summary>
/// <param name="Outcome">How it ended.</param>
/// <param name="EndedAt">When.</param>
/// <param name="PainAfter">Pain after (0–10), when given.</param>
/// <param name="Hurt">The "this hurts" report, when it stopped for pain.</param>
public sealed record SessionEnding(SessionOutcome Outcome, DateTimeOffset EndedAt, int? PainAfter, HurtReport? Hurt);
