using Supple.Application;

namespace Supple.Web.Hosting;

/// <summary>
/// The web app's own wording, in one place: how to act on a refusal in the browser. The reasons themselves are the
/// application's and Core's (<c>SafetyMessages</c>, <c>AppMessages</c>).
/// </summary>
public static class WebMessages
{
    public const string ClearOrRetake =
        "Take the assessment again when the sign has gone, or, once a doctor has checked you and agreed that you can stretch, "
        + "record the date on the assessment page. You can still log a session you did with a clinician.";

    public const string Resume = "Once a doctor or physiotherapist agrees, resume a stretch from your plan.";

    public const string AcceptDisclaimer = "Read the disclaimer and accept it before your first session.";

    public const string ReassessForPlan = "Your saved plan could not be used.";

    public const string NothingSaved = "Nothing was saved.";

    /// <summary>What to do about a refusal, in the browser's terms, or <c>null</c> when the message says it all.</summary>
    public static string? WhatToDo(RefusalReason reason) => reason switch
    {
        RefusalReason.SeeDoctorFirst => ClearOrRetake,
        RefusalReason.AllPaused => Resume,
        RefusalReason.DisclaimerNotAccepted => AcceptDisclaimer,
        _ => null,
    };
}
