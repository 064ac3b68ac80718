namespace Supple.Web.Api;

/// <summary>One question: the answers key it fills, its text, a hint, and the kind of answer (hours, yesNo, props, redFlags).</summary>
public sealed record AssessmentQuestionResponse(string Key, string Text, string? Hint, string Kind);
