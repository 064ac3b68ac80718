using Supple.Application;
using Supple.Core.History;
using Supple.Core.Safety;
using Supple.Core.Sessions;
using Supple.Web.Pictures;

namespace Supple.Web.Api;

/// <summary>
/// A guided session: its state, the stretch records the server folded from the reported steps, the step expected
/// next, and (when it can be played here) the timeline to play, with any advice to show before it.
/// </summary>
public sealed record SessionResponse(
    long Id,
    Guid ClientId,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    DosageLevel Level,
    SessionSource Source,
    SessionOutcome? Outcome,
    int? PainBefore,
    int? PainAfter,
    HurtReport? Hurt,
    IReadOnlyList<StretchRecord> Stretches,
    int NextStep,
    TimelineResponse? Timeline,
    IReadOnlyList<AdviceResponse> Advice)
{
    /// <summary>True once the session has ended.</summary>
    public bool Finished => Outcome is not null;

    internal static SessionResponse From(SessionState state, PictureCatalog pictures, IReadOnlyList<SafetyAdvice>? advice = null) => new(
        state.Id,
        state.ClientId,
        state.StartedAt,
        state.EndedAt,
        state.Level,
        state.Source,
        state.Outcome,
        state.PainBefore,
        state.PainAfter,
        state.Hurt,
        state.Stretches,
        state.NextStep,
        state.Timeline is { } timeline && state.Routine is { } routine ? TimelineResponse.From(timeline, routine, state.Level, pictures) : null,
        [.. (advice ?? []).Select(AdviceResponse.From)]);
}
