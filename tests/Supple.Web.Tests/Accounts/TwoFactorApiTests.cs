using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OtpNet;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Accounts;

/// <summary>
/// Two-factor sign-in through the API, with codes made by an independent TOTP library (Otp.NET) on the app's clock:
/// turning it on keeps the caller's bearer token working and signs out the others; signing in then takes the code
/// (once each) or a recovery code (once each); wrong codes lock the address like wrong passwords. PostgreSQL.
/// </summary>
public sealed class TwoFactorApiTests : IAsyncLifetime
{
    private const string Email = "two-factor@example.org";
    private const string Password = "a long enough passphrase";
    private readonly PostgreSqlTestDatabase _db = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 8, 0, 10, TimeSpan.Zero));
    private MultiUserApp _app = null!;

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        _app = await MultiUserApp.StartAsync(_db.ConnectionString, time: _time);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await _db.DisposeAsync();
    }

    [Fact]
    public async Task Turning_on_two_factor_keeps_the_callers_token_and_signs_out_every_other()
    {
        using var caller = await _app.RegisterAndSignInAsync(Email, Password);
        using var other = _app.CreateClient();
        var (otherAccess, otherRefresh) = await MultiUserApp.SignInForTokensAsync(other, Email, Password);
        other.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", otherAccess);

        // Reading the key (the first call makes it) changes nothing for anyone.
        var key = await SharedKeyAsync(caller);
        Assert.Equal(HttpStatusCode.OK, (await caller.GetAsync("/api/v1/history")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/v1/history")).StatusCode);

        var enabled = await caller.PostAsJsonAsync("/api/v1/account/manage/2fa", new { enable = true, twoFactorCode = CodeAt(key, 0) });
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        using var state = JsonDocument.Parse(await enabled.Content.ReadAsStringAsync());
        Assert.True(state.RootElement.GetProperty("isTwoFactorEnabled").GetBoolean());
        Assert.Equal(10, state.RootElement.GetProperty("recoveryCodes").GetArrayLength());

        // The caller goes on with the same token; the other sign-in, and its refresh token, are over.
        Assert.Equal(HttpStatusCode.OK, (await caller.GetAsync("/api/v1/history")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await caller.PostAsJsonAsync("/api/v1/pain", new { score = 2 })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await other.GetAsync("/api/v1/history")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await other.PostAsJsonAsync("/api/v1/account/refresh", new { refreshToken = otherRefresh })).StatusCode);
    }

    [Fact]
    public async Task Signing_in_takes_a_code_once_or_a_recovery_code_once()
    {
        using var caller = await _app.RegisterAndSignInAsync(Email, Password);
        var key = await SharedKeyAsync(caller);
        var recovery = await EnableAsync(caller, key);
        using var anonymous = _app.CreateClient();

        var passwordOnly = await anonymous.PostAsJsonAsync("/api/v1/account/login", new { email = Email, password = Password });
        var needed = await HttpAssert.ProblemAsync(passwordOnly, HttpStatusCode.Unauthorized);
        Assert.True(needed.GetProperty("twoFactorRequired").GetBoolean());
        Assert.Equal("Two-factor code needed", needed.GetProperty("title").GetString());

        // The code that turned it on was used: it does not sign in again (nor does a made-up one).
        await HttpAssert.ProblemAsync(await LoginAsync(anonymous, twoFactorCode: CodeAt(key, 0)), HttpStatusCode.Unauthorized);
        await HttpAssert.ProblemAsync(await LoginAsync(anonymous, twoFactorCode: "000000"), HttpStatusCode.Unauthorized);

        // Thirty seconds later, the app's next code does, once.
        _time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(anonymous, twoFactorCode: CodeAt(key, 0))).StatusCode);
        await HttpAssert.ProblemAsync(await LoginAsync(anonymous, twoFactorCode: CodeAt(key, 0)), HttpStatusCode.Unauthorized);

        // A recovery code signs in once, in place of the app's code.
        var (access, _) = await MultiUserApp.SignInForTokensAsync(anonymous, Email, Password, twoFactorRecoveryCode: recovery[3]);
        await HttpAssert.ProblemAsync(await LoginAsync(anonymous, twoFactorRecoveryCode: recovery[3]), HttpStatusCode.Unauthorized);
        using var withRecovery = _app.CreateClient();
        withRecovery.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", access);
        using var status = JsonDocument.Parse(await (await withRecovery.PostAsJsonAsync("/api/v1/account/manage/2fa", new { })).Content.ReadAsStringAsync());
        Assert.Equal(9, status.RootElement.GetProperty("recoveryCodesLeft").GetInt32());
        using var sessions = JsonDocument.Parse(await withRecovery.GetStringAsync("/api/v1/account/sessions"));
        Assert.Contains(sessions.RootElement.EnumerateArray(), s => s.GetProperty("method").GetString() == "recovery-code");
        Assert.Contains(sessions.RootElement.EnumerateArray(), s => s.GetProperty("method").GetString() == "two-factor");
    }

    [Fact]
    public async Task Wrong_codes_lock_the_address_like_wrong_passwords()
    {
        using var caller = await _app.RegisterAndSignInAsync(Email, Password);
        var key = await SharedKeyAsync(caller);
        await EnableAsync(caller, key);
        using var anonymous = _app.CreateClient();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 5; i++)
        {
            last = await LoginAsync(anonymous, twoFactorCode: "12345" + i);
        }

        var locked = await HttpAssert.ProblemAsync(last, HttpStatusCode.TooManyRequests);
        _time.Advance(TimeSpan.FromSeconds(30));
        var stillLocked = await HttpAssert.ProblemAsync(await LoginAsync(anonymous, twoFactorCode: CodeAt(key, 0)), HttpStatusCode.TooManyRequests);
        Assert.Equal(locked.GetProperty("title").GetString(), stillLocked.GetProperty("title").GetString());
        Assert.Contains("paused", stillLocked.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await _db.CountAsync("SELECT count(*) FROM sign_in_failures WHERE locked_until > @now", ("now", _time.GetUtcNow())));
    }

    private static Task<HttpResponseMessage> LoginAsync(HttpClient client, string? twoFactorCode = null, string? twoFactorRecoveryCode = null) =>
        client.PostAsJsonAsync("/api/v1/account/login", new { email = Email, password = Password, twoFactorCode, twoFactorRecoveryCode });

    private static async Task<string> SharedKeyAsync(HttpClient client)
    {
        using var json = JsonDocument.Parse(await (await client.PostAsJsonAsync("/api/v1/account/manage/2fa", new { })).Content.ReadAsStringAsync());
        Assert.False(json.RootElement.GetProperty("isTwoFactorEnabled").GetBoolean());
        var key = json.RootElement.GetProperty("sharedKey").GetString()!;
        Assert.Contains("secret=" + key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant(), json.RootElement.GetProperty("authenticatorUri").GetString(), StringComparison.Ordinal);
        return key;
    }

    private async Task<string[]> EnableAsync(HttpClient client, string key)
    {
        var enabled = await client.PostAsJsonAsync("/api/v1/account/manage/2fa", new { enable = true, twoFactorCode = CodeAt(key, 0) });
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        using var json = JsonDocument.Parse(await enabled.Content.ReadAsStringAsync());
        return [.. json.RootElement.GetProperty("recoveryCodes").EnumerateArray().Select(c => c.GetString()!)];
    }

    /// <summary>The code an authenticator app shows, <paramref name="stepsFromNow"/> 30-second steps from the app's clock.</summary>
    private string CodeAt(string key, int stepsFromNow) =>
        new Totp(Base32Encoding.ToBytes(key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant())).ComputeTotp(_time.GetUtcNow().UtcDateTime.AddSeconds(30 * stepsFromNow));
}
