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

    public const string OtherAccountTitle = "Signed in as someone else";

    public const string OtherAccountDetail =
        "This request was made for another account than the one signed in now, so it was not saved here.";

    /// <summary>
    /// What the player and Today say about sessions kept on the device (the offline queue), by key. They reach the
    /// scripts as JSON in every page (the layout's <c>supple-offline-text</c>); <c>{date}</c>, <c>{reason}</c> are
    /// filled in there.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Sessions { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["heading"] = "Sessions on this device",
        ["onDevice"] = "Saved on this device — will be sent when you are back online.",
        ["saved"] = "Saved — it is in your history.",
        ["notSaved"] = "Not saved yet.",
        ["sending"] = "Not saved yet — sending it now…",
        ["refused"] = "Not saved: the server did not take it ({reason}). It stays on this device and is not sent again.",
        ["otherAccount"] = "Kept on this device for the account that played it; it is sent when that account is signed in here.",
        ["unfinished"] = "An unfinished session on this device: not saved yet. Carry on in the player to finish it.",
        ["sessionOf"] = "Session of {date}:",
        ["doneTitleOnDevice"] = "Saved on this device",
        ["doneTextOnDevice"] = "Your session is kept on this device and will be sent to your history when you are back online.",
        ["doneTitleSaved"] = "Saved",
        ["doneTextSaved"] = "Your session is in your history.",
        ["playingOffline"] = "Offline: this session is kept on this device as it goes, and sent when you are back online.",
        ["hurtOnDevice"] = "What you did before stopping, and that it hurt, is saved on this device and will be sent when you are back online.",
        ["hurtSaved"] = "What you did before stopping is saved, and that it hurt.",
        ["offlineTitle"] = "You are offline",
        ["offlineNoGate"] = "This device has not kept your safety check yet, so no session can start offline. Open Supple once while online; after that you can stretch offline.",
        ["offlineNoDisclaimer"] = "The disclaimer has not been accepted on this account yet. Open the player once while online to read and accept it; after that you can stretch offline.",
        ["offlineNoTimeline"] = "This routine has not been kept on this device yet. Open it once while online, or start a routine you opened here before.",
        ["offlineNoGentle"] = "With pain this high only the gentle routine may be played, and it has not been kept on this device, so this session cannot start offline. Please try again when you are back online.",
        ["offlineResume"] = "You started a session on {date} on this device. You can carry on where you were, or put it aside and start again (what you did is kept and sent).",
    };
}
