using System.Resources;
using Microsoft.Extensions.Localization;
using Supple.Core.Localization;

namespace Supple.Cli.Resources;

/// <summary>
/// The <c>supple</c> command's interface strings (<c>CliText.resx</c>, English, and <c>CliText.LANG.resx</c> beside
/// it), by key. Every key used in code is a constant here; a test checks each against the resources.
/// </summary>
internal static class CliText
{
    public const string AboutSource = "About.Source";
    public const string AboutCauses = "About.Causes";
    public const string AboutBenefits = "About.Benefits";
    public const string AboutHowOften = "About.HowOften";
    public const string AboutWhenToStop = "About.WhenToStop";
    public const string AboutReferences = "About.References";
    public const string AboutDisclaimer = "About.Disclaimer";
    public const string SessionDone = "Session.Done";
    public const string SessionSavedAgain = "Session.SavedAgain";
    public const string SessionPainBefore = "Session.PainBefore";
    public const string SessionPainAfter = "Session.PainAfter";
    public const string SessionPainPromptHint = "Session.PainPromptHint";
    public const string SessionPainPromptError = "Session.PainPromptError";
    public const string SessionConfirmDisclaimer = "Session.ConfirmDisclaimer";
    public const string SessionStartGentle = "Session.StartGentle";
    public const string SessionStart = "Session.Start";
    public const string SessionVoiceOff = "Session.VoiceOff";
    public const string SessionNotSavedYet = "Session.NotSavedYet";
    public const string SessionCouldNotSave = "Session.CouldNotSave";
    public const string SessionAdvice = "Session.Advice";
    public const string SessionSummary = "Session.Summary";
    public const string SessionOutcome = "Session.Outcome";
    public const string OutcomeCompleted = "Outcome.Completed";
    public const string OutcomeStoppedForPain = "Outcome.StoppedForPain";
    public const string OutcomeAbandoned = "Outcome.Abandoned";
    public const string LevelGentle = "Level.Gentle";
    public const string LevelStandard = "Level.Standard";
    public const string LevelFull = "Level.Full";
    public const string SessionKeys = "Session.Keys";
    public const string SessionKeysPaused = "Session.KeysPaused";
    public const string SessionKeysLine = "Session.KeysLine";
    public const string SessionConfirmQuit = "Session.ConfirmQuit";
    public const string SessionPaused = "Session.Paused";
    public const string SessionResumed = "Session.Resumed";
    public const string SessionSkipped = "Session.Skipped";
    public const string SessionHurt = "Session.Hurt";
    public const string SessionSaved = "Session.Saved";
    public const string SessionStreakUnreadable = "Session.StreakUnreadable";
    public const string SessionNeedsTerminal = "Session.NeedsTerminal";
    public const string SessionDisclaimerNotAccepted = "Session.DisclaimerNotAccepted";
    public const string SessionGettingReady = "Session.GettingReady";
    public const string SessionNext = "Session.Next";
    public const string SessionSwitchTo = "Session.SwitchTo";
    public const string SessionComplete = "Session.Complete";
    public const string SessionStoppedHeadline = "Session.StoppedHeadline";
    public const string SessionEndedEarly = "Session.EndedEarly";
    public const string SessionStoppedDuring = "Session.StoppedDuring";
    public const string SessionHurtSaved = "Session.HurtSaved";
    public const string SessionHurtNotSaved = "Session.HurtNotSaved";
    public const string SessionHurtTitle = "Session.HurtTitle";
    public const string SummaryStretch = "Summary.Stretch";
    public const string SummarySide = "Summary.Side";
    public const string SummaryRepsTimesSets = "Summary.RepsTimesSets";
    public const string SummaryHeld = "Summary.Held";
    public const string SummaryNote = "Summary.Note";
    public const string SummaryNothingDone = "Summary.NothingDone";
    public const string NoteHurt = "Note.Hurt";
    public const string NoteSkipped = "Note.Skipped";
    public const string NoteCutShort = "Note.CutShort";
    public const string DoneNothing = "Done.Nothing";
    public const string DoneNoSet = "Done.NoSet";
    public const string DoneRepsTimesSets = "Done.RepsTimesSets";
    public const string PainChange = "Pain.Change";
    public const string PainBefore = "Pain.Before";
    public const string PainAfter = "Pain.After";
    public const string StreakNone = "Streak.None";
    public const string StreakOne = "Streak.One";
    public const string StreakDays = "Streak.Days";
    public const string PainAverageLower = "Pain.AverageLower";
    public const string PainAverageHigher = "Pain.AverageHigher";
    public const string PainAverageSame = "Pain.AverageSame";
    public const string StepGetIntoPosition = "Step.GetIntoPosition";
    public const string StepHold = "Step.Hold";
    public const string StepFlow = "Step.Flow";
    public const string StepRelease = "Step.Release";
    public const string StepSwitchSide = "Step.SwitchSide";
    public const string StepRest = "Step.Rest";
    public const string StepDone = "Step.Done";
    public const string SideLeft = "Side.Left";
    public const string SideRight = "Side.Right";
    public const string Counters = "Counters";
    public const string FormatReps = "Format.Reps";
    public const string FormatSets = "Format.Sets";
    public const string FormatHoldSeconds = "Format.HoldSeconds";
    public const string FormatFlow = "Format.Flow";
    public const string FormatFlowPhases = "Format.FlowPhases";
    public const string FormatEachSideRightFirst = "Format.EachSideRightFirst";
    public const string FormatEachSideLeftFirst = "Format.EachSideLeftFirst";
    public const string FormatRightLeft = "Format.RightLeft";
    public const string FormatLeftRight = "Format.LeftRight";
    public const string FormatEachSide = "Format.EachSide";
    public const string FormatOr = "Format.Or";
    public const string FormatNothing = "Format.Nothing";
    public const string RefusalClearOrRetake = "Refusal.ClearOrRetake";
    public const string RefusalResume = "Refusal.Resume";
    public const string RefusalAcceptDisclaimer = "Refusal.AcceptDisclaimer";
    public const string RefusalNotStarted = "Refusal.NotStarted";
    public const string RefusalNotStartedWithoutDisclaimer = "Refusal.NotStartedWithoutDisclaimer";
    public const string ErrorFailure = "Error.Failure";
    public const string StepNameGetIntoPosition = "StepName.GetIntoPosition";
    public const string StepNameHold = "StepName.Hold";
    public const string StepNameFlow = "StepName.Flow";
    public const string StepNameRelease = "StepName.Release";
    public const string StepNameSwitchSide = "StepName.SwitchSide";
    public const string StepNameRest = "StepName.Rest";
    public const string StepNameDone = "StepName.Done";
    public const string SideShortLeft = "Side.ShortLeft";
    public const string SideShortRight = "Side.ShortRight";
    public const string SessionEndLine = "Session.EndLine";

    /// <summary>The resources, read on first use.</summary>
    public static ResourceManager Resources { get; } = new("Supple.Cli.Resources.CliText", typeof(CliText).Assembly);

    /// <summary>The strings in the run's language (<c>--lang</c>, LC_ALL, LC_MESSAGES, LANG).</summary>
    public static IStringLocalizer Localizer { get; } = new SuppleStringLocalizer(Resources);
}
