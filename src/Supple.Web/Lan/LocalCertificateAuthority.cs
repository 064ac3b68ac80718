using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Supple.Web.Lan;

/// <summary>
/// Supple's own certificate authority for one person's devices: made on the first <c>supple serve --lan</c>, kept
/// with the person's data, and installed once on each phone or tablet. It signs a fresh server certificate at every
/// start, for the addresses the computer has then, so the phone trusts the connection without a warning.
/// </summary>
/// <remarks>
/// ECDSA P-256 keys and SHA-256 signatures: accepted by Android, iOS and every current browser. The authority may only
/// sign server certificates (path length 0); the server certificates are valid for at most 397 days (what browsers
/// accept from any authority) and carry the serverAuth usage and the names in the subject alternative name, as iOS
/// requires.
/// </remarks>
public sealed class LocalCertificateAuthority : IDisposable
{
    public const string CertificateFileName = "lan-ca.crt";

    public const string KeyFileName = "lan-ca.key";

    /// <summary>How long the authority is valid: the phone keeps trusting it for that long.</summary>
    public static readonly TimeSpan Validity = TimeSpan.FromDays(3653);

    /// <summary>How long a server certificate is valid, counted from a day before it was made (for phones whose clock is behind).</summary>
    public static readonly TimeSpan ServerValidity = TimeSpan.FromDays(397);

    private static readonly Oid ServerAuthentication = new("1.3.6.1.5.5.7.3.1", "Server Authentication");

    private LocalCertificateAuthority(X509Certificate2 certificate, bool created)
    {
        Certificate = certificate;
        Created = created;
    }

    /// <summary>The authority's certificate, with its private key.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>Whether this start made the authority (every device must then install it).</summary>
    public bool Created { get; }

    /// <summary>The SHA-256 fingerprint of the certificate as phones show it: <c>AB:CD:…</c>.</summary>
    public string Fingerprint => Convert.ToHexString(Certificate.GetCertHash(HashAlgorithmName.SHA256)).Chunk(2).Aggregate(new StringBuilder(), (b, pair) => b.Append(b.Length > 0 ? ":" : "").Append(pair)).ToString();

    /// <summary>The certificate in DER, as <c>/lan/ca.crt</c> serves it.</summary>
    public byte[] Der => Certificate.RawData;

    /// <summary>
    /// Loads the authority kept in <paramref name="folder"/>, or makes one there named after <paramref name="hostName"/>
    /// when there is none. The key is written with mode 0600 before the certificate, so a crash in between leaves no
    /// certificate that a device could have installed, and the next start makes a new pair.
    /// </summary>
    public static LocalCertificateAuthority LoadOrCreate(string folder, string hostName, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentException.ThrowIfNullOrWhiteSpace(hostName);
        var certificatePath = Path.Combine(folder, CertificateFileName);
        var keyPath = Path.Combine(folder, KeyFileName);
        try
        {
            if (File.Exists(certificatePath))
            {
                if (!File.Exists(keyPath))
                {
                    throw new LanSetupException(LanText.SetupKeyMissing(keyPath, certificatePath));
                }

                return new LocalCertificateAuthority(Load(certificatePath, keyPath), created: false);
            }

            Directory.CreateDirectory(folder);
            File.Delete(keyPath);
            using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var name = new X500DistinguishedNameBuilder();
            name.AddOrganizationName("Supple");
            name.AddCommonName($"Supple local CA on {hostName}");
            var request = new CertificateRequest(name.Build(), key, HashAlgorithmName.SHA256);
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: true, pathLengthConstraint: 0, critical: true));
            request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, critical: true));
            request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
            using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(-1) + Validity);
            SecretFile.Create(keyPath, Encoding.ASCII.GetBytes(key.ExportPkcs8PrivateKeyPem()));
            File.WriteAllText(certificatePath + ".tmp", certificate.ExportCertificatePem());
            File.Move(certificatePath + ".tmp", certificatePath, overwrite: true);
            return new LocalCertificateAuthority(Load(certificatePath, keyPath), created: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CryptographicException)
        {
            throw new LanSetupException(LanText.SetupAuthorityUnusable(folder, ex.Message), ex);
        }
    }

    /// <summary>
    /// A server certificate signed by this authority for <paramref name="dnsNames"/> and <paramref name="addresses"/>,
    /// valid from a day before <paramref name="now"/> for <see cref="ServerValidity"/> (never beyond the authority's
    /// own end), with its private key.
    /// </summary>
    public X509Certificate2 IssueServerCertificate(IReadOnlyCollection<string> dnsNames, IReadOnlyCollection<IPAddress> addresses, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(dnsNames);
        ArgumentNullException.ThrowIfNull(addresses);
        if (dnsNames.Count == 0 && addresses.Count == 0)
        {
            throw new ArgumentException("A server certificate needs at least one name or address.", nameof(dnsNames));
        }

        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var subject = new X500DistinguishedNameBuilder();
        subject.AddCommonName(dnsNames.FirstOrDefault() ?? addresses.First().ToString());
        var request = new CertificateRequest(subject.Build(), key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: false, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([ServerAuthentication], critical: false));
        var names = new SubjectAlternativeNameBuilder();
        foreach (var dns in dnsNames)
        {
            names.AddDnsName(dns);
        }

        foreach (var address in addresses)
        {
            names.AddIpAddress(address);
        }

        request.CertificateExtensions.Add(names.Build(critical: false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(Certificate, includeKeyIdentifier: true, includeIssuerAndSerial: false));

        var notBefore = now.AddDays(-1);
        var notAfter = notBefore + ServerValidity;
        if (notAfter > Certificate.NotAfter)
        {
            notAfter = Certificate.NotAfter;
        }

        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F; // a positive serial number
        using var signed = request.Create(Certificate, notBefore, notAfter, serial);
        using var withKey = signed.CopyWithPrivateKey(key);
        // Through PKCS#12 so the key is not tied to this method's ECDsa object, which is disposed here.
        return X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), password: null);
    }

    public void Dispose() => Certificate.Dispose();

    private static X509Certificate2 Load(string certificatePath, string keyPath)
    {
        var certificate = X509Certificate2.CreateFromPem(File.ReadAllText(certificatePath), Encoding.ASCII.GetString(SecretFile.Read(keyPath)));
        if (!certificate.Extensions.OfType<X509BasicConstraintsExtension>().Any(e => e.CertificateAuthority))
        {
            certificate.Dispose();
            throw new LanSetupException(LanText.SetupNotAnAuthority(certificatePath, keyPath));
        }

        return certificate;
    }
}
