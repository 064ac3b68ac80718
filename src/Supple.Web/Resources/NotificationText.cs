using System.Resources;
using Microsoft.Extensions.Localization;
using Supple.Core.Localization;

namespace Supple.Web.Resources;

/// <summary>
/// What a pushed reminder and the reminder settings say (<c>NotificationText.resx</c>, English, and
/// <c>NotificationText.LANG.resx</c> beside it), by key, in <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>:
/// the subscriber's kept language for a reminder (<see cref="Push.ReminderComposer"/> sets it), the request's for the
/// settings. Read through <see cref="Push.PushText"/>.
/// </summary>
public sealed class NotificationText
{
    public const string DailyTitle = "Push.DailyTitle";
    public const string BreakTitle = "Push.BreakTitle";
    public const string TestTitle = "Push.TestTitle";
    public const string TestBody = "Push.TestBody";
    public const string StartNow = "Push.StartNow";
    public const string Later = "Push.Later";
    public const string DailyBody = "Push.DailyBody";
    public const string DailyBodyFromPlan = "Push.DailyBodyFromPlan";
    public const string BreakBody = "Push.BreakBody";
    public const string YourStretches = "Push.YourStretches";
    public const string StretchCount = "Push.StretchCount";
    public const string ListAnd = "Push.ListAnd";
    public const string ListSeparator = "Push.ListSeparator";
    public const string DeviceOn = "Push.DeviceOn";
    public const string DeviceSaved = "Push.DeviceSaved";
    public const string DeviceOff = "Push.DeviceOff";
    public const string DeviceDenied = "Push.DeviceDenied";
    public const string DeviceFailed = "Push.DeviceFailed";
    public const string DeviceNoService = "Push.DeviceNoService";
    public const string TestSent = "Push.TestSent";
    public const string DeviceUnavailable = "Push.DeviceUnavailable";

    /// <summary>The resources, read on first use.</summary>
    public static ResourceManager Resources { get; } = new(typeof(NotificationText));

    /// <summary>The strings in the current UI culture.</summary>
    public static IStringLocalizer Localizer { get; } = new SuppleStringLocalizer(Resources);
}
