using System.Security.Cryptography.X509Certificates;

namespace Supple.Web.Lan;

/// <summary>
/// What <c>supple serve --lan</c> made at this start, for the pipeline and for the terminal: the authority, the
/// server certificate Kestrel presents, the names it covers and the pairing.
/// </summary>
/// <param name="Authority">The person's certificate authority.</param>
/// <param name="ServerCertificate">This start's server certificate, signed by <paramref name="Authority"/>.</param>
/// <param name="Names">The names and addresses in <paramref name="ServerCertificate"/>.</param>
/// <param name="Pairing">This start's pairing code and the paired-device cookies.</param>
/// <param name="Folder">Where the authority and the pairing key are kept.</param>
public sealed record LanServer(LocalCertificateAuthority Authority, X509Certificate2 ServerCertificate, LanNames Names, LanPairing Pairing, string Folder);
