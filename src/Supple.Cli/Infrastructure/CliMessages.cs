using Supple.Application;

namespace Supple.Cli.Infrastructure;

/// <summary>
/// The terminal's own wording, in one place: how to act on a refusal with a command. The reasons themselves are the
/// application's and Core's (<c>SafetyMessages</c>, <c>AppMessages</c>).
/// </summary>
internal static class CliMessages
{
    public const string ClearOrRetake =
        "Take the assessment again with 'supple assess' when the sign has gone, or, once a doctor has checked you and agreed that you can stretch, "
        + "record it with 'supple assess --cleared-by-doctor YYYY-MM-DD'. 'supple log' still records a session you did with a clinician.";

    public const string Resume = "Once a doctor or physiotherapist agrees, resume a stretch with 'supple assess --resume STRETCH_ID'.";

    public const string AcceptDisclaimer =
        "Read it with 'supple about', then pass --accept-disclaimer (or run 'supple start' once in a terminal and accept it there).";

    public const string NotStarted = "Not started.";

    public const string NotStartedWithoutDisclaimer = "Not started. Supple runs a session only after the disclaimer is accepted.";

    /// <summary>What to do about a refusal, in terms of commands, or <c>null</c> when its message says it all.</summary>
    public static string? WhatToDo(RefusalReason reason) => reason switch
    {
        RefusalReason.SeeDoctorFirst => ClearOrRetake,
        RefusalReason.AllPaused => Resume,
        RefusalReason.DisclaimerNotAccepted => AcceptDisclaimer,
        _ => null,
    };
}
