using System.Resources;
using Microsoft.Extensions.Localization;
using Supple.Core.Localization;

namespace Supple.Core.Planning;

/// <summary>
/// The personal plan's wording (<c>PlanText.resx</c>, English, and <c>PlanText.LANG.resx</c> beside it), by key, in
/// <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>: the reasons, left-out notes, prop and cause names
/// every door shows with a plan. Embedded in this assembly and its satellites (no I/O of Core's own).
/// </summary>
internal static class PlanText
{
    public const string WhyPostureShoulderBladeSqueeze = "Plan.Why.Posture.ShoulderBladeSqueeze";
    public const string WhyPostureChestOpener = "Plan.Why.Posture.ChestOpener";
    public const string WhyPostureThoracicExtension = "Plan.Why.Posture.ThoracicExtension";
    public const string WhySedentaryShoulderBladeSqueeze = "Plan.Why.Sedentary.ShoulderBladeSqueeze";
    public const string WhySedentaryCatCamel = "Plan.Why.Sedentary.CatCamel";
    public const string WhySedentarySeatedTwist = "Plan.Why.Sedentary.SeatedTwist";
    public const string WhyRepetitiveUpperTrapezius = "Plan.Why.RepetitiveStrain.UpperTrapeziusStretch";
    public const string WhyRepetitiveCatCamel = "Plan.Why.RepetitiveStrain.CatCamel";
    public const string WhyRepetitiveSeatedTwist = "Plan.Why.RepetitiveStrain.SeatedTwist";
    public const string WhyAgeCatCamel = "Plan.Why.AgeRelated.CatCamel";
    public const string WhyAgeThoracicExtension = "Plan.Why.AgeRelated.ThoracicExtension";
    public const string WhyAgeSeatedTwist = "Plan.Why.AgeRelated.SeatedTwist";
    public const string WhyStressChildsPose = "Plan.Why.EmotionalStress.ChildsPose";
    public const string WhyStressUpperTrapezius = "Plan.Why.EmotionalStress.UpperTrapeziusStretch";
    public const string WhyStressChestOpener = "Plan.Why.EmotionalStress.ChestOpener";
    public const string UseInPlaceOf = "Plan.UseInPlaceOf";
    public const string NeedsMissing = "Plan.NeedsMissing";
    public const string And = "Plan.And";
    public const string Or = "Plan.Or";
    public const string TakesOver = "Plan.TakesOver";
    public const string InPlaceOf = "Plan.InPlaceOf";
    public const string DailyProgramme = "Plan.DailyProgramme";
    public const string PropChair = "Plan.Prop.Chair";
    public const string PropFoamRoller = "Plan.Prop.FoamRoller";
    public const string PropRolledTowel = "Plan.Prop.RolledTowel";
    public const string PropFloorSpace = "Plan.Prop.FloorSpace";
    public const string CausePosture = "Plan.Cause.Posture";
    public const string CauseSedentary = "Plan.Cause.Sedentary";
    public const string CauseRepetitiveStrain = "Plan.Cause.RepetitiveStrain";
    public const string CauseInjury = "Plan.Cause.InjuryOrTrauma";
    public const string CauseAge = "Plan.Cause.AgeRelated";
    public const string CauseStress = "Plan.Cause.EmotionalStress";
    public const string QuestionScreenHours = "Plan.Question.ScreenHours";
    public const string HintScreenHours = "Plan.Hint.ScreenHours";
    public const string QuestionPosture = "Plan.Question.Posture";
    public const string QuestionStress = "Plan.Question.Stress";
    public const string QuestionRepetitiveStrain = "Plan.Question.RepetitiveStrain";
    public const string QuestionRecentInjury = "Plan.Question.RecentInjury";
    public const string QuestionAgeRelated = "Plan.Question.AgeRelatedStiffness";
    public const string QuestionProps = "Plan.Question.Props";
    public const string HintProps = "Plan.Hint.Props";
    public const string QuestionRedFlags = "Plan.Question.RedFlags";
    public const string HintRedFlags = "Plan.Hint.RedFlags";

    // i18n-cli6: the answers file's errors (AssessmentAnswersParser)
    public const string AnswersNotJson = "Plan.Answers.NotJson";
    public const string AnswersNotObject = "Plan.Answers.NotObject";
    public const string AnswersUnknownKey = "Plan.Answers.UnknownKey";
    public const string AnswersMissingQuestion = "Plan.Answers.MissingQuestion";
    public const string AnswersHoursRange = "Plan.Answers.HoursRange";
    public const string AnswersMissingTrueFalse = "Plan.Answers.MissingTrueFalse";
    public const string AnswersNotTrueFalse = "Plan.Answers.NotTrueFalse";
    public const string AnswersMissingProps = "Plan.Answers.MissingProps";
    public const string AnswersPropsNotList = "Plan.Answers.PropsNotList";
    public const string AnswersUnknownProp = "Plan.Answers.UnknownProp";
    public const string AnswersRedFlagsNotObject = "Plan.Answers.RedFlagsNotObject";
    public const string AnswersUnknownRedFlag = "Plan.Answers.UnknownRedFlag";
    public const string AnswersMissingRedFlag = "Plan.Answers.MissingRedFlag";

    /// <summary>The resources, read on first use.</summary>
    public static ResourceManager Resources { get; } = new("Supple.Core.Planning.PlanText", typeof(PlanText).Assembly);

    /// <summary>The strings in the current UI culture.</summary>
    public static IStringLocalizer Localizer { get; } = new SuppleStringLocalizer(Resources);
}
