using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;
using Supple.Core.Localization;
using Supple.Data;
using Supple.Data.Identity;
using Supple.Web.Accounts;
using Supple.Web.Hosting;
using Supple.Web.Localization;
using Supple.Web.Mail;
using Supple.Web.Resources;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Localization;

/// <summary>
/// What the account pages, the account API and the account e-mails say (<see cref="AccountText"/>): every key in
/// English and in every shipped language; the messages in the current culture; the e-mails in the recipient's
/// language (kept with their data, else the request's), written through the real <see cref="AccountMail"/> over a
/// real SQLite store.
/// </summary>
public sealed partial class AccountTextTests : IAsyncLifetime
{
    private SuppleApp _app = null!;

    public static TheoryData<string> Languages => [.. SuppleCultures.Languages.Where(l => l != SuppleCultures.English)];

    public async Task InitializeAsync() => _app = await SuppleApp.StartInMemoryAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public void Every_key_used_in_code_is_in_the_English_resources()
    {
        var keys = typeof(AccountText).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        var localizer = new SuppleStringLocalizer(AccountText.Resources, SuppleCultures.Get("en"));

        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.False(localizer[key].ResourceNotFound, key));
        Assert.Equal(keys.Order(StringComparer.Ordinal), localizer.GetAllStrings(includeParentCultures: true).Select(s => s.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_shipped_language_has_every_key_and_the_same_arguments(string language)
    {
        var problems = ResourceTranslationCheck.Check(AccountText.Resources, language, out var missing);

        Assert.Empty(problems);
        Assert.Empty(missing);
    }

    [Fact]
    public void The_messages_follow_the_current_culture_and_English_is_unchanged()
    {
        Assert.Equal("The e-mail address or the password is wrong.", In("en", () => AccountMessages.FailedSignIn));
        Assert.Equal("Too many failed sign-ins with this e-mail address. Signing in with it is paused for 1 minute; try again after that. If you have forgotten your password, you can reset it.",
            In("en", () => AccountMessages.Locked(TimeSpan.FromSeconds(10))));
        Assert.Contains("15 minutes;", In("en", () => AccountMessages.Locked(TimeSpan.FromMinutes(14.2))), StringComparison.Ordinal);
        Assert.Equal("Passwords must be at least 12 characters.", In("en", () => AccountMessages.PasswordTooShort(12)));

        Assert.Equal("Die E-Mail-Adresse oder das Passwort ist falsch.", In("de", () => AccountMessages.FailedSignIn));
        Assert.Contains("für 1 Minute pausiert", In("de", () => AccountMessages.Locked(TimeSpan.FromSeconds(10))), StringComparison.Ordinal);
        Assert.Contains("durante 15 minutos", In("es", () => AccountMessages.Locked(TimeSpan.FromMinutes(15))), StringComparison.Ordinal);
        Assert.Equal("Le mot de passe doit comporter au moins 12 caractères.", In("fr", () => AccountMessages.PasswordTooShort(12)));
        Assert.Equal("Zwei-Faktor-Code nötig", In("de", () => AccountMessages.TwoFactorRequiredTitle));
        Assert.Equal("Mit dieser E-Mail-Adresse gibt es schon ein Konto. Melde dich stattdessen an.",
            In("de", () => AccountMessages.Describe(new() { Code = "DuplicateEmail", Description = "Email 'a@b.c' is already taken." })));
        Assert.Equal("Das Passwort muss mindestens 12 Zeichen lang sein.",
            In("de", () => AccountMessages.Describe(new SuppleIdentityErrorDescriber().PasswordTooShort(12))));

        foreach (var message in In(PseudoLocale.Name, () => new[]
        {
            AccountMessages.FailedSignIn, AccountMessages.Locked(TimeSpan.FromMinutes(3)), AccountMessages.MailOff, AccountMessages.PasskeyAdded,
            AccountMessages.Describe(new() { Code = "PasswordMismatch", Description = "Incorrect password." }), AccountMessages.PasswordTooShort(12),
        }))
        {
            Assert.Empty(PlainEnglish(message, "docs", "DEPLOYMENT", "md", "Supple"));
        }
    }

    [Fact]
    public async Task An_e_mail_is_in_the_language_kept_with_the_account_not_the_requests()
    {
        await SaveLanguageAsync("ana", "de");
        var (mail, outbox) = Mail(acceptLanguage: "fr");

        Assert.True(await mail.SendPasswordChangedAsync(User("ana"), new DateTimeOffset(2026, 12, 5, 15, 30, 0, TimeSpan.FromHours(1))));

        var message = await ReadAsync(outbox);
        Assert.Equal("Dein Passwort für Supple wurde geändert", message.Subject);
        Assert.Equal("de", message.Headers[HeaderId.ContentLanguage]);
        Assert.StartsWith("Hallo,\n\ndas Passwort deines Supple-Kontos wurde am 5. Dezember 2026, 14:30 UTC geändert.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("(https://supple.example/account/forgot-password)", message.TextBody, StringComparison.Ordinal);
        Assert.NotEqual("de", CultureInfo.CurrentUICulture.TwoLetterISOLanguageName); // the culture is put back
    }

    [Fact]
    public async Task Without_a_kept_language_an_e_mail_is_in_the_requests_language_else_English_as_before()
    {
        var (spanish, spanishOutbox) = Mail(acceptLanguage: "es-ES, en;q=0.5");
        Assert.True(await spanish.SendConfirmationAsync(User("bo"), "CODE"));
        var confirm = await ReadAsync(spanishOutbox);
        Assert.Equal("Confirma tu correo electrónico para Supple", confirm.Subject);
        Assert.Contains("https://supple.example/account/confirm-email?userId=bo&code=CODE", confirm.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("Hola:", confirm.TextBody, StringComparison.Ordinal);

        var (english, englishOutbox) = Mail(acceptLanguage: null);
        Assert.True(await english.SendNewSignInAsync(User("cy"), new SignInRecord("s1", SessionMethods.BrowserKind, SessionMethods.Passkey, null,
            new DateTimeOffset(2026, 12, 5, 14, 30, 0, TimeSpan.Zero), NewClient: true)));
        var signIn = await ReadAsync(englishOutbox);
        Assert.Equal("A new sign-in to your Supple account", signIn.Subject);
        Assert.Equal(
            """
            Hello,

            Your Supple account was signed in to on 5 December 2026, 14:30 UTC, from a browser or app we could not name (passkey).

            If that was you, there is nothing to do. If it was not, change your password and sign out everywhere from your account page: https://supple.example/account/settings
            """.ReplaceLineEndings("\n"), signIn.TextBody!.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Under_the_pseudo_locale_an_e_mail_has_no_plain_English()
    {
        await SaveLanguageAsync("dee", PseudoLocale.Name);
        var (mail, outbox) = Mail(acceptLanguage: "en");

        Assert.True(await mail.SendPasswordResetAsync(User("dee"), "CODE"));

        var message = await ReadAsync(outbox);
        Assert.Empty(PlainEnglish(message.Subject!, "Supple"));
        Assert.Empty(PlainEnglish(Link().Replace(message.TextBody!, ""), "Supple"));
    }

    private (AccountMail Mail, MailOutbox Outbox) Mail(string? acceptLanguage)
    {
        var setup = new MailSetup(Options.Create(new MailOptions { Host = "mail.example", From = "supple@example.org" }),
            Options.Create(new SuppleWebOptions { PublicUrl = new Uri("https://supple.example/") }));
        var outbox = new MailOutbox();
        var context = new DefaultHttpContext();
        if (acceptLanguage is not null)
        {
            context.Request.Headers.AcceptLanguage = acceptLanguage;
        }

        var language = new RecipientLanguage(_app.App.Services.GetRequiredService<SuppleStoreFactory>(), NullLogger<RecipientLanguage>.Instance);
        return (new AccountMail(setup, outbox, language, new HttpContextAccessor { HttpContext = context }), outbox);
    }

    private async Task SaveLanguageAsync(string userId, string language)
    {
        await using var store = await _app.App.Services.GetRequiredService<SuppleStoreFactory>().OpenAsync(userId);
        await store.SaveDocumentAsync(UserDocuments.Language, $$"""{"Language":"{{language}}"}""");
    }

    private static SuppleUser User(string id) => new() { Id = id, Email = id + "@example.org", UserName = id + "@example.org" };

    private static async Task<MimeMessage> ReadAsync(MailOutbox outbox)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await outbox.Reader.ReadAsync(timeout.Token);
    }

    private static T In<T>(string language, Func<T> read) => RecipientLanguage.Write(SuppleCultures.Get(language), read);

    private static List<string> PlainEnglish(string text, params string[] allowed) =>
        [.. AsciiWord().Matches(text).Select(m => m.Value).Where(w => !allowed.Contains(w, StringComparer.Ordinal) && w != "UTC")];

    [GeneratedRegex(@"(?<![\p{L}])[A-Za-z]{2,}(?![\p{L}])")]
    private static partial Regex AsciiWord();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
