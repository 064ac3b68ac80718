using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Accounts;

/// <summary>Accounts through the API on PostgreSQL: tokens, one answer for every failed sign-in, lockout, password policy, deletion.</summary>
public sealed class AccountApiTests : IAsyncLifetime
{
    private const string Password = "a long enough passphrase";
    private readonly PostgreSqlTestDatabase _db = new();
    private MultiUserApp _app = null!;

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        _app = await MultiUserApp.StartAsync(_db.ConnectionString);
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
    public async Task Data_endpoints_need_a_signed_in_user()
    {
        using var anonymous = _app.CreateClient();
        foreach (var path in new[] { "/api/v1/history", "/api/v1/stats", "/api/v1/pain", "/api/v1/sessions/open", "/api/v1/export?format=json" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path)).StatusCode);
        }

        var page = await anonymous.GetAsync("/history");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/login", page.Headers.Location!.AbsolutePath);

        using var forged = _app.CreateClient();
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "forged-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("/api/v1/history")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_email_and_a_wrong_password_get_the_same_answer_and_so_do_their_locks()
    {
        using var client = await _app.RegisterAndSignInAsync("known@example.org", Password);
        using var anonymous = _app.CreateClient();
        var unknown = await anonymous.PostAsJsonAsync("/api/v1/account/login", new { email = "nobody@example.org", password = Password });
        var wrong = await anonymous.PostAsJsonAsync("/api/v1/account/login", new { email = "known@example.org", password = "not the password" });
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(Detail(await unknown.Content.ReadAsStringAsync()), Detail(await wrong.Content.ReadAsStringAsync()));

        // Five failures in a row lock the address, whether or not it has an account (the first ones above count).
        // The answer says so, in its own words, the same for both; even the right password gets it now.
        var answers = new Dictionary<string, HttpResponseMessage>();
        foreach (var email in new[] { "known@example.org", "nobody@example.org" })
        {
            HttpResponseMessage last = null!;
            for (var i = 0; i < 4; i++)
            {
                last = await anonymous.PostAsJsonAsync("/api/v1/account/login", new { email, password = "still wrong" });
            }

            Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
            answers[email] = await anonymous.PostAsJsonAsync("/api/v1/account/login", new { email, password = Password });
        }

        var locked = await HttpAssert.ProblemAsync(answers["known@example.org"], HttpStatusCode.TooManyRequests);
        var lockedUnknown = await HttpAssert.ProblemAsync(answers["nobody@example.org"], HttpStatusCode.TooManyRequests);
        var text = locked.GetProperty("detail").GetString()!;
        Assert.Contains("paused for 15 minutes", text, StringComparison.Ordinal);
        Assert.NotEqual(Detail(await wrong.Content.ReadAsStringAsync()), text);
        Assert.Equal(text, lockedUnknown.GetProperty("detail").GetString());
        Assert.Equal(locked.GetProperty("title").GetString(), lockedUnknown.GetProperty("title").GetString());
        Assert.InRange(answers["known@example.org"].Headers.RetryAfter!.Delta!.Value.TotalMinutes, 14, 15);
        Assert.InRange(answers["nobody@example.org"].Headers.RetryAfter!.Delta!.Value.TotalMinutes, 14, 15);

        // The lock is kept in the database (every server sees it), for both addresses, and names neither.
        Assert.Equal(2, await _db.CountAsync("SELECT count(*) FROM sign_in_failures WHERE locked_until > now()"));
        Assert.Equal(0, await _db.CountAsync("SELECT count(*) FROM sign_in_failures WHERE address_hash LIKE '%example%'"));

        // Signed-in sessions are not affected by a lock.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/history")).StatusCode);
    }

    [Fact]
    public async Task A_short_password_is_refused()
    {
        using var anonymous = _app.CreateClient();
        var response = await anonymous.PostAsJsonAsync("/api/v1/account/register", new { email = "short@example.org", password = "Sh0rt!pass" });
        Assert.Contains("at least 12", Assert.Single(await HttpAssert.FieldErrorAsync(response, "password")), StringComparison.Ordinal);
        Assert.Equal(0, await _db.CountAsync("SELECT count(*) FROM users"));
    }

    [Theory]
    [InlineData("password1234")]
    [InlineData("123456789012")]
    [InlineData("QwertyUiop123")]
    [InlineData("common@example.org")]
    public async Task Common_passwords_and_the_address_itself_are_refused(string password)
    {
        using var anonymous = _app.CreateClient();
        var response = await anonymous.PostAsJsonAsync("/api/v1/account/register", new { email = "common@example.org", password });
        var message = Assert.Single(await HttpAssert.FieldErrorAsync(response, "password"));
        Assert.Contains(password.Contains('@', StringComparison.Ordinal) ? "e-mail address" : "most common", message, StringComparison.Ordinal);
        Assert.Equal(0, await _db.CountAsync("SELECT count(*) FROM users"));
        Assert.True(Supple.Web.Accounts.CommonPasswordValidator.Count > 15_000);
    }

    [Fact]
    public async Task Deleting_an_account_removes_all_of_its_rows_at_once_and_nobody_elses()
    {
        using var keep = await _app.RegisterAndSignInAsync("keep@example.org", Password);
        using var gone = await _app.RegisterAndSignInAsync("gone@example.org", Password);
        foreach (var client in new[] { keep, gone })
        {
            (await client.PostAsync("/api/v1/disclaimer/acceptance", null)).EnsureSuccessStatusCode();
            var started = await client.PostAsJsonAsync("/api/v1/sessions", new { painBefore = 3, level = "gentle", only = new[] { "childs-pose" } });
            using var json = JsonDocument.Parse(await started.Content.ReadAsStringAsync());
            var id = json.RootElement.GetProperty("id").GetInt64();
            (await client.PostAsJsonAsync($"/api/v1/sessions/{id}/steps", new { steps = new[] { new { step = 0, end = "played" }, new { step = 1, end = "played" } } })).EnsureSuccessStatusCode();
            (await client.PostAsJsonAsync($"/api/v1/sessions/{id}/finish", new { painAfter = 2 })).EnsureSuccessStatusCode();
            (await client.PostAsJsonAsync("/api/v1/pain", new { score = 5 })).EnsureSuccessStatusCode();
        }

        var goneId = await UserIdAsync("gone@example.org");
        var keepId = await UserIdAsync("keep@example.org");
        Assert.True(await RowsOfAsync(goneId) >= 5);
        var keptBefore = await RowsOfAsync(keepId);

        var refused = await gone.PostAsJsonAsync("/api/v1/account/delete", new { password = "not it" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True(await RowsOfAsync(goneId) >= 5);

        var deleted = await gone.PostAsJsonAsync("/api/v1/account/delete", new { password = Password });
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(0, await RowsOfAsync(goneId));
        Assert.Equal(0, await _db.CountAsync("SELECT count(*) FROM users WHERE id = @id", ("id", goneId)));
        Assert.Equal(keptBefore, await RowsOfAsync(keepId));

        // The deleted account's token no longer works, and it does not bring the rows back.
        Assert.Equal(HttpStatusCode.Unauthorized, (await gone.GetAsync("/api/v1/history")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await gone.PostAsJsonAsync("/api/v1/pain", new { score = 1 })).StatusCode);
        Assert.Equal(0, await RowsOfAsync(goneId));
        Assert.Equal(HttpStatusCode.OK, (await keep.GetAsync("/api/v1/history")).StatusCode);
    }

    [Fact]
    public async Task Changing_the_password_signs_out_every_other_token_and_keeps_this_one()
    {
        using var client = await _app.RegisterAndSignInAsync("change@example.org", Password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/history")).StatusCode);
        using var other = _app.CreateClient();
        var otherTokens = await MultiUserApp.SignInForTokensAsync(other, "change@example.org", Password);
        other.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", otherTokens.AccessToken);

        var changed = await client.PostAsJsonAsync("/api/v1/account/manage/info", new { oldPassword = Password, newPassword = Password + " and more" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await other.GetAsync("/api/v1/history")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await other.PostAsJsonAsync("/api/v1/account/refresh", new { refreshToken = otherTokens.RefreshToken })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/history")).StatusCode);

        // The old password no longer signs in; the new one does.
        using var anonymous = _app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/account/login", new { email = "change@example.org", password = Password })).StatusCode);
        using var fresh = _app.CreateClient();
        fresh.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await MultiUserApp.SignInAsync(fresh, "change@example.org", Password + " and more"));
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/api/v1/history")).StatusCode);
    }

    [Fact]
    public async Task The_downloads_hold_the_signed_in_users_history_in_every_format()
    {
        using var client = await _app.RegisterAndSignInAsync("export@example.org", Password);
        (await client.PostAsJsonAsync("/api/v1/pain", new { score = 7, note = "export me" })).EnsureSuccessStatusCode();
        var started = await client.PostAsJsonAsync("/api/v1/sessions", new { painBefore = 4 });
        using var json = JsonDocument.Parse(await started.Content.ReadAsStringAsync());
        var id = json.RootElement.GetProperty("id").GetInt64();
        (await client.PostAsJsonAsync($"/api/v1/sessions/{id}/stop-for-pain", new { painAfter = 8 })).EnsureSuccessStatusCode();

        var fhir = await client.GetAsync("/api/v1/export?format=fhir");
        Assert.Equal("application/fhir+json", fhir.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", fhir.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        var bundle = Supple.Data.FhirExport.Read(await fhir.Content.ReadAsStringAsync());
        var scores = bundle.Entry.Select(e => e.Resource).OfType<Hl7.Fhir.Model.Observation>().Select(o => (int)((Hl7.Fhir.Model.Quantity)o.Value!).Value!.Value).Order();
        Assert.Equal([4, 7, 8], scores);
        Assert.Single(bundle.Entry.Select(e => e.Resource).OfType<Hl7.Fhir.Model.Flag>());

        var ics = Ical.Net.Calendar.Load(await client.GetStringAsync("/api/v1/export?format=ics"))!;
        Assert.Contains("it hurt", Assert.Single(ics.Events).Summary, StringComparison.Ordinal);
        var exported = Supple.Data.ExportFile.Parse(await client.GetStringAsync("/api/v1/export?format=json"));
        Assert.Equal("export me", Assert.Single(exported.PainEntries).Note);
        Assert.Contains("export me", await client.GetStringAsync("/api/v1/export?format=csv"), StringComparison.Ordinal);

        // A note a spreadsheet would run as a formula is downloaded as text (OWASP CSV injection).
        (await client.PostAsJsonAsync("/api/v1/pain", new { score = 1, note = "=HYPERLINK(\"http://evil.example/\",\"open\")" })).EnsureSuccessStatusCode();
        var csv = await client.GetStringAsync("/api/v1/export?format=csv");
        Assert.Contains("'=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.DoesNotMatch("(^|,)\"?=HYPERLINK", csv);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/export?format=pdf")).StatusCode);
    }

    private static string? Detail(string body)
    {
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("detail").GetString();
    }

    private async Task<string> UserIdAsync(string email)
    {
        await using var connection = new Npgsql.NpgsqlConnection(_db.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT id FROM users WHERE email = @e", connection);
        command.Parameters.AddWithValue("e", email);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private async Task<long> RowsOfAsync(string userId)
    {
        var total = 0L;
        foreach (var table in new[] { "sessions", "stretch_records", "pain_entries", "user_settings", "day_summaries", "stretch_summaries", "user_stats", "user_documents" })
        {
            total += await _db.CountAsync($"SELECT count(*) FROM {table} WHERE user_id = @id", ("id", userId));
        }

        return total;
    }
}
