using System.Net.Http.Json;
using System.Text.Json;
using Supple.Core.Localization;
using Supple.Web.Lan;
using Supple.Web.Localization;
using Supple.Web.Pwa;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Localization;

/// <summary>
/// The web manifest in the request's language (name, short name, description and <c>lang</c>), English as before; the
/// LAN pairing answers (<see cref="LanText"/>) and the offline queue's refusal (<see cref="PwaText"/>) in the current
/// culture.
/// </summary>
public sealed class ManifestAndLanLanguageTests : IAsyncLifetime
{
    private SuppleApp _app = null!;

    public async Task InitializeAsync() => _app = await SuppleApp.StartInMemoryAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_manifest_is_in_the_requests_language_and_says_which()
    {
        var english = await ManifestAsync(null);
        Assert.Equal("Supple — upper-back stretches", english.GetProperty("name").GetString());
        Assert.Equal("Supple", english.GetProperty("short_name").GetString());
        Assert.Equal("A guided stretching coach for upper-back pain: seven stretches, timed for you, with a pain diary and daily reminders.", english.GetProperty("description").GetString());
        Assert.Equal("en", english.GetProperty("lang").GetString());

        var german = await ManifestAsync("de-DE, en;q=0.5");
        Assert.Equal("Supple – Dehnübungen für den oberen Rücken", german.GetProperty("name").GetString());
        Assert.StartsWith("Ein geführter Dehn-Coach", german.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("de-DE", german.GetProperty("lang").GetString());
        Assert.Equal(english.GetProperty("start_url").GetString(), german.GetProperty("start_url").GetString());

        var french = await ManifestAsync("fr");
        Assert.Equal("fr", french.GetProperty("lang").GetString());
        Assert.Equal("Supple — étirements du haut du dos", french.GetProperty("name").GetString());

        var pseudo = await ManifestAsync(PseudoLocale.Name);
        Assert.True(PseudoLocale.IsTransformed(pseudo.GetProperty("description").GetString()!));
        Assert.True(PseudoLocale.IsTransformed(pseudo.GetProperty("name").GetString()!));
    }

    [Fact]
    public void The_pairing_answers_and_the_offline_queues_refusal_follow_the_culture()
    {
        Assert.Equal("That is not the code. Check the six digits in the terminal where Supple runs and try again.", In("en", () => LanText.WrongCode));
        Assert.Equal("Tries left from this device: 4.", In("en", () => LanText.TriesLeft(4)));
        Assert.Equal("Verbleibende Versuche von diesem Gerät: 4.", In("de", () => LanText.TriesLeft(4)));
        Assert.Equal("Dieses Gerät ist nicht mit Supple gekoppelt.", In("de", () => LanText.NotPairedTitle));
        Assert.Contains("`supple serve --lan`", In("es", () => LanText.NotPairedDetail), StringComparison.Ordinal);
        Assert.Equal("Als jemand anderes angemeldet", In("de", () => PwaText.OtherAccountTitle));
        Assert.All(In(PseudoLocale.Name, () => new[] { LanText.WrongCode, LanText.AddressLocked, LanText.Closed, LanText.ThisMachine, PwaText.OtherAccountDetail }),
            text => Assert.True(PseudoLocale.IsTransformed(text), text));
    }

    private async Task<JsonElement> ManifestAsync(string? language)
    {
        using var client = _app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/manifest.webmanifest");
        if (language is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", language);
        }

        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
    }

    private static T In<T>(string language, Func<T> read) => RecipientLanguage.Write(SuppleCultures.Get(language), read);
}
