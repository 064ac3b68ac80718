using Supple.Core.Content;
using Supple.Core.Sessions;
using Supple.Web.Pictures;

namespace Supple.Web.Api;

/// <summary>One stretch of a timeline: its resolved dosage, where its steps lie, its picture and, for a sided stretch,
/// the picture of each side.</summary>
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
    string Picture,
    SidePictures? SidePictures);
