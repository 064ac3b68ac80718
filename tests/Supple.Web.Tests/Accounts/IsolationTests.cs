using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Supple.Data.Identity;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Accounts;

/// <summary>
/// Two people on one server: with A's credentials, every endpoint is called with B's ids (or, where an endpoint has no
/// id, as A) and never answers with B's data; B's data is unchanged afterwards. The list of cases must name every
/// endpoint the app maps, so a new endpoint fails this test until it has an isolation case.
/// </summary>
public sealed class IsolationTests : IAsyncLifetime
{
    private const string Password = "correct horse battery";
    private readonly PostgreSqlTestDatabase _db = new();
    private readonly TestMailServer _mail = new();
    private const string ReminderOfB = "05:43";
    private readonly string _endpointB = "https://fcm.googleapis.com/fcm/send/b-" + Guid.NewGuid().ToString("N");
    private readonly string _marker = "b-private-" + Guid.NewGuid().ToString("N")[..10];
    private MultiUserApp _app = null!;
    private HttpClient _a = null!;
    private HttpClient _b = null!;
    private string _emailB = "";
    private long _openB;
    private long _finishedB;
    private int _completedByA;
    private readonly byte[] _passkeyOfB = [.. Guid.NewGuid().ToByteArray(), .. Guid.NewGuid().ToByteArray()];

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        _app = await MultiUserApp.StartAsync(_db.ConnectionString, settings: _mail.Settings(new Uri("http://localhost/")));
        _a = await _app.RegisterAndSignInAsync("a@example.org", Password);
        _emailB = "b@example.org";
        _b = await _app.RegisterAndSignInAsync(_emailB, Password);

        // B: the disclaimer accepted, a finished session, an open one with a stretch saved, a pain diary entry.
        Ok(await _b.PostAsync("/api/v1/disclaimer/acceptance", null));
        _finishedB = await StartAsync(_b);
        Ok(await _b.PostAsJsonAsync($"/api/v1/sessions/{_finishedB}/finish", new { painAfter = 2 }));
        _openB = await StartAsync(_b);
        await SessionBodies.PlayFirstStretchesAsync(_b, _openB, 1);
        Ok(await _b.PostAsJsonAsync("/api/v1/pain", new { score = 4, note = _marker }));

        // B: a saved plan and a daily reminder at a time nobody else uses.
        Ok(await _b.PostAsJsonAsync("/api/v1/assessment", Answers(poorPosture: true, stress: false, props: ["chair", "foam-roller", "floor-space"])));
        Ok(await _b.PutAsJsonAsync("/api/v1/reminders", new { dailyAt = ReminderOfB }));

        // B: a passkey (stored as Identity stores one; its id is what a form would name).
        await using var scope = _app.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SuppleUser>>();
        var b = (await users.FindByEmailAsync(_emailB))!;
        var passkey = new UserPasskeyInfo(_passkeyOfB, [1, 2, 3], DateTimeOffset.UtcNow, 0, ["internal"], true, false, false, [4], [5]) { Name = _marker };
        Assert.True((await users.AddOrUpdatePasskeyAsync(b, passkey)).Succeeded);

