using Supple.Core.Content;
using Supple.Core.Planning;

namespace Supple.Web.Api;

/// <summary>
/// Every question of the assessment, in the order it is asked: the warning signs first (any yes means no routine),
/// then the causes, then the props.
/// </summary>
public sealed record AssessmentQuestionsResponse(
    AssessmentQuestionResponse RedFlagsQuestion,
    IReadOnlyList<RedFlagResponse> RedFlags,
    IReadOnlyList<AssessmentQuestionResponse> Causes,
    AssessmentQuestionResponse Props,
    IReadOnlyList<PropOptionResponse> PropOptions)
{
    internal static AssessmentQuestionsResponse Create() => new(
        Question(AssessmentQuestions.RedFlags, "redFlags"),
        [.. Core.Safety.RedFlags.All.Select(RedFlagResponse.From)],
        [.. AssessmentQuestions.Causes.Select(q => Question(q, q == AssessmentQuestions.ScreenHours ? "hours" : "yesNo"))],
        Question(AssessmentQuestions.Props, "props"),
        [.. Enum.GetValues<Prop>().Select(p => new PropOptionResponse(AssessmentQuestions.PropId(p), AssessmentQuestions.PropName(p)))]);

    private static AssessmentQuestionResponse Question(AssessmentQuestion question, string kind) =>
        new(question.Key, question.Text, question.Hint, kind);
}
