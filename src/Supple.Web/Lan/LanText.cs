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

    public static string ThisMachine => Text[WebText.LanTextThisMachine];
}
