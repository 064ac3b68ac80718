using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Accounts;

/// <summary>
/// The account e-mails through a real SMTP server in the test process (with a login, as most mail servers want):
/// confirming an address, the password reset link (sent only to a confirmed address of an account, with the same
/// answer either way), "your password was changed" and "a new sign-in". Without mail settings the server says at
/// start-up what is missing, and the features that need mail say so. PostgreSQL.
/// </summary>
public sealed class AccountMailTests : IAsyncLifetime
{
    private const string Password = "a long enough passphrase";
    private readonly PostgreSqlTestDatabase _db = new();
    private readonly TestMailServer _mail = new("supple-mailer", "mail server secret");
    private MultiUserApp _app = null!;

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        _app = await MultiUserApp.StartAsync(_db.ConnectionString, settings: _mail.Settings(new Uri("http://localhost/")));
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await _mail.StopAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task Registering_sends_a_link_that_confirms_the_address()
    {
        using var client = _app.CreateClient();
        (await client.PostAsJsonAsync("/api/v1/account/register", new { email = "confirm@example.org", password = Password })).EnsureSuccessStatusCode();
        var mail = await _mail.WaitForAsync("confirm@example.org", "Confirm your e-mail address");
        Assert.Equal("supple@example.org", Assert.Single(mail.From.Mailboxes).Address);
        var link = TestMailServer.LinkIn(mail);
        Assert.Equal("/account/confirm-email", link.AbsolutePath);
        Assert.Equal(0, await _db.CountAsync("SELECT count(*) FROM users WHERE email_confirmed"));

        var page = await client.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("is confirmed", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await _db.CountAsync("SELECT count(*) FROM users WHERE email_confirmed"));

        // A tampered link confirms nothing.
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(link.PathAndQuery.Replace("code=", "code=x", StringComparison.Ordinal))).StatusCode);
    }

    [Fact]
    public async Task A_reset_link_goes_only_to_a_confirmed_account_and_the_answer_is_the_same_for_every_address()
    {
        using var person = await RegisterConfirmedAsync("forgetful@example.org");
        using var unconfirmed = await _app.RegisterAndSignInAsync("unconfirmed@example.org", Password);
        await _mail.WaitForAsync("unconfirmed@example.org", "Confirm");
        using var anonymous = _app.CreateClient();
        var answers = new List<string>();
        foreach (var email in new[] { "forgetful@example.org", "nobody@example.org", "unconfirmed@example.org" })
        {
            var response = await anonymous.PostAsJsonAsync("/api/v1/account/forgotPassword", new { email });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            answers.Add(await response.Content.ReadAsStringAsync());
        }

        Assert.Single(answers.Distinct());
        var reset = await _mail.WaitForAsync("forgetful@example.org", "new Supple password");
        await Task.Delay(1000);
        Assert.Equal(0, _mail.CountTo("nobody@example.org"));
        Assert.Equal(0, _mail.CountTo("unconfirmed@example.org", "new Supple password"));
        Assert.Equal(1, _mail.CountTo("forgetful@example.org", "new Supple password"));
        Assert.Contains("within an hour", reset.TextBody, StringComparison.Ordinal);
        Assert.Equal("/account/reset-password", TestMailServer.LinkIn(reset).AbsolutePath);
    }

    [Fact]
    public async Task Resetting_the_password_signs_out_every_session_sends_a_notice_and_works_once()
    {
        using var person = await RegisterConfirmedAsync("reset@example.org");
        var (_, refresh) = await MultiUserApp.SignInForTokensAsync(_app.CreateClient(), "reset@example.org", Password);
        using var anonymous = _app.CreateClient();
        (await anonymous.PostAsJsonAsync("/api/v1/account/forgotPassword", new { email = "reset@example.org" })).EnsureSuccessStatusCode();
        var link = TestMailServer.LinkIn(await _mail.WaitForAsync("reset@example.org", "new Supple password"));
        var code = System.Web.HttpUtility.ParseQueryString(link.Query)["code"]!;

        var common = await anonymous.PostAsJsonAsync("/api/v1/account/resetPassword", new { email = "reset@example.org", resetCode = code, newPassword = "password1234" });
        Assert.Contains("most common", Assert.Single(await HttpAssert.FieldErrorAsync(common, "newPassword")), StringComparison.Ordinal);

        var done = await anonymous.PostAsJsonAsync("/api/v1/account/resetPassword", new { email = "reset@example.org", resetCode = code, newPassword = "a brand new passphrase" });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var notice = await _mail.WaitForAsync("reset@example.org", "password was changed");
        Assert.Contains("signed out", notice.TextBody, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Unauthorized, (await person.GetAsync("/api/v1/history")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/account/refresh", new { refreshToken = refresh })).StatusCode);
        var again = await anonymous.PostAsJsonAsync("/api/v1/account/resetPassword", new { email = "reset@example.org", resetCode = code, newPassword = "yet another passphrase" });
        Assert.Contains("expired", Assert.Single(await HttpAssert.FieldErrorAsync(again, "resetCode")), StringComparison.Ordinal);
        await MultiUserApp.SignInAsync(anonymous, "reset@example.org", "a brand new passphrase");
    }

    [Fact]
    public async Task A_sign_in_from_a_new_browser_or_program_and_a_password_change_are_reported_by_mail()
    {
        using var person = await RegisterConfirmedAsync("notice@example.org");
        using var script = _app.CreateClient();
        script.DefaultRequestHeaders.UserAgent.ParseAdd("curl/8.5.0");
        await MultiUserApp.SignInAsync(script, "notice@example.org", Password);
        await _mail.WaitForAsync("notice@example.org", "new sign-in", text: "from curl/8.5.0 (password)");

        // The same program again, while its first session lasts: no second notice.
        await MultiUserApp.SignInAsync(script, "notice@example.org", Password);
        var changed = await person.PostAsJsonAsync("/api/v1/account/manage/info", new { oldPassword = Password, newPassword = Password + " changed" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        await _mail.WaitForAsync("notice@example.org", "password was changed");
        Assert.Single(_mail.All, m => (m.TextBody ?? "").Contains("curl/8.5.0", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_mail_settings_the_server_says_what_is_missing_and_the_mail_features_say_so()
    {
        var logs = new LogCapture();
        await using var app = await MultiUserApp.StartAsync(_db.ConnectionString, configure: b => b.Logging.AddProvider(logs));
        // The mail sender is a background service: its start-up warning may come just after the host has started.
        for (var waited = 0; waited < 100 && !logs.Entries.Any(e => e.Text.Contains("E-mail is off", StringComparison.Ordinal)); waited++)
        {
            await Task.Delay(100);
        }

        var warning = Assert.Single(logs.Entries, e => e.Level == LogLevel.Warning && e.Text.Contains("E-mail is off", StringComparison.Ordinal));
        Assert.Contains("Supple:Mail:Host, Supple:Mail:From, Supple:Web:PublicUrl", warning.Text, StringComparison.Ordinal);

        using var client = app.CreateClient();
        var forgot = await HttpAssert.ProblemAsync(await client.PostAsJsonAsync("/api/v1/account/forgotPassword", new { email = "x@example.org" }), HttpStatusCode.ServiceUnavailable);
        Assert.Contains("not set up to send e-mail", forgot.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("not set up to send e-mail", await client.GetStringAsync("/account/forgot-password"), StringComparison.Ordinal);

        // Everything else works: registering and signing in need no mail.
        using var person = await app.RegisterAndSignInAsync("no-mail@example.org", Password);
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/api/v1/history")).StatusCode);
    }

    [Fact]
    public async Task A_mail_server_that_refuses_our_login_gets_nothing_and_the_server_logs_it()
    {
        var strict = new TestMailServer("someone-else", "another secret");
        try
        {
            await SendsNothingAsync(strict);
        }
        finally
        {
            await strict.StopAsync();
        }
    }

    private async Task SendsNothingAsync(TestMailServer strict)
    {
        var logs = new LogCapture();
        var settings = strict.Settings(new Uri("http://localhost/"));
        settings["Supple:Mail:UserName"] = "supple-mailer";
        settings["Supple:Mail:Password"] = "wrong secret";
        await using var app = await MultiUserApp.StartAsync(_db.ConnectionString, settings: settings, configure: b => b.Logging.AddProvider(logs));
        using var client = app.CreateClient();
        (await client.PostAsJsonAsync("/api/v1/account/register", new { email = "refused@example.org", password = Password })).EnsureSuccessStatusCode();

        var deadline = DateTime.UtcNow.AddSeconds(40);
        while (!logs.Entries.Any(e => e.Text.Contains("could not be sent", StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }

        var entry = Assert.Single(logs.Entries, e => e.Text.Contains("could not be sent", StringComparison.Ordinal));
        Assert.Contains("refused@example.org", entry.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("code=", entry.Text, StringComparison.Ordinal);
        Assert.Empty(strict.All);
    }

    // Registers through the API, confirms the address from the e-mailed link, and returns a signed-in client.
    private async Task<HttpClient> RegisterConfirmedAsync(string email)
    {
        var client = await _app.RegisterAndSignInAsync(email, Password);
        var link = TestMailServer.LinkIn(await _mail.WaitForAsync(email, "Confirm"));
        using var anonymous = _app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(link.PathAndQuery)).StatusCode);
        Assert.Equal(1, await _db.CountAsync("SELECT count(*) FROM users WHERE email = @e AND email_confirmed", ("e", email)));
        return client;
    }
}
