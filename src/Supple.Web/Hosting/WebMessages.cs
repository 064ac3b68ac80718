using Supple.Application;
using Supple.Web.Resources;

namespace Supple.Web.Hosting;

/// <summary>
/// The web app's own wording, in one place, in the current UI culture (<see cref="ApiText"/>): how to act on a refusal
/// in the browser. The reasons themselves are the application's and Core's (<c>SafetyMessages</c>, <c>AppMessages</c>).
/// </summary>
public static class WebMessages
{
    public static string ClearOrRetake => ApiText.Get(ApiText.RefusalClearOrRetake);

    public static string Resume => ApiText.Get(ApiText.RefusalResume);

    public static string AcceptDisclaimer => ApiText.Get(ApiText.RefusalAcceptDisclaimer);

    public static string ReassessForPlan => ApiText.Get(ApiText.RefusalReassessForPlan);

    public static string NothingSaved => ApiText.Get(ApiText.RefusalNothingSaved);

    /// <summary>What to do about a refusal, in the browser's terms, or <c>null</c> when the message says it all.</summary>
    public static string? WhatToDo(RefusalReason reason) => reason switch
    {
        RefusalReason.SeeDoctorFirst => ClearOrRetake,
        RefusalReason.AllPaused => Resume,
        RefusalReason.DisclaimerNotAccepted => AcceptDisclaimer,
        _ => null,
    };
}
