namespace Supple.Core.Safety;

/// <summary>A calm, clear piece of advice shown to the person, with where it comes from.</summary>
/// <param name="Kind">The rule that produced it.</param>
/// <param name="Title">A short heading.</param>
/// <param name="Message">What to do and why, in one or two sentences.</param>
/// <param name="StretchId">The stretch it is about, or <c>null</c>.</param>
/// <param name="Sources">Where the advice comes from.</param>
public sealed record SafetyAdvice(
    SafetyAdviceKind Kind,
    string Title,
    string Message,
    string? StretchId,
    IReadOnlyList<SafetySource> Sources);
