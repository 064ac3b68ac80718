namespace Supple.Web.Lan;

/// <summary>Every sentence about pairing a device that is not on the pages themselves, in one place (to be translated with the rest).</summary>
public static class LanText
{
    public const string NotPairedTitle = "This device is not paired with Supple.";

    public const string NotPairedDetail =
        "Open Supple in this device's browser and enter the pairing code shown in the terminal where `supple serve --lan` runs.";

    public const string WrongCode = "That is not the code. Check the six digits in the terminal where Supple runs and try again.";

    public static string TriesLeft(int tries) => $"Tries left from this device: {tries}.";

    public const string AddressLocked =
        "Too many wrong codes from this device. Pairing from it is paused until Supple is started again on the computer (it then shows a new code).";

    public const string Closed =
        "Too many wrong codes were tried. Pairing is closed until Supple is started again on the computer (it then shows a new code).";

    public const string ThisMachine = "This is the computer Supple runs on: it needs no pairing.";
}
