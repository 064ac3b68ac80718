namespace Supple.Web.Push;

/// <summary>Web Push reminders, bound from <c>Supple:Push</c>.</summary>
public sealed class PushOptions
{
    public const string SectionName = "Supple:Push";

    /// <summary>
    /// Who runs this server, sent to push services with every message (VAPID "sub"): a <c>mailto:</c> address or an
    /// <c>https:</c> URL. Apple's push service refuses messages whose subject is not a real address.
    /// </summary>
    public string Subject { get; set; } = "mailto:supple@localhost";

    /// <summary>How often each server looks for reminders that fell due, in seconds; 0 or less turns the sending off.</summary>
    public int PollSeconds { get; set; } = 15;

    /// <summary>How late a reminder may still be sent (a server that was down longer skips it), in minutes.</summary>
    public int CatchUpMinutes { get; set; } = 10;

    /// <summary>"Later" on the daily reminder sends it again after this many minutes.</summary>
    public int DailySnoozeMinutes { get; set; } = 60;

    /// <summary>How many messages one server sends at once.</summary>
    public int ParallelSends { get; set; } = 16;

    /// <summary>
    /// The push services a browser's subscription may point at (host names; <c>*.</c> matches any subdomain). The
    /// server posts to these addresses, so nothing else is accepted: a subscription cannot make it call into your
    /// network. Loopback addresses listed here may use plain http (for tests).
    /// </summary>
    public IList<string> EndpointHosts { get; } =
    [
        "fcm.googleapis.com",
        "*.googleapis.com",
        "updates.push.services.mozilla.com",
        "*.push.services.mozilla.com",
        "web.push.apple.com",
        "*.push.apple.com",
        "*.notify.windows.com",
    ];
}
