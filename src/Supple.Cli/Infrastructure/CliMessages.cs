using Supple.Application;
using Supple.Cli.Resources;

namespace Supple.Cli.Infrastructure;

/// <summary>
/// The terminal's own wording, in one place: how to act on a refusal with a command. The reasons themselves are the
/// application's and Core's (<c>SafetyMessages</c>, <c>AppMessages</c>).
/// </summary>
internal static class CliMessages
{
    public static string ClearOrRetake => CliText.Localizer[CliText.RefusalClearOrRetake];

    public static string Resume => CliText.Localizer[CliText.RefusalResume];

    public static string AcceptDisclaimer => CliText.Localizer[CliText.RefusalAcceptDisclaimer];

    public static string NotStarted => CliText.Localizer[CliText.RefusalNotStarted];

    public static string NotStartedWithoutDisclaimer => CliText.Localizer[CliText.RefusalNotStartedWithoutDisclaimer];

    /// <summary>What to do about a refusal, in terms of commands, or <c>null</c> when its message says it all.</summary>
    public static string? WhatToDo(RefusalReason reason) => reason switch
    {
        RefusalReason.SeeDoctorFirst => ClearOrRetake,
        RefusalReason.AllPaused => Resume,
        RefusalReason.DisclaimerNotAccepted => AcceptDisclaimer,
        _ => null,
    };
}
