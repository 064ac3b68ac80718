using System.Net;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using Supple.Web.Lan;
using Supple.Web.Tests.Accounts;

namespace Supple.Web.Tests.Serve;

/// <summary>
/// <c>supple serve --lan</c> as a person runs it, in a real process with real TLS on loopback: the certificate
/// authority kept with the data, the server certificate it signs, and the pairing gate. "Another device" is played
/// on loopback with <c>Supple:Lan:TreatLoopbackAsRemote</c> (set through the environment, as documented for tests),
/// so the tests need no second network address.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed partial class LanServeTests : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private static readonly Dictionary<string, string> AsAnotherDevice = new() { ["Supple__Lan__TreatLoopbackAsRemote"] = "true" };

    private readonly string _folder = Directory.CreateTempSubdirectory("supple-lan-tests-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Leaves a temp folder behind at worst.
        }
    }

    [Fact]
    public async Task Lan_makes_a_certificate_authority_once_and_every_start_serves_a_certificate_it_signed_for_this_computer()
    {
        var data = Path.Combine(_folder, "data");
        X509Certificate2 firstServer;
        byte[] authorityFile;
        await using (var supple = StartLan(data, environment: null))
        {
            var port = await HttpsPortAsync(supple);
            Assert.Contains("A new certificate authority was made", supple.Output, StringComparison.Ordinal);

            // The authority and the keys are beside the database, the keys readable by the person only.
            var caPath = Path.Combine(data, LocalCertificateAuthority.CertificateFileName);
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(data, LocalCertificateAuthority.KeyFileName)));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(data, LanPairing.KeyFileName)));
            authorityFile = await File.ReadAllBytesAsync(caPath);
            using var ca = ReadAuthority(data);
            Assert.StartsWith("Supple local CA on ", ca.GetNameInfo(X509NameType.SimpleName, forIssuer: false), StringComparison.Ordinal);
            var constraints = Assert.Single(ca.Extensions.OfType<X509BasicConstraintsExtension>());
            Assert.True(constraints.CertificateAuthority);
            Assert.True(constraints.HasPathLengthConstraint);
            Assert.Equal(0, constraints.PathLengthConstraint);
            Assert.Equal(X509KeyUsageFlags.KeyCertSign, Assert.Single(ca.Extensions.OfType<X509KeyUsageExtension>()).KeyUsages & X509KeyUsageFlags.KeyCertSign);
            Assert.InRange((ca.NotAfter - ca.NotBefore).TotalDays, 3650, 3660);
            using (var caKey = ca.GetECDsaPublicKey())
            {
                Assert.Equal(256, Assert.IsAssignableFrom<ECDsa>(caKey).KeySize);
            }

            // The terminal shows the same fingerprint a phone shows for the file.
            var fingerprint = (await supple.WaitForLineAsync(FingerprintLine(), StartTimeout)).Groups[1].Value;
            Assert.Equal(Convert.ToHexString(SHA256.HashData(ca.RawData)), fingerprint.Replace(":", "", StringComparison.Ordinal));

            // A client that trusts only this authority gets the pages over HTTPS, by address and by name; this
            // computer (loopback) needs no pairing.
            X509Certificate2? presented = null;
            using (var client = TrustingOnly(ca, port, "127.0.0.1", c => presented = c))
            {
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/stats")).StatusCode);
            }

            using (var byName = TrustingOnly(ca, port, "localhost", _ => { }))
            {
                Assert.Equal(HttpStatusCode.OK, (await byName.GetAsync("/")).StatusCode);
            }

            firstServer = Assert.IsType<X509Certificate2>(presented);
            Assert.True(ChainsTo(ca, firstServer), "The server certificate does not chain to the authority.");
            var names = Assert.Single(firstServer.Extensions.OfType<X509SubjectAlternativeNameExtension>());
            Assert.Contains("localhost", names.EnumerateDnsNames());
            Assert.Contains(IPAddress.Loopback, names.EnumerateIPAddresses());
            Assert.Contains("1.3.6.1.5.5.7.3.1", Assert.Single(firstServer.Extensions.OfType<X509EnhancedKeyUsageExtension>()).EnhancedKeyUsages.Cast<Oid>().Select(o => o.Value));
            Assert.False(Assert.Single(firstServer.Extensions.OfType<X509BasicConstraintsExtension>()).CertificateAuthority);
            Assert.True((firstServer.NotAfter - firstServer.NotBefore).TotalDays <= 397);

            // A client that trusts only the system's authorities refuses the connection: the trust is the authority's.
            using var stranger = new HttpClient { BaseAddress = new Uri($"https://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
            await Assert.ThrowsAsync<HttpRequestException>(() => stranger.GetAsync("/"));
            Assert.Equal(0, await supple.StopAsync());
        }

        // The next start keeps the authority (the phone trusts it still) and signs a new server certificate.
        await using (var again = StartLan(data, environment: null))
        {
            var port = await HttpsPortAsync(again);
            Assert.DoesNotContain("A new certificate authority was made", again.Output, StringComparison.Ordinal);
            Assert.Equal(authorityFile, await File.ReadAllBytesAsync(Path.Combine(data, LocalCertificateAuthority.CertificateFileName)));
            using var ca = ReadAuthority(data);
            X509Certificate2? presented = null;
            using var client = TrustingOnly(ca, port, "127.0.0.1", c => presented = c);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
            Assert.NotNull(presented);
            Assert.NotEqual(firstServer.SerialNumber, presented.SerialNumber);
            Assert.True(ChainsTo(ca, presented));
        }
    }

    [Fact]
    public async Task An_unpaired_device_sees_only_pairing_and_the_certificate_and_the_API_answers_401()
    {
        var data = Path.Combine(_folder, "data");
        await using var supple = StartLan(data, AsAnotherDevice);
        var port = await HttpsPortAsync(supple);
        using var ca = ReadAuthority(data);
        using var client = TrustingOnly(ca, port, "127.0.0.1", _ => { });

        foreach (var page in new[] { "/", "/history", "/plan", "/player", "/sw.js", "/docs" })
        {
            var response = await client.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{page}: {(int)response.StatusCode}");
            Assert.Equal("/lan/pair", response.Headers.Location?.OriginalString);
        }

        foreach (var api in new[] { "/api/v1/stats", "/api/v1/history", "/api/v1/reminders" })
        {
            var response = await client.GetAsync(api);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Contains("not paired", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var pain = await client.PostAsync("/api/v1/pain", new StringContent("""{"score":2}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, pain.StatusCode);

        var pairPage = await client.GetStringAsync("/lan/pair");
        Assert.Contains("Pair this device", pairPage, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/history\"", pairPage, StringComparison.Ordinal);

        var certificatePage = await client.GetStringAsync("/lan/certificate");
        Assert.Contains(Fingerprint(ca), certificatePage, StringComparison.Ordinal);
        Assert.Contains("Certificate Trust Settings", certificatePage, StringComparison.Ordinal);
        Assert.Contains("Install a certificate", certificatePage, StringComparison.Ordinal);

        var download = await client.GetAsync("/lan/ca.crt");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(LanApi.CertificateContentType, download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(ca.RawData, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_right_code_pairs_the_device_for_this_authority_only()
    {
        var data = Path.Combine(_folder, "data");
        await using var supple = StartLan(data, AsAnotherDevice);
        var port = await HttpsPortAsync(supple);
        var code = await PairingCodeAsync(supple);
        using var ca = ReadAuthority(data);
        var phone = Phone(ca, port);

        var wrong = await phone.PostFormAsync("/lan/pair", ("Code", code == "000000" ? "000001" : "000000"));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var wrongText = await wrong.Content.ReadAsStringAsync();
        Assert.Contains("That is not the code.", wrongText, StringComparison.Ordinal);
        Assert.Contains("Tries left from this device: 4.", wrongText, StringComparison.Ordinal);

        var paired = await phone.PostFormAsync("/lan/pair", ("Code", $"{code[..3]} {code[3..]}"));
        Assert.Equal(HttpStatusCode.Redirect, paired.StatusCode);
        var setCookie = Assert.Single(paired.Headers.GetValues("Set-Cookie"), c => c.StartsWith(LanPairing.CookieName + "=", StringComparison.Ordinal));
        foreach (var attribute in new[] { "secure", "httponly", "samesite=strict", "path=/", "max-age=" })
        {
            Assert.Contains(attribute, setCookie, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(HttpStatusCode.OK, (await phone.Client.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await phone.Client.GetAsync("/history")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await phone.Client.GetAsync("/api/v1/stats")).StatusCode);
        var pain = new HttpRequestMessage(HttpMethod.Post, "/api/v1/pain") { Content = new StringContent("""{"score":2}""", System.Text.Encoding.UTF8, "application/json") };
        pain.Headers.Add("Origin", $"https://127.0.0.1:{port}");
        Assert.Equal(HttpStatusCode.Created, (await phone.Client.SendAsync(pain)).StatusCode);

        // The same cookie, shown to the Supple of another data folder (another authority, another key): refused.
        var device = phone.Cookies.GetCookies(new Uri($"https://127.0.0.1:{port}"))[LanPairing.CookieName]?.Value;
        Assert.NotNull(device);
        var otherData = Path.Combine(_folder, "other");
        await using var other = StartLan(otherData, AsAnotherDevice);
        var otherPort = await HttpsPortAsync(other);
        using var otherCa = ReadAuthority(otherData);
        Assert.NotEqual(ca.Thumbprint, otherCa.Thumbprint);
        using var replay = TrustingOnly(otherCa, otherPort, "127.0.0.1", _ => { });
        var api = new HttpRequestMessage(HttpMethod.Get, "/api/v1/stats");
        api.Headers.Add("Cookie", $"{LanPairing.CookieName}={device}");
        Assert.Equal(HttpStatusCode.Unauthorized, (await replay.SendAsync(api)).StatusCode);
        var page = new HttpRequestMessage(HttpMethod.Get, "/history");
        page.Headers.Add("Cookie", $"{LanPairing.CookieName}={device}");
        Assert.Equal(HttpStatusCode.Redirect, (await replay.SendAsync(page)).StatusCode);

        // A cookie with its signature changed is refused by the first server too.
        var forged = new HttpRequestMessage(HttpMethod.Get, "/api/v1/stats");
        forged.Headers.Add("Cookie", $"{LanPairing.CookieName}={device[..^2]}{(device[^2] == 'A' ? 'B' : 'A')}{device[^1]}");
        using var stranger = TrustingOnly(ca, port, "127.0.0.1", _ => { });
        Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.SendAsync(forged)).StatusCode);
        phone.Client.Dispose();
    }

    [Fact]
    public async Task Wrong_codes_lock_the_device_out_until_the_next_start_even_for_the_right_code()
    {
        var data = Path.Combine(_folder, "data");
        string code;
        await using (var supple = StartLan(data, AsAnotherDevice))
        {
            var port = await HttpsPortAsync(supple);
            code = await PairingCodeAsync(supple);
            var wrongCode = code == "111111" ? "222222" : "111111";
            using var ca = ReadAuthority(data);
            var phone = Phone(ca, port);
            for (var tries = 4; tries >= 1; tries--)
            {
                var wrong = await phone.PostFormAsync("/lan/pair", ("Code", wrongCode));
                Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
                Assert.Contains($"Tries left from this device: {tries}.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }

            var fifth = await phone.PostFormAsync("/lan/pair", ("Code", wrongCode));
            Assert.Equal(HttpStatusCode.TooManyRequests, fifth.StatusCode);
            Assert.Contains("Too many wrong codes from this device", await fifth.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            var right = await phone.PostFormAsync("/lan/pair", ("Code", code));
            Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
            Assert.False(right.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(LanPairing.CookieName, StringComparison.Ordinal)));
            Assert.Equal(HttpStatusCode.Redirect, (await phone.Client.GetAsync("/")).StatusCode);
            phone.Client.Dispose();
        }

        // The next start has a new code, and the device may try again.
        await using (var again = StartLan(data, AsAnotherDevice))
        {
            var port = await HttpsPortAsync(again);
            var next = await PairingCodeAsync(again);
            using var ca = ReadAuthority(data);
            var phone = Phone(ca, port);
            Assert.Equal(HttpStatusCode.Redirect, (await phone.PostFormAsync("/lan/pair", ("Code", next))).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await phone.Client.GetAsync("/api/v1/stats")).StatusCode);
            phone.Client.Dispose();
        }
    }

    [Theory]
    [InlineData("--urls", "http://0.0.0.0:0", "plain http:// is for this computer only")]
    [InlineData("--multi-user", null, "--lan is for one person's own devices")]
    public async Task Lan_refuses_plain_http_on_the_network_and_accounts(string option, string? value, string error)
    {
        string[] args = value is null ? ["serve", "--lan", option, "--db", Path.Combine(_folder, "s.db")] : ["serve", "--lan", option, value, "--db", Path.Combine(_folder, "s.db")];
        using var process = ServeProcess.StartProcess(_folder, null, args);
        await process.WaitForExitAsync().WaitAsync(StartTimeout);
        Assert.Equal(2, process.ExitCode);
        Assert.Contains(error, await process.StandardError.ReadToEndAsync(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, LocalCertificateAuthority.CertificateFileName)));
    }

    private static ServeProcess StartLan(string data, IReadOnlyDictionary<string, string>? environment)
    {
        Directory.CreateDirectory(data);
        return ServeProcess.Start(data, environment, "serve", "--lan", "--urls", "https://*:0", "--db", Path.Combine(data, "supple.db"));
    }

    private static async Task<int> HttpsPortAsync(ServeProcess supple)
    {
        var match = await supple.WaitForLineAsync(RunningAt(), StartTimeout);
        await supple.WaitForLineAsync(FingerprintLine(), StartTimeout);
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<string> PairingCodeAsync(ServeProcess supple)
    {
        var match = await supple.WaitForLineAsync(PairingCodeLine(), StartTimeout);
        return match.Groups[1].Value + match.Groups[2].Value;
    }

    private static X509Certificate2 ReadAuthority(string data) =>
        X509Certificate2.CreateFromPem(File.ReadAllText(Path.Combine(data, LocalCertificateAuthority.CertificateFileName)));

    private static string Fingerprint(X509Certificate2 ca) => string.Join(':', Convert.ToHexString(SHA256.HashData(ca.RawData)).Chunk(2).Select(c => new string(c)));

    private static bool ChainsTo(X509Certificate2 ca, X509Certificate2 server)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.ApplicationPolicy.Add(new Oid("1.3.6.1.5.5.7.3.1"));
        return chain.Build(server) && chain.ChainElements[^1].Certificate.RawData.AsSpan().SequenceEqual(ca.RawData);
    }

    // Trusts the server only when its certificate chains to this authority and names the host the client asked for.
    private static void TrustOnly(HttpClientHandler handler, X509Certificate2 ca, Action<X509Certificate2> seen) =>
        handler.ServerCertificateCustomValidationCallback = (_, certificate, _, errors) =>
        {
            if (certificate is null)
            {
                return false;
            }

            seen(X509CertificateLoader.LoadCertificate(certificate.RawData));
            return (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) == SslPolicyErrors.None && ChainsTo(ca, certificate);
        };

    private static HttpClient TrustingOnly(X509Certificate2 ca, int port, string host, Action<X509Certificate2> seen)
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false };
        TrustOnly(handler, ca, seen);
        return new HttpClient(handler) { BaseAddress = new Uri($"https://{host}:{port}"), Timeout = TimeSpan.FromSeconds(30) };
    }

    // A phone's browser: a cookie jar, the form's token, and its own origin on every post.
    private static BrowserlessSession Phone(X509Certificate2 ca, int port)
    {
        var phone = new BrowserlessSession(new Uri($"https://127.0.0.1:{port}"), handler => TrustOnly(handler, ca, _ => { }));
        phone.Client.DefaultRequestHeaders.Add("Origin", $"https://127.0.0.1:{port}");
        phone.Client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        return phone;
    }

    [GeneratedRegex(@"^Supple is running at .*https://localhost:(\d+)")]
    private static partial Regex RunningAt();

    [GeneratedRegex(@"^Pairing code: (\d{3}) (\d{3})")]
    private static partial Regex PairingCodeLine();

    [GeneratedRegex(@"^  ((?:[0-9A-F]{2}:){31}[0-9A-F]{2})$")]
    private static partial Regex FingerprintLine();
}
