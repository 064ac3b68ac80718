using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using Supple.Web.Lan;

namespace Supple.Web.Tests.Serve;

/// <summary>
/// A real <c>supple serve --lan</c> for tests, and what a test needs around it: its HTTPS port and pairing code as the
/// terminal shows them, the authority from its data folder, and HTTP clients that trust only that authority.
/// </summary>
internal static partial class LanTestServer
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    /// <summary>The environment that makes requests from loopback count as from another device (documented for tests).</summary>
    public static readonly IReadOnlyDictionary<string, string> AsAnotherDevice = new Dictionary<string, string> { ["Supple__Lan__TreatLoopbackAsRemote"] = "true" };

    public static ServeProcess StartLan(string data, IReadOnlyDictionary<string, string>? environment)
    {
        Directory.CreateDirectory(data);
        return ServeProcess.Start(data, environment, "serve", "--lan", "--urls", "https://*:0", "--db", Path.Combine(data, "supple.db"));
    }

    public static async Task<int> HttpsPortAsync(ServeProcess supple)
    {
        var match = await supple.WaitForLineAsync(RunningAt(), StartTimeout);
        await supple.WaitForLineAsync(FingerprintLine(), StartTimeout);
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<string> PairingCodeAsync(ServeProcess supple)
    {
        var match = await supple.WaitForLineAsync(PairingCodeLine(), StartTimeout);
        return match.Groups[1].Value + match.Groups[2].Value;
    }

    public static X509Certificate2 ReadAuthority(string data) =>
        X509Certificate2.CreateFromPem(File.ReadAllText(Path.Combine(data, LocalCertificateAuthority.CertificateFileName)));

    public static string Fingerprint(X509Certificate2 ca) => string.Join(':', Convert.ToHexString(SHA256.HashData(ca.RawData)).Chunk(2).Select(c => new string(c)));

    public static bool ChainsTo(X509Certificate2 ca, X509Certificate2 server)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.ApplicationPolicy.Add(new Oid("1.3.6.1.5.5.7.3.1"));
        return chain.Build(server) && chain.ChainElements[^1].Certificate.RawData.AsSpan().SequenceEqual(ca.RawData);
    }

    // Trusts the server only when its certificate chains to this authority and names the host the client asked for.
    public static void TrustOnly(HttpClientHandler handler, X509Certificate2 ca, Action<X509Certificate2> seen) =>
        handler.ServerCertificateCustomValidationCallback = (_, certificate, _, errors) =>
        {
            if (certificate is null)
            {
                return false;
            }

            seen(X509CertificateLoader.LoadCertificate(certificate.RawData));
            return (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) == SslPolicyErrors.None && ChainsTo(ca, certificate);
        };

    public static HttpClient TrustingOnly(X509Certificate2 ca, int port, string host, Action<X509Certificate2> seen)
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false };
        TrustOnly(handler, ca, seen);
        return new HttpClient(handler) { BaseAddress = new Uri($"https://{host}:{port}"), Timeout = TimeSpan.FromSeconds(30) };
    }

    [GeneratedRegex(@"^Supple is running at .*https://localhost:(\d+)")]
    public static partial Regex RunningAt();

    [GeneratedRegex(@"^Pairing code: (\d{3}) (\d{3})")]
    public static partial Regex PairingCodeLine();

    [GeneratedRegex(@"^  ((?:[0-9A-F]{2}:){31}[0-9A-F]{2})$")]
    public static partial Regex FingerprintLine();
}
