namespace Supple.Web.Lan;

/// <summary>
/// <c>supple serve --lan</c>: the single-user server reached from the person's own phone or tablet over HTTPS, bound
/// from the <c>Supple:Lan</c> configuration section.
/// </summary>
public sealed class LanOptions
{
    public const string SectionName = "Supple:Lan";

    /// <summary>Serve the network over HTTPS with a certificate from Supple's local certificate authority, behind a pairing code.</summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// Where the certificate authority, its key and the pairing key are kept. Unset: the folder of the SQLite
    /// database (with a PostgreSQL database, <c>$XDG_DATA_HOME/supple</c>).
    /// </summary>
    public string? Folder { get; set; }

    /// <summary>
    /// For tests only: treat requests from this machine (loopback) as if they came from another device, so the
    /// pairing gate can be tested on a machine that has no other address. Never set it in real use.
    /// </summary>
    public bool TreatLoopbackAsRemote { get; set; }

    /// <summary>Wrong pairing codes from one address before that address is locked out until the next start.</summary>
    public int WrongCodesPerAddress { get; set; } = 5;

    /// <summary>Wrong pairing codes from all addresses together before pairing is closed until the next start.</summary>
    public int WrongCodesInAll { get; set; } = 20;
}
