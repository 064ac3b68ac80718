using System.Globalization;

namespace Supple.Application;

/// <summary>The application layer's own wording (the safety wording is Core's <c>SafetyMessages</c>), in one place.</summary>
public static class AppMessages
{
    public const string DamagedPlan = "Your saved plan could not be read ({0}). Take the assessment again to make a new plan.";
    public const string DamagedReminders = "The saved reminder settings could not be read ({0}). Set the daily reminder again to replace them.";
    public const string DamagedResumptions = "The list of resumed stretches could not be read ({0}).";
    public const string DamagedSafety = "The stored result of your last assessment could not be read ({0}). Take the assessment again.";
    public const string DamagedPlay = "This session's record of what was played could not be read ({0}); it cannot be continued.";
    public const string NoPlan = "There is no plan yet: take the assessment to make one.";
    public const string NotInPlan = "'{0}' is not in your plan. Its stretches: {1}.";
    public const string NotPaused = "{0} is not paused; nothing to do.";
    public const string Resumed = "{0} is back in your sessions, at the low end of its range.";
    public const string NoSuchSession = "There is no session {0}.";
    public const string SessionEnded = "Session {0} has ended ({1}); nothing more can be saved in it.";
    public const string NotStepReported = "Session {0} was not started for step-by-step reports.";
    public const string CannotReplay = "Session {0} was played with the programme '{1}', which this server does not have.";
    public const string StepAlreadyDifferent = "Step {0} was already reported as {1}, not {2}.";
    public const string StepAfterEnd = "Step {0} comes after the end of the session.";
    public const string StepBeforeStart = "Step {0} is dated before the session started.";
    public const string AboveArticleRange = "The programme file asks for more than the article allows for {0}: {1}. Supple never goes above the article's range; lower the numbers in the file.";
    public const string AllPaused = "Every stretch left is paused";
    public const string NothingDone = "nothing done";

    /// <summary>Formats one of the messages above with the invariant culture.</summary>
    public static string Format(string message, params object?[] args) => string.Format(CultureInfo.InvariantCulture, message, args);
}
