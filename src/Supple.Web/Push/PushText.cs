using Microsoft.Extensions.Localization;
using Supple.Core.Localization;
using Supple.Web.Resources;

namespace Supple.Web.Push;

/// <summary>
/// Every sentence of a pushed reminder and of the reminder settings on the plan page, in one place, in the current UI
/// culture (<see cref="NotificationText"/>). The service worker shows what the server sends, so a notification is in
/// the language the server writes it in: the subscriber's (<see cref="ReminderComposer"/>).
/// </summary>
public static class PushText
{
    private static IStringLocalizer Text => NotificationText.Localizer;

    public static string DailyTitle => Text[NotificationText.DailyTitle];

    public static string BreakTitle => Text[NotificationText.BreakTitle];

    public static string TestTitle => Text[NotificationText.TestTitle];

    public static string TestBody => Text[NotificationText.TestBody];

    public static string StartNow => Text[NotificationText.StartNow];

    public static string Later => Text[NotificationText.Later];

    public static string DeviceOn => Text[NotificationText.DeviceOn];

    public static string DeviceSaved => Text[NotificationText.DeviceSaved];

    public static string DeviceOff => Text[NotificationText.DeviceOff];

    public static string DeviceDenied => Text[NotificationText.DeviceDenied];

    public static string DeviceFailed => Text[NotificationText.DeviceFailed];

    public static string DeviceNoService => Text[NotificationText.DeviceNoService];

    public static string TestSent => Text[NotificationText.TestSent];

    public static string DeviceUnavailable => Text[NotificationText.DeviceUnavailable];

    public static string DailyBody(IReadOnlyList<string> stretches, TimeSpan length, bool fromPlan) =>
        Text.Format(fromPlan ? NotificationText.DailyBodyFromPlan : NotificationText.DailyBody, ("stretches", Names(stretches)), ("minutes", Minutes(length)));

    public static string BreakBody(IReadOnlyList<string> stretches, TimeSpan length) =>
        Text.Format(NotificationText.BreakBody, ("stretches", Names(stretches)), ("minutes", Minutes(length)));

    private static string Names(IReadOnlyList<string> names) => names.Count switch
    {
        0 => Text[NotificationText.YourStretches],
        1 => names[0],
        > 3 => Text.Format(NotificationText.StretchCount, ("count", names.Count)),
        _ => Text.Format(NotificationText.ListAnd, ("first", string.Join(Text[NotificationText.ListSeparator].Value, names.Take(names.Count - 1))), ("last", names[^1])),
    };

    private static int Minutes(TimeSpan length) => Math.Max(1, (int)Math.Round(length.TotalMinutes));
}
