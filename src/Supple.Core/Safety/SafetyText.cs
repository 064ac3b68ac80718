using System.Resources;
using Microsoft.Extensions.Localization;
using Supple.Core.Localization;

namespace Supple.Core.Safety;

/// <summary>
/// The safety wording's resources (<c>SafetyText.resx</c>, English, and <c>SafetyText.LANG.resx</c> beside it), by
/// key, in <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>: every door that shows
/// <see cref="SafetyMessages"/> gets them in the person's language. Embedded in this assembly and its satellites (no
/// I/O of Core's own).
/// </summary>
internal static class SafetyText
{
    public const string StopRule = "Safety.StopRule";
    public const string StoppedForPain = "Safety.StoppedForPain";
    public const string SeeDoctorNow = "Safety.SeeDoctorNow";
    public const string SeeDoctorToday = "Safety.SeeDoctorToday";
    public const string SeeDoctorSoon = "Safety.SeeDoctorSoon";
    public const string SeeDoctorBeforeStretching = "Safety.SeeDoctorBeforeStretching";
    public const string HowTheGateOpens = "Safety.HowTheGateOpens";
    public const string NothingToClear = "Safety.NothingToClear";
    public const string ClearanceInTheFuture = "Safety.ClearanceInTheFuture";
    public const string Cleared = "Safety.Cleared";
    public const string HighDiaryPainAdvice = "Safety.HighDiaryPainAdvice";
    public const string AllPaused = "Safety.AllPaused";
    public const string NoDeskBreakStretches = "Safety.NoDeskBreakStretches";
    public const string DisclaimerFirst = "Safety.DisclaimerFirst";
    public const string DeskBreaksStoppedForPain = "Safety.DeskBreaksStoppedForPain";
    public const string UrgencyEmergency = "Safety.Urgency.Emergency";
    public const string UrgencySameDay = "Safety.Urgency.SameDay";
    public const string UrgencySoon = "Safety.Urgency.Soon";
    public const string HighPainTitle = "Safety.HighPain.Title";
    public const string HighPainMessage = "Safety.HighPain.Message";
    public const string RisingTrendTitle = "Safety.RisingTrend.Title";
    public const string RisingTrendMessage = "Safety.RisingTrend.Message";
    public const string PausedTitle = "Safety.Paused.Title";
    public const string PausedMessage = "Safety.Paused.Message";
    public const string SeeDoctorFirstTitle = "Safety.SeeDoctorFirst.Title";
    public const string SeeDoctorFirstMessage = "Safety.SeeDoctorFirst.Message";
    public const string InjuryAdvice = "Safety.InjuryAdvice";
    public const string LevelChangeHurtStepDown = "Safety.LevelChange.HurtStepDown";
    public const string LevelChangePainStepDown = "Safety.LevelChange.PainStepDown";
    public const string LevelChangeCalmStepUp = "Safety.LevelChange.CalmStepUp";

    /// <summary>The resources, read on first use.</summary>
    public static ResourceManager Resources { get; } = new("Supple.Core.Safety.SafetyText", typeof(SafetyText).Assembly);

    /// <summary>The strings in the current UI culture.</summary>
    public static IStringLocalizer Localizer { get; } = new SuppleStringLocalizer(Resources);
}
