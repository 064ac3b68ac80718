namespace Supple.Core.Safety;

/// <summary>The wording of each piece of safety advice: calm, clear, and no claim the sources do not make.</summary>
public static class SafetyMessages
{
    /// <summary>The article's rule, shown whenever a stretch is stopped for pain.</summary>
    public const string StopRule =
        "If a stretch is very painful, stop it straight away and see a doctor before doing it again.";

    /// <summary>Advice when pain before a session is high.</summary>
    public static SafetyAdvice HighPain(int painBefore) => new(
        SafetyAdviceKind.HighPainBeforeSession,
        "Your pain is high today",
        $"You rated your pain {painBefore} out of 10. Today's session uses the gentlest numbers of every stretch. "
        + "Stop at once if a stretch is very painful, and ask a doctor or physiotherapist for help if pain like this keeps coming back.",
        null,
        [SafetySources.Article]);

    /// <summary>Advice when the 14-day pain trend is rising.</summary>
    public static SafetyAdvice RisingTrend { get; } = new(
        SafetyAdviceKind.RisingPainTrend,
        "Your pain has been rising",
        "Your pain ratings have gone up over the last 14 days. Please see a doctor about it; "
        + "until then, keep to gentle stretches and stop any that hurt.",
        null,
        [SafetySources.Article, SafetySources.NhsBackPainPractice]);

    /// <summary>Advice about a paused stretch.</summary>
    public static SafetyAdvice Paused(string stretchId, string stretchName) => new(
        SafetyAdviceKind.StretchPaused,
        $"{stretchName} is paused",
        $"{stretchName} hurt twice within 7 days, so it is left out of your sessions. "
        + "Please ask a doctor or physiotherapist before you start it again; you can resume it from your plan once they agree.",
        stretchId,
        [SafetySources.Article]);
}
