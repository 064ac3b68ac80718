using Supple.Core.Sessions;

namespace Supple.Application;

/// <summary>A session played without the server (offline) and sent whole when the device is back: the same step outcomes a live player reports.</summary>
/// <param name="ClientId">The id the client made for it: sending it again is the same session.</param>
/// <param name="Routine">The routine it played (each stretch and level).</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="PainBefore">Pain before, when given.</param>
/// <param name="Steps">Every step outcome, in order.</param>
/// <param name="PainAfter">Pain after, when given.</param>
/// <param name="Source">Guided or a desk break.</param>
public sealed record PlayedSession(
    Guid ClientId,
    Routine Routine,
    DateTimeOffset StartedAt,
    int? PainBefore,
    IReadOnlyList<StepOutcome> Steps,
    int? PainAfter,
    Core.History.SessionSource Source = Core.History.SessionSource.Guided);
