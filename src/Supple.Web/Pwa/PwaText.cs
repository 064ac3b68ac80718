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

    /// <summary>The banner shown when a new version is installed, in the request's language.</summary>
    public static string UpdateReady => Resources.ScriptTexts.Current(Resources.ScriptTexts.SharedPrefix)["updateReady"];

    /// <summary>The banner's button.</summary>
    public static string UpdateReload => Resources.ScriptTexts.Current(Resources.ScriptTexts.SharedPrefix)["updateReload"];

    public const string OfflineTitle = "You are offline";

    public const string OfflineLead =
        "This page has not been kept on this device yet, and the network cannot be reached. Pages you have opened before still work:";

    public const string OfflineRetry = "When the network is back, reload this page.";

    public const string OtherAccountTitle = "Signed in as someone else";

    public const string OtherAccountDetail =
        "This request was made for another account than the one signed in now, so it was not saved here.";

    /// <summary>
    /// What the scripts of every page say (the player's and Today's sessions kept on the device, the reminder banner,
    /// the new-version banner), by key, in the request's language (<see cref="System.Globalization.CultureInfo.CurrentUICulture"/>):
    /// the <c>Shared.</c> messages of <c>Resources/PlayerText*.resx</c>. They reach the scripts as JSON in every page
    /// (the layout's <c>supple-session-text</c>); <c>{date}</c>, <c>{reason}</c> are filled in there (js/message.js).
    /// </summary>
    public static IReadOnlyDictionary<string, string> Sessions => Resources.ScriptTexts.Current(Resources.ScriptTexts.SharedPrefix);
}
