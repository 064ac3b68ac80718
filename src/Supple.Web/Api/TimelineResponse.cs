using Supple.Core.Safety;
using Supple.Core.Sessions;
using Supple.Web.Pictures;

namespace Supple.Web.Api;

/// <summary>
/// A compiled timeline as the browser plays it: every duration in seconds, every step with its picture (for a sided
/// step, the picture of that side), the routine (each stretch and its level) a session of it plays, and any advice to
/// show first. <c>GentleFromPain</c> is the safety rule's threshold (Core's): a pain before of this or more plays the
/// gentle timeline, which the server builds when asked with <c>painBefore</c>; the player uses it only to know which
/// timeline it kept applies offline, never to make one.
/// </summary>
public sealed record TimelineResponse(
    DosageLevel Level,
    IReadOnlyList<string> Only,
    double TotalSeconds,
    IReadOnlyList<TimelineStretchResponse> Stretches,
    IReadOnlyList<TimelineStepResponse> Steps,
    IReadOnlyList<RoutineItemResponse> Routine,
    IReadOnlyList<AdviceResponse> Advice,
    int GentleFromPain)
{
    internal static TimelineResponse From(Timeline timeline, Routine routine, DosageLevel level, PictureCatalog pictures, IReadOnlyList<SafetyAdvice>? advice = null) =>
        new(
            level,
            [.. routine.Items.Select(i => i.StretchId)],
            timeline.TotalDuration.TotalSeconds,
            [.. timeline.Stretches.Select(s => new TimelineStretchResponse(
                s.Index, s.StretchId, s.Name, s.Dosage, s.Sides, s.FirstStep, s.StepCount,
                s.StartsAt.TotalSeconds, s.Duration.TotalSeconds, PictureCatalog.ForStretch(s.StretchId), pictures.SidesOf(s.StretchId)))],
            [.. timeline.Steps.Select(s => new TimelineStepResponse(
                s.Index, s.Kind, s.StretchId, s.StretchIndex, s.Instruction, s.PhaseName, s.Counters,
                s.StartsAt.TotalSeconds, s.Duration.TotalSeconds,
                s.StretchId.Length == 0 ? null : pictures.ForStep(s.StretchId, s.PhaseName, s.Counters?.Side ?? Core.Content.Side.None)))],
            [.. routine.Items.Select(i => new RoutineItemResponse(i.StretchId, i.Level))],
            [.. (advice ?? []).Select(AdviceResponse.From)],
            SafetyRules.HighPainBeforeSession);
}
