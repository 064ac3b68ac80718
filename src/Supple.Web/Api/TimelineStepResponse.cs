using Supple.Core.Sessions;

namespace Supple.Web.Api;

/// <summary>One timed step (hold, release, switch side, a flow phase…) with the picture to show during it
/// (none for the closing <c>done</c> step, which belongs to no stretch).</summary>
public sealed record TimelineStepResponse(
    int Index,
    StepKind Kind,
    string StretchId,
    int StretchIndex,
    string Instruction,
    string? PhaseName,
    StepCounters? Counters,
    double StartsAtSeconds,
    double DurationSeconds,
    string? Picture);
