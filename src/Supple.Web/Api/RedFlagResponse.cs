using Supple.Core.Safety;

namespace Supple.Web.Api;

/// <summary>A warning sign: its yes/no question, why it matters, how soon to get help, and its sources.</summary>
public sealed record RedFlagResponse(string Id, string Question, string Explanation, RedFlagUrgency Urgency, IReadOnlyList<SourceResponse> Sources)
{
    internal static RedFlagResponse From(RedFlagInfo info) =>
        new(info.Id, info.Question, info.Explanation, info.Urgency, SourceResponse.From(info.Sources));
}
