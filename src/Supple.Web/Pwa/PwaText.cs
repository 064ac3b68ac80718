using System.Resources;
using Supple.Core.Localization;
using Supple.Web.Resources;

namespace Supple.Web.Pwa;

/// <summary>
/// Every sentence the installable app shows a person outside the pages themselves: the name and description an
/// operating system shows for the installed app, the "new version" prompt and the offline queue's texts, in the current UI
/// culture (the <c>Pwa.</c> keys of <see cref="WebText"/>; the offline page itself is a page, <c>Offline.</c>).
/// </summary>
public static class PwaText
{
    private static readonly SuppleStringLocalizer Text = new(new ResourceManager(typeof(WebText)));

    /// <summary>The installed app's name, in the request's language.</summary>
    public static string AppName => Text[WebText.PwaAppName];

    /// <summary>The name under the installed app's icon.</summary>
    public static string ShortName => Text[WebText.PwaShortName];

    /// <summary>What the installed app is, for the operating system's app listing.</summary>
    public static string Description => Text[WebText.PwaDescription];

    /// <summary>The banner shown when a new version is installed, in the request's language.</summary>
    public static string UpdateReady => Resources.ScriptTexts.Current(Resources.ScriptTexts.SharedPrefix)["updateReady"];

    /// <summary>The banner's button.</summary>
    public static string UpdateReload => Resources.ScriptTexts.Current(Resources.ScriptTexts.SharedPrefix)["updateReload"];

    public static string OtherAccountTitle => Text[WebText.PwaOtherAccountTitle];

    public static string OtherAccountDetail => Text[WebText.PwaOtherAccountDetail];

    /// <summary>
    /// What the scripts of every page say (the player's and Today's sessions kept on the device, the reminder banner,
    /// the new-version banner), by key, in the request's language (<see cref="System.Globalization.CultureInfo.CurrentUICulture"/>):
    /// the <c>Shared.</c> messages of <c>Resources/PlayerText*.resx</c>. They reach the scripts as JSON in every page
    /// (the layout's <c>supple-session-text</c>); <c>{date}</c>, <c>{reason}</c> are filled in there (js/message.js).
    /// </summary>
    public static IReadOnlyDictionary<string, string> Sessions => Resources.ScriptTexts.Current(Resources.ScriptTexts.SharedPrefix);
}
