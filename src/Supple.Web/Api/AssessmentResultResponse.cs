namespace Supple.Web.Api;

/// <summary>
/// The outcome of an assessment: <c>see-doctor-first</c> (no routine; <see cref="SeeDoctor"/> says why) or
/// <c>plan</c> (the saved plan, <see cref="Plan"/>).
/// </summary>
public sealed record AssessmentResultResponse(string Outcome, SeeDoctorResponse? SeeDoctor, PlanResponse? Plan)
{
    public const string PlanOutcome = "plan";

    public const string SeeDoctorOutcome = "see-doctor-first";
}
