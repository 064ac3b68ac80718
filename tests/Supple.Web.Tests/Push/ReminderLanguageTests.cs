using System.Globalization;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Supple.Core.Localization;
using Supple.Core.Reminders;
using Supple.Data;
using Supple.Web.Push;
using Supple.Web.Resources;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Push;

/// <summary>
/// A pushed reminder is written in the subscriber's language, the one kept with their data (there is no request to
/// take one from): title, body, the stretches' names and the buttons; English when none is kept, as before.
/// </summary>
public sealed class ReminderLanguageTests : IAsyncLifetime
{
    private SuppleApp _app = null!;

    public static TheoryData<string> Languages => [.. SuppleCultures.Languages.Where(l => l != SuppleCultures.English)];

    public async Task InitializeAsync()
    {
        _app = await SuppleApp.StartInMemoryAsync();
        using var client = _app.CreateClient();
        (await client.PostAsJsonAsync("/api/v1/disclaimer/acceptance", new { }, SuppleApp.Json)).EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_shipped_language_has_every_key_and_the_same_arguments(string language)
    {
        var problems = ResourceTranslationCheck.Check(NotificationText.Resources, language, out var missing);

        Assert.Empty(problems);
        Assert.Empty(missing);
    }

    [Fact]
    public async Task Without_a_kept_language_a_reminder_is_in_English_as_before()
    {
        var daily = await ComposeAsync(ReminderKind.Daily);

        Assert.Equal("Time for today’s stretches", daily.Title);
        Assert.Matches(@"^7 stretches\. About \d+ minutes\.$", daily.Body);
        Assert.Equal(["Start now", "Later"], daily.Actions.Select(a => a.Title));
    }

    [Fact]
    public async Task A_reminder_is_in_the_subscribers_kept_language_whatever_the_sending_thread_speaks()
    {
        await KeepLanguageAsync("de");
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = SuppleCultures.Get("fr");
        try
        {
            var daily = await ComposeAsync(ReminderKind.Daily);
            Assert.Equal("Zeit für die heutigen Dehnübungen", daily.Title);
            Assert.Matches(@"^7 Dehnübungen\. Etwa \d+ Minuten\.$", daily.Body);
            Assert.Equal(["Jetzt starten", "Später"], daily.Actions.Select(a => a.Title));

            var deskBreak = await ComposeAsync(ReminderKind.DeskBreak);
            Assert.Equal("Zeit für eine Schreibtischpause", deskBreak.Title);
            Assert.StartsWith("Eine kurze Pause: ", deskBreak.Body, StringComparison.Ordinal);
            Assert.Contains(" und ", deskBreak.Body, StringComparison.Ordinal);
            Assert.Equal("fr", CultureInfo.CurrentUICulture.Name); // the sender's culture is left as it was
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public async Task Under_the_pseudo_locale_a_reminder_has_no_plain_English()
    {
        await KeepLanguageAsync(PseudoLocale.Name);

        foreach (var kind in new[] { ReminderKind.Daily, ReminderKind.DeskBreak })
        {
            var message = await ComposeAsync(kind);
            foreach (var text in new[] { message.Title, message.Body }.Concat(message.Actions.Select(a => a.Title)))
            {
                Assert.True(PseudoLocale.IsTransformed(text) || text.Split(": ")[^1].Contains('·', StringComparison.Ordinal), text);
                Assert.DoesNotMatch(@"(?<![\p{L}])(stretch|stretches|About|minutes|break|Time|Start|Later)(?![\p{L}])", text);
            }
        }
    }

    // i18n-web3: a subscriber who kept no language gets reminders in the language their browser subscribed in.
    [Theory]
    [InlineData("es-ES,es;q=0.9", "Es hora de los estiramientos de hoy")]
    [InlineData("fr", "C’est l’heure des étirements du jour")]
    public async Task Without_a_kept_language_a_reminder_is_in_the_language_the_browser_subscribed_in(string acceptLanguage, string title)
    {
        await SubscribeAsync(acceptLanguage);

        Assert.Equal(title, (await ComposeAsync(ReminderKind.Daily)).Title);

        await KeepLanguageAsync("de"); // a kept language still comes first
        Assert.Equal("Zeit für die heutigen Dehnübungen", (await ComposeAsync(ReminderKind.Daily)).Title);
    }

    [Fact]
    public async Task A_browser_that_subscribed_in_English_gets_English_as_before()
    {
        await SubscribeAsync("en-GB");

        Assert.Equal("Time for today’s stretches", (await ComposeAsync(ReminderKind.Daily)).Title);
    }

    private async Task SubscribeAsync(string acceptLanguage)
    {
        using var keys = new BrowserPushKeys();
        using var client = _app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/v1/push/subscription")
        {
            Content = JsonContent.Create(new { endpoint = "https://fcm.googleapis.com/fcm/send/lang-" + Guid.NewGuid().ToString("N"), keys = new { p256dh = keys.P256dh, auth = keys.Auth }, daily = true }),
        };
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        (await client.SendAsync(request)).EnsureSuccessStatusCode();
    }

    private async Task KeepLanguageAsync(string language)
    {
        await using var store = await _app.App.Services.GetRequiredService<SuppleStoreFactory>().OpenAsync("local");
        await store.SaveDocumentAsync(UserDocuments.Language, $$"""{"Language":"{{language}}"}""");
    }

    private async Task<ReminderMessage> ComposeAsync(ReminderKind kind)
    {
        var message = await _app.App.Services.GetRequiredService<ReminderComposer>().ComposeAsync("local", kind, 0, CancellationToken.None);
        Assert.NotNull(message);
        return message;
    }
}
