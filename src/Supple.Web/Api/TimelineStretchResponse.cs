using Supple.Core.Content;
using Supple.Core.Sessions;

namespace Supple.Web.Api;

/// <summary>One stretch of a timeline: its resolved dosage and where its steps lie.</summary>
public sealed record TimelineStretchResponse(
    int Index,
    string StretchId,
    string Name,
    ResolvedDosage Dosage,
    SideOrder Sides,
    int FirstStep,
    int StepCount,
    double StartsAtSeconds,
    double DurationSeconds,
    string Picture);