        // B: a browser that takes reminders, and desk-break hours.
        using var keys = new Supple.Web.Tests.Push.BrowserPushKeys();
        Ok(await _b.PutAsJsonAsync("/api/v1/push/subscription", new { endpoint = _endpointB, keys = new { p256dh = keys.P256dh, auth = keys.Auth }, daily = true, breaks = true }));
        Ok(await _b.PutAsJsonAsync("/api/v1/reminders/desk-breaks", new { from = "06:10", to = "14:50", days = new[] { "sunday" } }));
    }

    public async Task DisposeAsync()
    {
        _a?.Dispose();
        _b?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await _mail.StopAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task Every_endpoint_called_with_another_users_ids_answers_404_or_only_the_callers_own_data()
    {
        var before = await SnapshotOfBAsync();
        var cases = Cases();
        var endpoints = EndpointInventory.Of(_app.App);
        var uncovered = endpoints.Where(e => !cases.ContainsKey(e)).ToList();
        Assert.True(uncovered.Count == 0, "Endpoints without an isolation case (add one to IsolationTests.Cases):\n" + string.Join("\n", uncovered));

        foreach (var key in endpoints)
        {
            try
            {
                await cases[key]();

                // Every case ran as A, signed in: a refusal for want of a session would prove nothing.
                Assert.Equal(HttpStatusCode.OK, (await _a.GetAsync("/api/v1/account/manage/info")).StatusCode);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                throw new InvalidOperationException($"Isolation case {key} failed: {ex.Message}", ex);
            }
        }

        Assert.Equal(before, await SnapshotOfBAsync());
    }

    private Dictionary<string, Func<Task>> Cases()
    {
        var s = $"/api/v1/sessions/{_openB}";
        var f = $"/api/v1/sessions/{_finishedB}";
        return new Dictionary<string, Func<Task>>(StringComparer.Ordinal)
        {
            // Sessions: B's ids → 404, whatever the state of B's session.
            ["GET /api/v1/sessions/{id:long}"] = async () => { await NotFoundAsync(_a.GetAsync(s)); await NotFoundAsync(_a.GetAsync(f)); },
            ["POST /api/v1/sessions/{id:long}/steps"] = async () =>
            {
                await NotFoundAsync(_a.PostAsJsonAsync(s + "/steps", new { steps = new[] { new { step = 0, end = "played" }, new { step = 1, end = "hurt" } } }));
                await NotFoundAsync(_a.PostAsJsonAsync(f + "/steps", new { steps = new[] { new { step = 0, end = "played" } } }));
            },
            ["POST /api/v1/sessions/{id:long}/finish"] = () => NotFoundAsync(_a.PostAsJsonAsync(s + "/finish", new { painAfter = 1 })),
            ["POST /api/v1/sessions/{id:long}/stop-for-pain"] = () => NotFoundAsync(_a.PostAsJsonAsync(s + "/stop-for-pain", new { painAfter = 8 })),
            ["POST /api/v1/sessions/{id:long}/abandon"] = () => NotFoundAsync(_a.PostAsync(s + "/abandon", null)),
            ["POST /api/v1/sessions/completed"] = async () =>
            {
                var whole = await SessionBodies.PlayedWholeAsync(_a, DateTimeOffset.UtcNow.AddMinutes(-10), only: ["chest-opener"]);
                var body = await OwnDataOnlyAsync(_a.PostAsJsonAsync("/api/v1/sessions/completed", whole));
                using var json = JsonDocument.Parse(body);
                Assert.NotEqual(_finishedB, json.RootElement.GetProperty("id").GetInt64());
                _completedByA++;
            },
            ["GET /api/v1/sessions/open"] = async () =>
            {
                var response = await _a.GetAsync("/api/v1/sessions/open");
                Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
            },
            ["POST /api/v1/sessions/"] = async () =>
            {
                var id = await StartAsync(_a);
                Assert.NotEqual(_openB, id);
                await OwnDataOnlyAsync(_a.GetAsync("/api/v1/sessions/open"));
                Ok(await _a.PostAsync($"/api/v1/sessions/{id}/abandon", null));
            },

            // No id: A's own data only.
            ["GET /api/v1/pain/"] = () => OwnDataOnlyAsync(_a.GetAsync("/api/v1/pain?days=3660")),
            ["POST /api/v1/pain/"] = () => OwnDataOnlyAsync(_a.PostAsJsonAsync("/api/v1/pain", new { score = 1, note = "a's own" })),
            ["GET /api/v1/history"] = () => OwnDataOnlyAsync(_a.GetAsync("/api/v1/history?days=3660")),
            ["GET /api/v1/stats"] = async () =>
            {
                using var json = JsonDocument.Parse(await OwnDataOnlyAsync(_a.GetAsync("/api/v1/stats")));
                Assert.Equal(_completedByA, json.RootElement.GetProperty("completed").GetInt32());
            },
            ["GET /api/v1/disclaimer/acceptance/"] = async () =>
            {
                using var json = JsonDocument.Parse(await OwnDataOnlyAsync(_a.GetAsync("/api/v1/disclaimer/acceptance")));
                Assert.False(json.RootElement.GetProperty("accepted").GetBoolean(), "A sees B's disclaimer acceptance");
            },
            ["POST /api/v1/disclaimer/acceptance/"] = () => OwnDataOnlyAsync(_a.PostAsync("/api/v1/disclaimer/acceptance", null)),
            ["GET /api/v1/export"] = async () =>
            {
                foreach (var format in new[] { "json", "csv", "fhir", "ics" })
                {
                    await OwnDataOnlyAsync(_a.GetAsync($"/api/v1/export?format={format}"));
                }
            },

            // The programme is the same for everyone.
            ["GET /api/v1/programme"] = () => OwnDataOnlyAsync(_a.GetAsync("/api/v1/programme")),
            ["GET /api/v1/stretches"] = () => OwnDataOnlyAsync(_a.GetAsync("/api/v1/stretches")),
            ["GET /api/v1/stretches/{id}"] = () => OwnDataOnlyAsync(_a.GetAsync("/api/v1/stretches/cat-camel")),
            ["GET /api/v1/causes"] = () => OwnDataOnlyAsync(_a.GetAsync("/api/v1/causes")),
            ["GET /api/v1/benefits"] = () => OwnDataOnlyAsync(_a.GetAsync("/api/v1/benefits")),
            ["GET /api/v1/references"] = () => OwnDataOnlyAsync(_a.GetAsync("/api/v1/references")),
            ["GET /api/v1/disclaimer"] = () => OwnDataOnlyAsync(_a.GetAsync("/api/v1/disclaimer")),
            ["GET /api/v1/timeline"] = () => OwnDataOnlyAsync(_a.GetAsync("/api/v1/timeline")),

            // Accounts: nothing of B's comes back, nothing of B's changes.
            // Registering B's address again is refused (the answer names the address it was given, nothing else).
            ["POST /api/v1/account/register"] = async () =>
            {
                var response = await _a.PostAsJsonAsync("/api/v1/account/register", new { email = _emailB.ToUpperInvariant(), password = Password + "x" });
                Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
                var body = await response.Content.ReadAsStringAsync();
                Assert.DoesNotContain(_marker, body, StringComparison.Ordinal);
                Assert.DoesNotContain(_emailB, body, StringComparison.Ordinal);
            },
            ["POST /api/v1/account/login"] = () => RefusedAsync(_a.PostAsJsonAsync("/api/v1/account/login", new { email = _emailB, password = "wrong password for b" })),
            ["POST /api/v1/account/refresh"] = () => RefusedAsync(_a.PostAsJsonAsync("/api/v1/account/refresh", new { refreshToken = "not-a-token" })),
            ["POST /api/v1/account/forgotPassword"] = () => OwnDataOnlyAsync(_a.PostAsJsonAsync("/api/v1/account/forgotPassword", new { email = _emailB })),
            ["POST /api/v1/account/resendConfirmationEmail"] = () => OwnDataOnlyAsync(_a.PostAsJsonAsync("/api/v1/account/resendConfirmationEmail", new { email = _emailB })),
            ["POST /api/v1/account/resetPassword"] = () =>
                RefusedAsync(_a.PostAsJsonAsync("/api/v1/account/resetPassword", new { email = _emailB, resetCode = "QUFBQQ", newPassword = "a new password for b" })),
            ["POST /api/v1/account/manage/2fa"] = async () =>
            {
                // Reading two-factor sign-in makes A's authenticator key; A's own token keeps working (the harness checks).
                Assert.Contains("\"isTwoFactorEnabled\":false", await OwnDataOnlyAsync(_a.PostAsJsonAsync("/api/v1/account/manage/2fa", new { })), StringComparison.Ordinal);
            },
            ["GET /api/v1/account/sessions"] = async () =>
            {
                using var json = JsonDocument.Parse(await OwnDataOnlyAsync(_a.GetAsync("/api/v1/account/sessions")));
                var idA = await UserIdAsync("a@example.org");
                Assert.Equal(await _db.CountAsync("SELECT count(*) FROM account_sessions WHERE user_id = @id", ("id", idA)), json.RootElement.GetArrayLength());
                Assert.Single(json.RootElement.EnumerateArray(), s => s.GetProperty("current").GetBoolean());
            },
            ["POST /api/v1/account/logout-everywhere"] = async () =>
            {
                // Signs out every session of A (this one too), none of B's: B's snapshot is read with B's token.
                await OwnDataOnlyAsync(_a.PostAsync("/api/v1/account/logout-everywhere", null));
                Assert.Equal(HttpStatusCode.Unauthorized, (await _a.GetAsync("/api/v1/history")).StatusCode);
                _a.DefaultRequestHeaders.Authorization = new("Bearer", await MultiUserApp.SignInAsync(_app.CreateClient(), "a@example.org", Password));
            },
            ["GET /api/v1/account/manage/info"] = async () => Assert.Contains("a@example.org", await OwnDataOnlyAsync(_a.GetAsync("/api/v1/account/manage/info")), StringComparison.Ordinal),
            ["POST /api/v1/account/manage/info"] = async () =>
            {
                // Taking B's address is refused, and A keeps A's.
                await RefusedAsync(_a.PostAsJsonAsync("/api/v1/account/manage/info", new { newEmail = _emailB }));
                Assert.Contains("a@example.org", await OwnDataOnlyAsync(_a.GetAsync("/api/v1/account/manage/info")), StringComparison.Ordinal);
            },
            ["POST /api/v1/account/logout"] = async () =>
            {
                // A second sign-in of A signs itself out; A's first one and B's are untouched.
                using var second = _app.CreateClient();
                second.DefaultRequestHeaders.Authorization = new("Bearer", await MultiUserApp.SignInAsync(second, "a@example.org", Password));
                await OwnDataOnlyAsync(second.PostAsync("/api/v1/account/logout", null));
                Assert.Equal(HttpStatusCode.Unauthorized, (await second.GetAsync("/api/v1/history")).StatusCode);
            },
            ["POST /api/v1/account/delete"] = () => RefusedAsync(_a.PostAsJsonAsync("/api/v1/account/delete", new { password = "b's password is not a's" })),

            // Pages (Razor Pages answer any method), as A.
            ["ANY /"] = () => OwnDataOnlyAsync(_a.GetAsync("/")),
            ["ANY /history"] = () => OwnDataOnlyAsync(_a.GetAsync("/history")),
            ["ANY /player"] = () => OwnDataOnlyAsync(_a.GetAsync("/player")),
            ["ANY /library"] = () => OwnDataOnlyAsync(_a.GetAsync("/library")),
            ["ANY /about"] = () => OwnDataOnlyAsync(_a.GetAsync("/about")),
            ["ANY /language"] = () => OwnDataOnlyAsync(_a.GetAsync("/language")),
            ["ANY /library/{id}"] = () => OwnDataOnlyAsync(_a.GetAsync("/library/cat-camel")),
            ["ANY /account/login"] = async () =>
            {
                await OwnDataOnlyAsync(_a.GetAsync("/account/login"));
                await RefusedAsync(_a.PostAsync("/account/login", Form(("Email", _emailB), ("Password", "wrong"))));
            },
            ["ANY /account/register"] = async () =>
            {
                await OwnDataOnlyAsync(_a.GetAsync("/account/register"));
                await RefusedAsync(_a.PostAsync("/account/register", Form(("Email", _emailB), ("Password", Password), ("Confirm", Password))));
            },
            ["ANY /account/two-factor"] = async () =>
            {
                Assert.Contains("Two-factor sign-in is", await OwnDataOnlyAsync(_a.GetAsync("/account/two-factor")), StringComparison.Ordinal);
                await RefusedAsync(_a.PostAsync("/account/two-factor?handler=Disable", Form(("Password", "wrong"))));
            },
            ["ANY /account/forgot-password"] = () => OwnDataOnlyAsync(_a.GetAsync("/account/forgot-password")),
            ["ANY /account/reset-password"] = () => OwnDataOnlyAsync(_a.GetAsync("/account/reset-password?email=someone%40example.org&code=QUFBQQ")),
            ["ANY /account/confirm-email"] = async () =>
            {
                await RefusedAsync(_a.GetAsync($"/account/confirm-email?userId={Uri.EscapeDataString(await UserIdAsync(_emailB))}&code=QUFBQQ"));
                Assert.Equal(0, await _db.CountAsync("SELECT count(*) FROM users WHERE email = @e AND email_confirmed", ("e", _emailB)));
            },
            ["ANY /account/passkeys"] = async () =>
            {
                Assert.Contains("no passkey yet", await OwnDataOnlyAsync(_a.GetAsync("/account/passkeys")), StringComparison.Ordinal);
                await RefusedAsync(_a.PostAsync("/account/passkeys?handler=Remove", Form(("CredentialId", System.Buffers.Text.Base64Url.EncodeToString(_passkeyOfB)))));
                await RefusedAsync(_a.PostAsync("/account/passkeys?handler=CreationOptions", null));
            },
            ["ANY /account/login/two-factor"] = () => RefusedAsync(_a.GetAsync("/account/login/two-factor")),
            ["ANY /account/settings"] = async () =>
            {
                Assert.Contains("a@example.org", await OwnDataOnlyAsync(_a.GetAsync("/account/settings")), StringComparison.Ordinal);
                await RefusedAsync(_a.PostAsync("/account/settings?handler=Delete", Form(("DeletePassword", "wrong"))));
            },

            // Not user data.
            ["GET /openapi/{documentName}.json"] = () => OwnDataOnlyAsync(_a.GetAsync("/openapi/v1.json")),
            ["GET /docs/{documentName?}"] = () => OwnDataOnlyAsync(_a.GetAsync("/docs/")),
            ["GET /docs/favicon.svg"] = () => OwnDataOnlyAsync(_a.GetAsync("/docs/favicon.svg")),
            ["GET /docs/scalar.aspnetcore.js"] = () => OwnDataOnlyAsync(_a.GetAsync("/docs/scalar.aspnetcore.js")),
            ["GET /docs/scalar.js"] = () => OwnDataOnlyAsync(_a.GetAsync("/docs/scalar.js")),
            ["GET /api/v1/assessment/questions"] = () => OwnDataOnlyAsync(_a.GetAsync("/api/v1/assessment/questions")),
            ["POST /api/v1/assessment/"] = () => OwnDataOnlyAsync(_a.PostAsJsonAsync("/api/v1/assessment", Answers(poorPosture: false, stress: true, props: ["chair"]))),
            ["GET /api/v1/assessment/gate"] = async () =>
            {
                using var json = JsonDocument.Parse(await OwnDataOnlyAsync(_a.GetAsync("/api/v1/assessment/gate")));
                Assert.False(json.RootElement.GetProperty("closed").GetBoolean());
            },
            ["POST /api/v1/assessment/clearance"] = () => RefusedAsync(_a.PostAsJsonAsync("/api/v1/assessment/clearance", new { clearedOn = "2026-01-05" })),
            ["GET /api/v1/plan/"] = () => OwnDataOnlyAsync(_a.GetAsync("/api/v1/plan")),
            ["GET /api/v1/plan/timeline"] = () => OwnDataOnlyAsync(_a.GetAsync("/api/v1/plan/timeline")),
            ["GET /api/v1/reminders/"] = () => OwnDataOnlyAsync(_a.GetAsync("/api/v1/reminders")),
            ["PUT /api/v1/reminders/"] = () => OwnDataOnlyAsync(_a.PutAsJsonAsync("/api/v1/reminders", new { dailyAt = "07:15" })),
            ["PUT /api/v1/reminders/desk-breaks"] = () => OwnDataOnlyAsync(_a.PutAsJsonAsync("/api/v1/reminders/desk-breaks", new { from = "09:00", to = "17:00", days = new[] { "monday" } })),
            ["DELETE /api/v1/reminders/desk-breaks"] = () => OwnDataOnlyAsync(_a.DeleteAsync("/api/v1/reminders/desk-breaks")),

            // Web Push: B's browser, named by its endpoint, is not A's to read, change, test or stop.
            ["GET /api/v1/push/key"] = () => OwnDataOnlyAsync(_a.GetAsync("/api/v1/push/key")),
            ["GET /api/v1/push/subscription"] = () => NotFoundAsync(_a.GetAsync("/api/v1/push/subscription?endpoint=" + Uri.EscapeDataString(_endpointB))),
            ["DELETE /api/v1/push/subscription"] = () => NotFoundAsync(_a.DeleteAsync("/api/v1/push/subscription?endpoint=" + Uri.EscapeDataString(_endpointB))),
            ["POST /api/v1/push/test"] = () => NotFoundAsync(_a.PostAsJsonAsync("/api/v1/push/test", new { endpoint = _endpointB })),
            ["PUT /api/v1/push/subscription"] = async () =>
            {
                using var keys = new Supple.Web.Tests.Push.BrowserPushKeys();
                var own = "https://fcm.googleapis.com/fcm/send/a-" + Guid.NewGuid().ToString("N");
                await OwnDataOnlyAsync(_a.PutAsJsonAsync("/api/v1/push/subscription", new { endpoint = own, keys = new { p256dh = keys.P256dh, auth = keys.Auth }, daily = true }));
                Ok(await _a.DeleteAsync("/api/v1/push/subscription?endpoint=" + Uri.EscapeDataString(own)));
            },
            ["POST /api/v1/push/snooze"] = () => RefusedAsync(_a.PostAsJsonAsync("/api/v1/push/snooze", new { token = "forged" })),
            ["GET /manifest.webmanifest"] = () => OwnDataOnlyAsync(_a.GetAsync("/manifest.webmanifest")),
            ["GET /sw.js"] = () => OwnDataOnlyAsync(_a.GetAsync("/sw.js")),
            ["ANY /offline"] = () => OwnDataOnlyAsync(_a.GetAsync("/offline")),
            // supple serve --lan only (single-user): a server with accounts has no pairing.
            ["ANY /lan/pair"] = () => NotFoundAsync(_a.GetAsync("/lan/pair")),
            ["ANY /lan/certificate"] = () => NotFoundAsync(_a.GetAsync("/lan/certificate")),
            ["ANY /assessment"] = () => OwnDataOnlyAsync(_a.GetAsync("/assessment")),
            ["ANY /plan"] = () => OwnDataOnlyAsync(_a.GetAsync("/plan")),
            ["GET /healthz"] = () => OwnDataOnlyAsync(_a.GetAsync("/healthz")),
            ["GET /readyz"] = () => OwnDataOnlyAsync(_a.GetAsync("/readyz")),
        };
    }

    private static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    private async Task<string> OwnDataOnlyAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode < 500, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        AssertNoDataOfB(body);
        return body;
    }

    private async Task NotFoundAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode}, expected 404: {body}");
        AssertNoDataOfB(body);
    }

    private async Task RefusedAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode}, expected a refusal: {body}");
        AssertNoDataOfB(body);
    }

    private void AssertNoDataOfB(string body)
    {
        Assert.DoesNotContain(_marker, body, StringComparison.Ordinal);
        Assert.DoesNotContain(_emailB, body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain($"\"{ReminderOfB}\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain(_endpointB, body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"06:10\"", body, StringComparison.Ordinal);
        foreach (var id in new[] { _openB, _finishedB })
        {
            Assert.DoesNotContain($"\"id\":{id},", body, StringComparison.Ordinal);
            Assert.DoesNotContain($"\"id\":{id}}}", body, StringComparison.Ordinal);
        }
    }

    // What B has, read as B: it must be the same after A has called everything.
    private async Task<string> SnapshotOfBAsync()
    {
        var open = await _b.GetStringAsync($"/api/v1/sessions/{_openB}");
        var finished = await _b.GetStringAsync($"/api/v1/sessions/{_finishedB}");
        var pain = await _b.GetStringAsync("/api/v1/pain?days=3660");
        var disclaimer = await _b.GetStringAsync("/api/v1/disclaimer/acceptance");
        var info = await _b.GetStringAsync("/api/v1/account/manage/info");
        var plan = await _b.GetStringAsync("/api/v1/plan");
        var reminders = await _b.GetStringAsync("/api/v1/reminders");
        using var sessions = JsonDocument.Parse(await _b.GetStringAsync("/api/v1/account/sessions"));
        var twoFactor = await (await _b.PostAsJsonAsync("/api/v1/account/manage/2fa", new { })).Content.ReadAsStringAsync();
        var gate = await _b.GetStringAsync("/api/v1/assessment/gate");
        var push = await _b.GetStringAsync("/api/v1/push/subscription?endpoint=" + Uri.EscapeDataString(_endpointB));
        Assert.Contains(_marker, pain, StringComparison.Ordinal);
        Assert.Contains($"\"{ReminderOfB}\"", reminders, StringComparison.Ordinal);
        Assert.Contains("\"06:10\"", reminders, StringComparison.Ordinal);
        Assert.Contains("\"breaks\":true", push, StringComparison.Ordinal);
        await using var scope = _app.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SuppleUser>>();
        var passkeys = await users.GetPasskeysAsync((await users.FindByEmailAsync(_emailB))!);
        var passkeysOfB = string.Join(",", passkeys.Select(p => $"{Convert.ToHexString(p.CredentialId)} {p.Name}"));
        Assert.Contains(_marker, passkeysOfB, StringComparison.Ordinal);
        return string.Join("\n", open, finished, pain, disclaimer, info, plan, reminders, gate, push, sessions.RootElement.GetArrayLength(), twoFactor, passkeysOfB);
    }

    // The answers document of `supple assess --answers` (docs/SAFETY.md): every key, no warning sign.
    private static Dictionary<string, object> Answers(bool poorPosture, bool stress, string[] props) => new Dictionary<string, object>
    {
        ["screenHoursPerDay"] = 8,
        ["poorPosture"] = poorPosture,
        ["stress"] = stress,
        ["repetitiveStrain"] = false,
        ["recentInjuryOrFall"] = false,
        ["ageRelatedStiffness"] = false,
        ["props"] = props,
        ["redFlags"] = new Dictionary<string, bool>
        {
            ["significant-trauma"] = false,
            ["minor-trauma-with-fragile-bones"] = false,
            ["fever"] = false,
            ["unexplained-weight-loss"] = false,
            ["history-of-cancer"] = false,
            ["limb-numbness-or-weakness"] = false,
            ["bladder-bowel-or-saddle-numbness"] = false,
            ["chest-pain-or-breathlessness"] = false,
            ["night-pain-not-eased-by-rest"] = false,
            ["swelling-or-deformity"] = false,
            ["band-like-pain-around-torso"] = false,
        },
    };

    private async Task<string> UserIdAsync(string email)
    {
        await using var connection = new Npgsql.NpgsqlConnection(_db.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT id FROM users WHERE email = @e", connection);
        command.Parameters.AddWithValue("e", email);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<long> StartAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/v1/sessions", new { level = "gentle", painBefore = 3 });
        Ok(response);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("id").GetInt64();
    }

    private static void Ok(HttpResponseMessage response) =>
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {response.Content.ReadAsStringAsync().Result}");
}
