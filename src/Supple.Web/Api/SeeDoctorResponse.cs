using Supple.Core.Planning;
using Supple.Core.Safety;

namespace Supple.Web.Api;

/// <summary>No routine: see a doctor first, how soon, and why (each warning sign with its sources).</summary>
public sealed record SeeDoctorResponse(
    RedFlagUrgency Urgency,
    string Message,
    bool RecentInjury,
    IReadOnlyList<RedFlagResponse> RedFlags,
    IReadOnlyList<string> Reasons)
{
    internal static SeeDoctorResponse From(SeeDoctorFirst outcome) =>
        new(outcome.Urgency, outcome.Message, outcome.RecentInjury, [.. outcome.RedFlags.Select(RedFlagResponse.From)], outcome.Reasons);
}
