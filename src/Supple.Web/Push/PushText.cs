using System.Globalization;

namespace Supple.Web.Push;

/// <summary>
/// Every sentence of a pushed reminder and of the reminder settings on the plan page, in one place for translation.
/// The service worker shows what the server sends, so a notification is in the person's language once this is.
/// </summary>
public static class PushText
{
    public const string DailyTitle = "Time for today’s stretches";

    public const string BreakTitle = "Time for a desk break";

    public const string TestTitle = "Reminders are on";

    public const string TestBody = "This is how Supple reminds you on this device.";

    public const string StartNow = "Start now";

    public const string Later = "Later";

    public const string DeviceOn = "Reminders come to this device, even when Supple is closed.";

    public const string DeviceSaved = "Saved.";

    public const string DeviceOff = "This device gets no reminders when Supple is closed.";

    public const string DeviceDenied = "Notifications are blocked for Supple in this browser. Allow them in the browser's site settings, then try again.";

    public const string DeviceFailed = "That did not work. Check the connection and try again.";

    public const string DeviceNoService =
        "This browser's push service refused it, so reminders cannot reach this device when Supple is closed. (Some browsers, such as Chromium without Google's services, have no push service.)";

    public const string TestSent = "Sent: it should appear in a few seconds.";

    public const string DeviceUnavailable =
        "This browser cannot receive reminders when Supple is closed (it needs a secure https:// address, and on an iPhone, Supple added to the home screen).";

    public static string DailyBody(IReadOnlyList<string> stretches, TimeSpan length, bool fromPlan) =>
        string.Create(CultureInfo.InvariantCulture, $"{(fromPlan ? "From your plan: " : "")}{Names(stretches)}. About {Minutes(length)}.");

    public static string BreakBody(IReadOnlyList<string> stretches, TimeSpan length) =>
        string.Create(CultureInfo.InvariantCulture, $"A short break: {Names(stretches)}. About {Minutes(length)}.");

    private static string Names(IReadOnlyList<string> names) => names.Count switch
    {
        0 => "your stretches",
        1 => names[0],
        > 3 => $"{names.Count} stretches",
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };

    private static string Minutes(TimeSpan length)
    {
        var minutes = Math.Max(1, (int)Math.Round(length.TotalMinutes));
        return minutes == 1 ? "1 minute" : $"{minutes} minutes";
    }
}
