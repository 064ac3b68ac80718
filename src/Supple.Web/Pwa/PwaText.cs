namespace Supple.Web.Pwa;

/// <summary>
/// Every sentence the installable app shows a person outside the pages themselves: the name and description an
/// operating system shows for the installed app, the "new version" prompt and the offline page. Kept together so
/// that translating them is one file.
/// </summary>
public static class PwaText
{
    public const string AppName = "Supple — upper-back stretches";

    public const string ShortName = "Supple";

    public const string Description =
        "A guided stretching coach for upper-back pain: seven stretches, timed for you, with a pain diary and daily reminders.";

    public const string UpdateReady = "A new version is ready.";

    public const string UpdateReload = "Reload";

    public const string OfflineTitle = "You are offline";

    public const string OfflineLead =
        "This page has not been kept on this device yet, and the network cannot be reached. Pages you have opened before still work:";

    public const string OfflineRetry = "When the network is back, reload this page.";
}
