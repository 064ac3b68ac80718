namespace Supple.Web.Api;

/// <summary>A guided session done to the end, with every stretch of it, saved at once.</summary>
/// <param name="Level">gentle, standard (default) or full.</param>
/// <param name="PainBefore">Pain before the session, 0–10, when asked.</param>
/// <param name="PainAfter">Pain after the session, 0–10, when asked.</param>
/// <param name="StartedAt">When it started (required); not in the future.</param>
/// <param name="EndedAt">When it ended (default: now); not in the future, not before it started.</param>
/// <param name="Stretches">The stretches done, in order, validated like <c>POST /sessions/{id}/stretches</c>; each <c>at</c> defaults to <see cref="EndedAt"/>.</param>
public sealed record CompletedSessionRequest(
    string? Level,
    int? PainBefore,
    int? PainAfter,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt,
    IReadOnlyList<RecordStretchRequest?>? Stretches);
