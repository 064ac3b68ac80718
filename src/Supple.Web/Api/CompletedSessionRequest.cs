namespace Supple.Web.Api;

/// <summary>
/// A session played without the server (offline) and sent whole: the routine it played and every step outcome, the
/// same reports a live player sends. Sending it again with the same client id is the same session.
/// </summary>
/// <param name="ClientId">The id the client made for it (required).</param>
/// <param name="Routine">Each stretch it played and its level, in order (the session response's timeline gives them).</param>
/// <param name="PainBefore">Pain before the session, 0–10, when asked.</param>
/// <param name="PainAfter">Pain after the session, 0–10, when asked.</param>
/// <param name="StartedAt">When it started (required); not in the future.</param>
/// <param name="Steps">Every step outcome, in order.</param>
public sealed record CompletedSessionRequest(
    Guid? ClientId,
    IReadOnlyList<RoutineItemRequest?>? Routine,
    int? PainBefore,
    int? PainAfter,
    DateTimeOffset? StartedAt,
    IReadOnlyList<StepReport?>? Steps);
