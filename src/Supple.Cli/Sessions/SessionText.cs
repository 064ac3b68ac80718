using System.Globalization;

namespace Supple.Cli.Sessions;

/// <summary>What <c>supple start</c> says around a session, in one place (the safety wording is Core's <c>SafetyMessages</c>).</summary>
internal static class SessionText
{
    public const string Done = "done: end of the session";

    public const string SavedAgain = "saved again: everything done so far is in your history.";

    public const string PainBefore = "How much does your upper back hurt right now?";

    public const string PainAfter = "And now, after the session: how much does your upper back hurt?";

    public const string PainPromptHint = "(0 = none, 10 = worst; Enter to skip)";

    public const string PainPromptError = "Type a whole number from 0 to 10, or press Enter to skip.";

    public const string ConfirmDisclaimer = "I have read this and want to go on";

    public const string StartGentle = "Start today's gentle session?";

    public const string Start = "Start today's session?";

    public const string VoiceOff = "Voice is off: espeak-ng is not installed.";

    public static string NotSavedYet(string reason) => $"not saved yet ({reason}); Supple keeps trying.";

    public static string CouldNotSave(string reason) => $"part of this session could not be saved: {reason}";

    public static string Advice(string title, string message) => $"advice: {title}. {message}";

    public static string Session(int stretches, string level, string duration) =>
        string.Create(CultureInfo.InvariantCulture, $"session: {stretches} stretch{(stretches == 1 ? "" : "es")}, {level}, {duration}");

    public static string Outcome(string outcome) => "outcome: " + outcome;
}
