using System.Resources;
using Supple.Core.Localization;
using Supple.Web.Resources;

namespace Supple.Web.Lan;

/// <summary>
/// Every sentence about pairing a device that is not on the pages themselves, in one place, in the current UI culture
/// (the <c>LanText.</c> keys of <see cref="WebText"/>).
/// </summary>
public static class LanText
{
    private static readonly SuppleStringLocalizer Text = new(new ResourceManager(typeof(WebText)));

    public static string NotPairedTitle => Text[WebText.LanTextNotPairedTitle];

    public static string NotPairedDetail => Text[WebText.LanTextNotPairedDetail];

    public static string WrongCode => Text[WebText.LanTextWrongCode];

    public static string TriesLeft(int tries) => Text.Format(WebText.LanTextTriesLeft, ("tries", tries));

    public static string AddressLocked => Text[WebText.LanTextAddressLocked];

    public static string Closed => Text[WebText.LanTextClosed];

    // Why `serve --lan` could not set up (LanSetupException), in the current UI culture (the run's --lang in supple).
    public static string SetupKeyMissing(string key, string certificate) => Text.Format(WebText.LanSetupKeyMissing, ("key", key), ("certificate", certificate));

    public static string SetupAuthorityUnusable(string folder, string reason) => Text.Format(WebText.LanSetupAuthorityUnusable, ("folder", folder), ("reason", reason));

    public static string SetupNotAnAuthority(string certificate, string key) => Text.Format(WebText.LanSetupNotAnAuthority, ("certificate", certificate), ("key", key));

    public static string SetupKeyDamaged(string path) => Text.Format(WebText.LanSetupKeyDamaged, ("path", path));

    public static string SetupKeyUnusable(string path, string reason) => Text.Format(WebText.LanSetupKeyUnusable, ("path", path), ("reason", reason));

    public static string ThisMachine => Text[WebText.LanTextThisMachine];
}
