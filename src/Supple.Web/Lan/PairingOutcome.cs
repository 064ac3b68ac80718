namespace Supple.Web.Lan;

/// <summary>The outcome of one pairing code.</summary>
public enum PairingOutcome
{
    /// <summary>The right code: the device is paired.</summary>
    Paired,

    /// <summary>Not the code (or not a code at all).</summary>
    Wrong,

    /// <summary>Too many wrong codes from this address: no code is checked until the next start.</summary>
    AddressLocked,

    /// <summary>Too many wrong codes from everywhere together: pairing is closed until the next start.</summary>
    Closed,
}
