using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Supple.Core.Localization;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Localization;

/// <summary>
/// The field messages inside the API's validation problems are in the request's language (<c>Accept-Language</c>),
/// over real HTTP (Kestrel on loopback): the checks of the request records (<c>FieldErrors</c>, the routine's level
/// and ids, the pain entry's area) and the descriptions of a JSON body the strict reader refused (<c>JsonErrorText</c>).
/// Field names (the keys of <c>errors</c>) never change; English is word for word as before; nothing is plain English
/// under the pseudo-locale but the fields and values the client sent.
/// </summary>
public sealed partial class ApiFieldLanguageTests : IAsyncLifetime
{
    private SuppleApp _app = null!;

    public async Task InitializeAsync() => _app = await SuppleApp.StartOnLoopbackAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static readonly (string Name, HttpMethod Method, string Path, string? Body, string Field)[] Requests =
    [
        ("no score", HttpMethod.Post, "/api/v1/pain", "{}", "score"),
        ("score 11", HttpMethod.Post, "/api/v1/pain", "{\"score\":11}", "score"),
        ("unknown area", HttpMethod.Post, "/api/v1/pain", "{\"score\":3,\"area\":\"knee\"}", "area"),
        ("score as text", HttpMethod.Post, "/api/v1/pain", "{\"score\":\"three\"}", "score"),
        ("mistyped member", HttpMethod.Post, "/api/v1/pain", "{\"scroe\":3}", "scroe"),
        ("unknown id", HttpMethod.Get, "/api/v1/timeline?only=nope", null, "only"),
        ("bad level", HttpMethod.Get, "/api/v1/timeline?level=hard", null, "level"),
    ];

    [Fact]
    public async Task English_field_messages_are_word_for_word_as_before()
    {
        var messages = await MessagesAsync("en");

        Assert.Equal("A pain score is required: a whole number from 0 (no pain) to 10 (worst).", messages["no score"]);
        Assert.Equal("11 is out of range: a pain score is from 0 (no pain) to 10 (worst).", messages["score 11"]);
        Assert.StartsWith("Unknown body area. Known areas: ", messages["unknown area"], StringComparison.Ordinal);
        Assert.Equal("This must be a whole number.", messages["score as text"]);
        Assert.Equal("Unknown member 'scroe'. Did you mean 'score'?", messages["mistyped member"]);
        Assert.StartsWith("Unknown stretch id: nope. Known ids: shoulder-blade-squeeze, ", messages["unknown id"], StringComparison.Ordinal);
        Assert.Equal("The level must be one of: gentle, standard, full.", messages["bad level"]);
    }

    [Theory]
    [InlineData("de", "Ein Schmerzwert ist nötig: eine ganze Zahl von 0 (kein Schmerz) bis 10 (am schlimmsten).",
        "11 liegt außerhalb des Bereichs", "Unbekannter Körperbereich. Bekannte Bereiche: ", "Hier wird eine ganze Zahl erwartet.",
        "Unbekanntes Element 'scroe'. Meintest du 'score'?", "Unbekannte Übungs-Id: nope. Bekannte Ids: shoulder-blade-squeeze, ",
        "Die Stufe muss eine von diesen sein: gentle, standard, full.")]
    [InlineData("es", "Hace falta una puntuación de dolor: un número entero de 0 (sin dolor) a 10 (el peor).",
        "11 está fuera de rango", "Zona del cuerpo desconocida. Zonas conocidas: ", "Esto debe ser un número entero.",
        "Miembro desconocido 'scroe'. ¿Querías decir 'score'?", "Id de estiramiento desconocido: nope. Ids conocidos: shoulder-blade-squeeze, ",
        "El nivel debe ser uno de: gentle, standard, full.")]
    [InlineData("fr", "Un niveau de douleur est requis : un nombre entier de 0 (aucune douleur) à 10 (la pire).",
        "11 est hors limites", "Zone du corps inconnue. Zones connues : ", "Ceci doit être un nombre entier.",
        "Membre inconnu 'scroe'. Vouliez-vous dire 'score' ?", "Identifiant d’étirement inconnu : nope. Identifiants connus : shoulder-blade-squeeze, ",
        "Le niveau doit être l’un de : gentle, standard, full.")]
    public async Task Field_messages_are_in_the_requests_language_and_the_fields_are_not(
        string language, string noScore, string score11, string area, string asText, string mistyped, string unknownId, string level)
    {
        var messages = await MessagesAsync(language);

        Assert.Equal(noScore, messages["no score"]);
        Assert.StartsWith(score11, messages["score 11"], StringComparison.Ordinal);
        Assert.StartsWith(area, messages["unknown area"], StringComparison.Ordinal);
        Assert.Equal(asText, messages["score as text"]);
        Assert.Equal(mistyped, messages["mistyped member"]);
        Assert.StartsWith(unknownId, messages["unknown id"], StringComparison.Ordinal);
        Assert.Equal(level, messages["bad level"]);
    }

    [Fact]
    public async Task Under_the_pseudo_locale_no_field_message_has_plain_English_but_what_the_client_sent()
    {
        var messages = await MessagesAsync(PseudoLocale.Name);

        var english = messages.Values
            .Select(m => Sent().Replace(m, ""))
            .SelectMany(m => AsciiWord().Matches(m).Select(w => w.Value))
            .ToList();
        Assert.True(english.Count == 0, string.Join(" | ", messages.Values));
    }

    /// <summary>The first message of each request's field, by request name; each request is refused with 400 and its field named.</summary>
    private async Task<Dictionary<string, string>> MessagesAsync(string language)
    {
        using var client = _app.CreateClient();
        var messages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, method, path, body, field) in Requests)
        {
            using var request = new HttpRequestMessage(method, path)
            {
                Content = body is null ? null : new StringContent(body, Encoding.UTF8, "application/json"),
            };
            request.Headers.TryAddWithoutValidation("Accept-Language", language);
            using var response = await client.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: {(int)response.StatusCode}");
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var errors), $"{name}: {problem}");
            messages[name] = errors[0].GetString()!;
        }

        return messages;
    }

    /// <summary>What the client sent or the API takes as it is: quoted names, the values listed after a colon (ids, areas, levels).</summary>
    [GeneratedRegex(@"'[^']*'|(?<=: )[a-z0-9, -]+")]
    private static partial Regex Sent();

    [GeneratedRegex(@"(?<![\p{L}])[A-Za-z]{2,}(?![\p{L}])")]
    private static partial Regex AsciiWord();
}
