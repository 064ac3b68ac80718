using Supple.Cli.Resources;
using Supple.Core.Localization;
using Supple.Core.Sessions;

namespace Supple.Cli.Sessions;

/// <summary>What <c>supple start</c> says around a session, in the run's language (<see cref="CliText"/>; the safety wording is Core's <c>SafetyMessages</c>).</summary>
internal static class SessionText
{
    private static Microsoft.Extensions.Localization.IStringLocalizer Text => CliText.Localizer;

    public static string Done => Text[CliText.SessionDone];

    public static string SavedAgain => Text[CliText.SessionSavedAgain];

    public static string PainBefore => Text[CliText.SessionPainBefore];

    public static string PainAfter => Text[CliText.SessionPainAfter];

    public static string PainPromptHint => Text[CliText.SessionPainPromptHint];

    public static string PainPromptError => Text[CliText.SessionPainPromptError];

    public static string ConfirmDisclaimer => Text[CliText.SessionConfirmDisclaimer];

    public static string StartGentle => Text[CliText.SessionStartGentle];

    public static string Start => Text[CliText.SessionStart];

    public static string VoiceOff => Text[CliText.SessionVoiceOff];

    public static string NotSavedYet(string reason) => Text.Format(CliText.SessionNotSavedYet, ("reason", reason));

    public static string CouldNotSave(string reason) => Text.Format(CliText.SessionCouldNotSave, ("reason", reason));

    public static string Advice(string title, string message) => Text.Format(CliText.SessionAdvice, ("title", title), ("message", message));

    public static string Session(int stretches, DosageLevel level, string duration) =>
        Text.Format(CliText.SessionSummary, ("count", stretches), ("level", Level(level)), ("duration", duration));

    public static string Outcome(SessionOutcome outcome) => Text.Format(CliText.SessionOutcome, ("outcome", OutcomeName(outcome)));

    /// <summary>How a session ended, in words ("completed", "stopped-for-pain", "abandoned" in English).</summary>
    public static string OutcomeName(SessionOutcome outcome) => outcome switch
    {
        SessionOutcome.Completed => Text[CliText.OutcomeCompleted],
        SessionOutcome.StoppedForPain => Text[CliText.OutcomeStoppedForPain],
        _ => Text[CliText.OutcomeAbandoned],
    };

    /// <summary>A dosage level in words ("gentle", "standard", "full" in English).</summary>
    public static string Level(DosageLevel level) => level switch
    {
        DosageLevel.Gentle => Text[CliText.LevelGentle],
        DosageLevel.Full => Text[CliText.LevelFull],
        _ => Text[CliText.LevelStandard],
    };

    /// <summary>"error: …", after "supple: ".</summary>
    public static string Failure(string message) => Text.Format(CliText.ErrorFailure, ("message", message));
}
