using Supple.Core.Sessions;
using Supple.Web.Pictures;

namespace Supple.Web.Api;

/// <summary>A compiled timeline as the browser plays it: every duration in seconds, every step with its picture (for a
/// sided step, the picture of that side).</summary>
public sealed record TimelineResponse(
    DosageLevel Level,
    IReadOnlyList<string> Only,
    double TotalSeconds,
    IReadOnlyList<TimelineStretchResponse> Stretches,
    IReadOnlyList<TimelineStepResponse> Steps)
{
    internal static TimelineResponse From(Timeline timeline, DosageLevel level, IReadOnlyList<string> only, PictureCatalog pictures) =>
        new(
            level,
            only,
            timeline.TotalDuration.TotalSeconds,
            [.. timeline.Stretches.Select(s => new TimelineStretchResponse(
                s.Index, s.StretchId, s.Name, s.Dosage, s.Sides, s.FirstStep, s.StepCount,
                s.StartsAt.TotalSeconds, s.Duration.TotalSeconds, PictureCatalog.ForStretch(s.StretchId), pictures.SidesOf(s.StretchId)))],
            [.. timeline.Steps.Select(s => new TimelineStepResponse(
                s.Index, s.Kind, s.StretchId, s.StretchIndex, s.Instruction, s.PhaseName, s.Counters,
                s.StartsAt.TotalSeconds, s.Duration.TotalSeconds,
                s.StretchId.Length == 0 ? null : pictures.ForStep(s.StretchId, s.PhaseName, s.Counters?.Side ?? Core.Content.Side.None)))]);
}
