using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Supple.Core.Localization;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Localization;

/// <summary>
/// <c>PUT /api/v1/push/subscription</c> refuses a subscription it cannot use in the request's language
/// (<c>Accept-Language</c>), over real HTTP: the problem's title and each field's message (the push service, the two
/// keys, the time zone). Field names, <c>https</c>, <c>P-256</c>, <c>base64url</c> and <c>Europe/London</c> are as
/// typed; English is word for word as before.
/// </summary>
public sealed partial class PushSubscriptionLanguageTests : IAsyncLifetime
{
    private static readonly string[] Fields = ["endpoint", "keys.p256dh", "keys.auth", "timeZone"];

    private SuppleApp _app = null!;

    public async Task InitializeAsync() => _app = await SuppleApp.StartOnLoopbackAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task English_is_word_for_word_as_before()
    {
        var (title, messages) = await RefusalAsync("en");

        Assert.Equal("The subscription could not be saved.", title);
        Assert.Equal("Not a push service this server sends to: it must be the https address a browser's push subscription gives.", messages["endpoint"]);
        Assert.Equal("The browser's public key must be an uncompressed P-256 point (65 bytes), base64url.", messages["keys.p256dh"]);
        Assert.Equal("The browser's authentication secret must be 16 bytes, base64url.", messages["keys.auth"]);
        Assert.Equal("Not a time zone: use an IANA name such as Europe/London.", messages["timeZone"]);
    }

    [Fact]
    public async Task German_refusal_is_in_German()
    {
        var (title, messages) = await RefusalAsync("de");

        Assert.Equal("Das Abonnement konnte nicht gespeichert werden.", title);
        Assert.Equal("Kein Push-Dienst, an den dieser Server sendet: Es muss die https-Adresse sein, die das Push-Abonnement eines Browsers angibt.", messages["endpoint"]);
        Assert.Equal("Der öffentliche Schlüssel des Browsers muss ein unkomprimierter P-256-Punkt sein (65 Bytes), in base64url.", messages["keys.p256dh"]);
        Assert.Equal("Das Authentifizierungsgeheimnis des Browsers muss 16 Bytes lang sein, in base64url.", messages["keys.auth"]);
        Assert.Equal("Keine Zeitzone: Verwende einen IANA-Namen wie Europe/London.", messages["timeZone"]);
    }

    [Theory]
    [InlineData("es", "No se ha podido guardar la suscripción.", "No es una zona horaria: usa un nombre IANA como Europe/London.")]
    [InlineData("fr", "L’abonnement n’a pas pu être enregistré.", "Ce n’est pas un fuseau horaire : utilisez un nom IANA comme Europe/London.")]
    public async Task Spanish_and_French_refusals_are_in_their_language(string language, string title, string timeZone)
    {
        var refusal = await RefusalAsync(language);

        Assert.Equal(title, refusal.Title);
        Assert.Equal(timeZone, refusal.Messages["timeZone"]);
    }

    [Fact]
    public async Task Under_the_pseudo_locale_nothing_is_plain_English_but_what_is_typed_as_is()
    {
        var (title, messages) = await RefusalAsync(PseudoLocale.Name);

        var texts = messages.Values.Prepend(title).ToList();
        var english = texts
            .Select(t => TypedAsIs().Replace(t, ""))
            .SelectMany(t => AsciiWord().Matches(t).Select(w => w.Value))
            .ToList();
        Assert.True(english.Count == 0, string.Join(" | ", texts));
        Assert.Contains("Europe/London", messages["timeZone"], StringComparison.Ordinal);
    }

    /// <summary>The title and the first message of each field of a subscription wrong in every field.</summary>
    private async Task<(string Title, Dictionary<string, string> Messages)> RefusalAsync(string language)
    {
        using var client = _app.CreateClient();
        const string Body = """{"endpoint":"http://push.invalid/x","keys":{"p256dh":"AAAA","auth":"!!"},"timeZone":"Mars/Olympus"}""";
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/v1/push/subscription")
        {
            Content = new StringContent(Body, Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept-Language", language);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        var messages = Fields.ToDictionary(f => f, f => errors.GetProperty(f)[0].GetString()!, StringComparer.Ordinal);
        return (problem.GetProperty("title").GetString()!, messages);
    }

    [GeneratedRegex(@"https|P-256|base64url|Europe/London")]
    private static partial Regex TypedAsIs();

    [GeneratedRegex(@"(?<![\p{L}])[A-Za-z]{2,}(?![\p{L}])")]
    private static partial Regex AsciiWord();
}
