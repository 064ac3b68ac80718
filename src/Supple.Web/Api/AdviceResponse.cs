using Supple.Core.Safety;

namespace Supple.Web.Api;

/// <summary>Advice to show before today's session (high pain, a rising trend, a paused stretch), with its sources.</summary>
public sealed record AdviceResponse(SafetyAdviceKind Kind, string Title, string Message, string? StretchId, IReadOnlyList<SourceResponse> Sources)
{
    internal static AdviceResponse From(SafetyAdvice advice) =>
        new(advice.Kind, advice.Title, advice.Message, advice.StretchId, SourceResponse.From(advice.Sources));
}
