using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
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
public sealed class LanServeTests : IDisposable
{
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
        await using (var supple = LanTestServer.StartLan(data, environment: null))
        {
            var port = await LanTestServer.HttpsPortAsync(supple);
            Assert.Contains("A new certificate authority was made", supple.Output, StringComparison.Ordinal);

            // The authority and the keys are beside the database, the keys readable by the person only.
            var caPath = Path.Combine(data, LocalCertificateAuthority.CertificateFileName);
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(data, LocalCertificateAuthority.KeyFileName)));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(data, LanPairing.KeyFileName)));
            authorityFile = await File.ReadAllBytesAsync(caPath);
            using var ca = LanTestServer.ReadAuthority(data);
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
            var fingerprint = (await supple.WaitForLineAsync(LanTestServer.FingerprintLine(), LanTestServer.StartTimeout)).Groups[1].Value;
            Assert.Equal(Convert.ToHexString(SHA256.HashData(ca.RawData)), fingerprint.Replace(":", "", StringComparison.Ordinal));

            // A client that trusts only this authority gets the pages over HTTPS, by address and by name; this
            // computer (loopback) needs no pairing.
            X509Certificate2? presented = null;
            using (var client = LanTestServer.TrustingOnly(ca, port, "127.0.0.1", c => presented = c))
            {
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/stats")).StatusCode);
            }

            using (var byName = LanTestServer.TrustingOnly(ca, port, "localhost", _ => { }))
            {
                Assert.Equal(HttpStatusCode.OK, (await byName.GetAsync("/")).StatusCode);
            }

            firstServer = Assert.IsType<X509Certificate2>(presented);
            Assert.True(LanTestServer.ChainsTo(ca, firstServer), "The server certificate does not chain to the authority.");
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
        await using (var again = LanTestServer.StartLan(data, environment: null))
        {
            var port = await LanTestServer.HttpsPortAsync(again);
            Assert.DoesNotContain("A new certificate authority was made", again.Output, StringComparison.Ordinal);
            Assert.Equal(authorityFile, await File.ReadAllBytesAsync(Path.Combine(data, LocalCertificateAuthority.CertificateFileName)));
            using var ca = LanTestServer.ReadAuthority(data);
            X509Certificate2? presented = null;
            using var client = LanTestServer.TrustingOnly(ca, port, "127.0.0.1", c => presented = c);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
            Assert.NotNull(presented);
            Assert.NotEqual(firstServer.SerialNumber, presented.SerialNumber);
            Assert.True(LanTestServer.ChainsTo(ca, presented));
        }
    }

    [Fact]
    public async Task An_unpaired_device_sees_only_pairing_and_the_certificate_and_the_API_answers_401()
    {
        var data = Path.Combine(_folder, "data");
        await using var supple = LanTestServer.StartLan(data, LanTestServer.AsAnotherDevice);
        var port = await LanTestServer.HttpsPortAsync(supple);
        using var ca = LanTestServer.ReadAuthority(data);
        using var client = LanTestServer.TrustingOnly(ca, port, "127.0.0.1", _ => { });

        foreach (var page in new[] { "/", "/history", "/plan", "/player", "/library", "/about", "/assessment", "/docs", "/openapi/v1.json" })
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

        // What a browser fetches without cookies, and holds nothing personal, stays open: the worker precaches it.
        foreach (var open in new[] { "/manifest.webmanifest", "/sw.js", "/offline" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(open)).StatusCode);
        }

        var pairPage = await client.GetStringAsync("/lan/pair");
        Assert.Contains("Pair this device", pairPage, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/history\"", pairPage, StringComparison.Ordinal);

        var certificatePage = await client.GetStringAsync("/lan/certificate");
        Assert.Contains(LanTestServer.Fingerprint(ca), certificatePage, StringComparison.Ordinal);
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
        await using var supple = LanTestServer.StartLan(data, LanTestServer.AsAnotherDevice);
        var port = await LanTestServer.HttpsPortAsync(supple);
        var code = await LanTestServer.PairingCodeAsync(supple);
        using var ca = LanTestServer.ReadAuthority(data);
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
        await using var other = LanTestServer.StartLan(otherData, LanTestServer.AsAnotherDevice);
        var otherPort = await LanTestServer.HttpsPortAsync(other);
        using var otherCa = LanTestServer.ReadAuthority(otherData);
        Assert.NotEqual(ca.Thumbprint, otherCa.Thumbprint);
        using var replay = LanTestServer.TrustingOnly(otherCa, otherPort, "127.0.0.1", _ => { });
        var api = new HttpRequestMessage(HttpMethod.Get, "/api/v1/stats");
        api.Headers.Add("Cookie", $"{LanPairing.CookieName}={device}");
        Assert.Equal(HttpStatusCode.Unauthorized, (await replay.SendAsync(api)).StatusCode);
        var page = new HttpRequestMessage(HttpMethod.Get, "/history");
        page.Headers.Add("Cookie", $"{LanPairing.CookieName}={device}");
        Assert.Equal(HttpStatusCode.Redirect, (await replay.SendAsync(page)).StatusCode);

        // A cookie with its signature changed is refused by the first server too.
        var forged = new HttpRequestMessage(HttpMethod.Get, "/api/v1/stats");
        forged.Headers.Add("Cookie", $"{LanPairing.CookieName}={device[..^2]}{(device[^2] == 'A' ? 'B' : 'A')}{device[^1]}");
        using var stranger = LanTestServer.TrustingOnly(ca, port, "127.0.0.1", _ => { });
        Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.SendAsync(forged)).StatusCode);
        phone.Client.Dispose();
    }

    [Fact]
    public async Task Wrong_codes_lock_the_device_out_until_the_next_start_even_for_the_right_code()
    {
        var data = Path.Combine(_folder, "data");
        string code;
        await using (var supple = LanTestServer.StartLan(data, LanTestServer.AsAnotherDevice))
        {
            var port = await LanTestServer.HttpsPortAsync(supple);
            code = await LanTestServer.PairingCodeAsync(supple);
            var wrongCode = code == "111111" ? "222222" : "111111";
            using var ca = LanTestServer.ReadAuthority(data);
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
        await using (var again = LanTestServer.StartLan(data, LanTestServer.AsAnotherDevice))
        {
            var port = await LanTestServer.HttpsPortAsync(again);
            var next = await LanTestServer.PairingCodeAsync(again);
            using var ca = LanTestServer.ReadAuthority(data);
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
        await process.WaitForExitAsync().WaitAsync(LanTestServer.StartTimeout);
        Assert.Equal(2, process.ExitCode);
        Assert.Contains(error, await process.StandardError.ReadToEndAsync(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, LocalCertificateAuthority.CertificateFileName)));
    }

    // A phone's browser: a cookie jar, the form's token, and its own origin on every post.
    private static BrowserlessSession Phone(X509Certificate2 ca, int port)
    {
        var phone = new BrowserlessSession(new Uri($"https://127.0.0.1:{port}"), handler => LanTestServer.TrustOnly(handler, ca, _ => { }));
        phone.Client.DefaultRequestHeaders.Add("Origin", $"https://127.0.0.1:{port}");
        phone.Client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        return phone;
    }
}
