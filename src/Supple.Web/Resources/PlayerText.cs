namespace Supple.Web.Resources;

/// <summary>
/// The strings of the browser scripts (the player, the offline queue, reminders) and of the player page
/// (<c>PlayerText.resx</c>, English, and <c>PlayerText.LANG.resx</c> beside it), by key. Keys starting
/// <c>Player.</c> reach player.js as the player page's JSON island (<c>#player-text</c>); keys starting <c>Shared.</c>
/// reach every page's scripts as the layout's <c>#supple-session-text</c> (see <see cref="ScriptTexts"/>). Every key
/// used in code is a constant here; a test checks each against the resources.
/// </summary>
public sealed class PlayerText
{
    public const string Title = "Player.Title";
    public const string Leave = "Player.Leave";
    public const string LeaveTitle = "Player.LeaveTitle";
    public const string LeaveText = "Player.LeaveText";
    public const string LeaveStay = "Player.LeaveStay";
    public const string LeaveConfirm = "Player.LeaveConfirm";
    public const string NoScript = "Player.NoScript";
    public const string NoScriptLibrary = "Player.NoScriptLibrary";
    public const string LoadingTitle = "Player.LoadingTitle";
    public const string RefusedTitle = "Player.RefusedTitle";
    public const string Assessment = "Player.Assessment";
    public const string BackToToday = "Player.BackToToday";
    public const string ErrorTitle = "Player.ErrorTitle";
    public const string DisclaimerTitle = "Player.DisclaimerTitle";
    public const string StopRule = "Player.StopRule";
    public const string AcceptDisclaimer = "Player.AcceptDisclaimer";
    public const string ResumeTitle = "Player.ResumeTitle";
    public const string ResumeText = "Player.ResumeText";
    public const string ResumeContinue = "Player.ResumeContinue";
    public const string ResumeFinish = "Player.ResumeFinish";
    public const string ResumeDiscard = "Player.ResumeDiscard";
    public const string BeforeTitle = "Player.BeforeTitle";
    public const string PainBefore = "Player.PainBefore";
    public const string Start = "Player.Start";
    public const string KeysBefore = "Player.KeysBefore";
    public const string KeysPlaying = "Player.KeysPlaying";
    public const string KeySpace = "Player.KeySpace";
    public const string PlayingLabel = "Player.PlayingLabel";
    public const string StretchHeading = "Player.StretchHeading";
    public const string TimerLabel = "Player.TimerLabel";
    public const string Pause = "Player.Pause";
    public const string Resume = "Player.Resume";
    public const string Skip = "Player.Skip";
    public const string SkipStretch = "Player.SkipStretch";
    public const string Hurt = "Player.Hurt";
    public const string Voice = "Player.Voice";
    public const string Beeps = "Player.Beeps";
    public const string FullScreen = "Player.FullScreen";
    public const string AfterTitle = "Player.AfterTitle";
    public const string PainAfter = "Player.PainAfter";
    public const string Finish = "Player.Finish";
    public const string StoppedTitle = "Player.StoppedTitle";
    public const string StoppedBecause = "Player.StoppedBecause";
    public const string AStretch = "Player.AStretch";
    public const string LowercaseNames = "Player.LowercaseNames";
    public const string Saving = "Player.Saving";
    public const string PainStopped = "Player.PainStopped";
    public const string SavePain = "Player.SavePain";
    public const string SeeHistory = "Player.SeeHistory";
    public const string KindGetIntoPosition = "Player.Kind.GetIntoPosition";
    public const string KindHold = "Player.Kind.Hold";
    public const string KindFlow = "Player.Kind.Flow";
    public const string KindRelease = "Player.Kind.Release";
    public const string KindSwitchSide = "Player.Kind.SwitchSide";
    public const string KindRest = "Player.Kind.Rest";
    public const string KindDone = "Player.Kind.Done";
    public const string SummaryPlan = "Player.SummaryPlan";
    public const string Summary = "Player.Summary";
    public const string Paused = "Player.Paused";
    public const string Resumed = "Player.Resumed";
    public const string StoppedAlert = "Player.StoppedAlert";
    public const string Rep = "Player.Rep";
    public const string Set = "Player.Set";
    public const string Side = "Player.Side";
    public const string NextFinish = "Player.NextFinish";
    public const string Next = "Player.Next";
    public const string StretchOf = "Player.StretchOf";
    public const string PictureAlt = "Player.PictureAlt";
    public const string StepAnnouncement = "Player.StepAnnouncement";
    public const string TimeLeft = "Player.TimeLeft";
    public const string AfterText = "Player.AfterText";
    public const string ReadyToFinish = "Player.ReadyToFinish";
    public const string Complete = "Player.Complete";
    public const string PainSavedAfterStop = "Player.PainSavedAfterStop";
    public const string ServerProblem = "Player.ServerProblem";
    public const string SharedHeading = "Shared.heading";
    public const string SharedOnDevice = "Shared.onDevice";
    public const string SharedSaved = "Shared.saved";
    public const string SharedNotSaved = "Shared.notSaved";
    public const string SharedSending = "Shared.sending";
    public const string SharedRefused = "Shared.refused";
    public const string SharedOtherAccount = "Shared.otherAccount";
    public const string SharedUnfinished = "Shared.unfinished";
    public const string SharedSessionOf = "Shared.sessionOf";
    public const string SharedDoneTitleOnDevice = "Shared.doneTitleOnDevice";
    public const string SharedDoneTextOnDevice = "Shared.doneTextOnDevice";
    public const string SharedDoneTitleSaved = "Shared.doneTitleSaved";
    public const string SharedDoneTextSaved = "Shared.doneTextSaved";
    public const string SharedPlayingOffline = "Shared.playingOffline";
    public const string SharedHurtOnDevice = "Shared.hurtOnDevice";
    public const string SharedHurtSaved = "Shared.hurtSaved";
    public const string SharedOfflineTitle = "Shared.offlineTitle";
    public const string SharedOfflineNoGate = "Shared.offlineNoGate";
    public const string SharedOfflineNoDisclaimer = "Shared.offlineNoDisclaimer";
    public const string SharedOfflineNoTimeline = "Shared.offlineNoTimeline";
    public const string SharedOfflineNoGentle = "Shared.offlineNoGentle";
    public const string SharedOfflineResume = "Shared.offlineResume";
    public const string SharedOpenPlayer = "Shared.openPlayer";
    public const string SharedReminderDue = "Shared.reminderDue";
    public const string SharedReminderGo = "Shared.reminderGo";
    public const string SharedReminderDismiss = "Shared.reminderDismiss";
    public const string SharedNotificationsUnsupported = "Shared.notificationsUnsupported";
    public const string SharedNotificationsOn = "Shared.notificationsOn";
    public const string SharedNotificationsBlocked = "Shared.notificationsBlocked";
    public const string SharedUpdateReady = "Shared.updateReady";
    public const string SharedUpdateReload = "Shared.updateReload";

    private PlayerText()
    {
    }
}
