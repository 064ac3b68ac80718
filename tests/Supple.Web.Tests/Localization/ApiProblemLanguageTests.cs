using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Supple.Core.Localization;
using Supple.Web.Resources;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Localization;

/// <summary>
/// The problems Supple's own API answers with, in the request's language (<c>Accept-Language</c>): titles and details
/// translated, including those written by the exception handlers and the checks outside the request's culture (a
/// refusal, a query value of the wrong type, a change from another site); <c>type</c>, <c>status</c>, field names and
/// <c>reason</c> unchanged; English as before; nothing plain English under the pseudo-locale.
/// </summary>
public sealed partial class ApiProblemLanguageTests : IAsyncLifetime
{
    private SuppleApp _app = null!;

    public async Task InitializeAsync() => _app = await SuppleApp.StartInMemoryAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    public static TheoryData<string> Languages => [.. SuppleCultures.Languages.Where(l => l != SuppleCultures.English)];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_shipped_language_has_every_key_and_the_same_arguments(string language)
    {
        var problems = ResourceTranslationCheck.Check(ApiText.Resources, language, out var missing);

        Assert.Empty(problems);
        Assert.Empty(missing);
    }

    [Fact]
    public async Task Problems_are_in_the_requests_language_and_their_codes_are_not()
    {
        var plan = await ProblemAsync("de", HttpMethod.Get, "/api/v1/plan");
        Assert.Equal("Noch kein Plan.", plan.GetProperty("title").GetString());
        Assert.StartsWith("Mach die Einschätzung (POST /api/v1/assessment", plan.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var stretch = await ProblemAsync("fr", HttpMethod.Get, "/api/v1/stretches/cat-camle");
        Assert.Equal("Cet étirement n’existe pas", stretch.GetProperty("title").GetString());
        Assert.StartsWith("Il n’y a pas d’étirement « cat-camle ». Identifiants connus : shoulder-blade-squeeze, ", stretch.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(404, stretch.GetProperty("status").GetInt32());

        // Written by the exception handler, after the request's culture has ended.
        var query = await ProblemAsync("es", HttpMethod.Get, "/api/v1/history?days=abc");
        Assert.Equal("No se ha podido leer la solicitud; no se ha cambiado nada.", query.GetProperty("title").GetString());
        Assert.Equal("«abc» no es un número entero.", query.GetProperty("errors").GetProperty("days")[0].GetString());

        await AnswerWithAWarningSignAsync();
        var refusal = await ProblemAsync("de", HttpMethod.Post, "/api/v1/sessions", new { level = "gentle" });
        Assert.Equal("see-doctor-first", refusal.GetProperty("reason").GetString());
        Assert.EndsWith(" Eine Einheit, die du mit einer Fachperson gemacht hast, kannst du trotzdem eintragen.", refusal.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Before the request's culture is set: the check of where a change comes from.
        using var crossSite = new HttpRequestMessage(HttpMethod.Post, "/api/v1/pain") { Content = JsonContent.Create(new { score = 3 }) };
        crossSite.Headers.Add("Origin", "https://elsewhere.example");
        var refused = await ProblemAsync("de", crossSite, HttpStatusCode.Forbidden);
        Assert.Equal("Anfrage abgelehnt: Sie kam von einer anderen Website.", refused.GetProperty("title").GetString());
    }

    [Fact]
    public async Task English_problems_are_unchanged()
    {
        var plan = await ProblemAsync("en", HttpMethod.Get, "/api/v1/plan");
        Assert.Equal("No plan yet.", plan.GetProperty("title").GetString());
        Assert.Equal("Take the assessment (POST /api/v1/assessment, or the Assessment page) to make one.", plan.GetProperty("detail").GetString());

        var query = await ProblemAsync(null, HttpMethod.Get, "/api/v1/history?days=abc");
        Assert.Equal("The request could not be read; nothing was changed.", query.GetProperty("title").GetString());
        Assert.Equal("days: 'abc' is not a whole number.", query.GetProperty("detail").GetString());

        await AnswerWithAWarningSignAsync();
        var refusal = await ProblemAsync("en-GB", HttpMethod.Post, "/api/v1/sessions", new { level = "gentle" });
        Assert.EndsWith(" You can still log a session you did with a clinician.", refusal.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Under_the_pseudo_locale_the_problems_have_no_plain_English()
    {
        await AnswerWithAWarningSignAsync();
        var texts = new List<string>();
        foreach (var (method, path, body) in new (HttpMethod, string, object?)[]
        {
            (HttpMethod.Get, "/api/v1/plan", null), (HttpMethod.Get, "/api/v1/history?days=abc", null),
            (HttpMethod.Get, "/api/v1/stretches/nope", null), (HttpMethod.Post, "/api/v1/sessions", new { level = "gentle" }),
        })
        {
            var problem = await ProblemAsync(PseudoLocale.Name, method, path, body);
            texts.Add(problem.GetProperty("title").GetString()!);
            texts.Add(Known().Replace(problem.GetProperty("detail").GetString() ?? "", ""));
        }

        var english = texts.SelectMany(text => AsciiWord().Matches(text).Select(m => m.Value))
            .Where(w => w is not ("POST" or "api" or "assessment" or "abc" or "nope" or "days")).ToList();
        Assert.True(english.Count == 0, string.Join(" ", english));
    }

    private async Task AnswerWithAWarningSignAsync()
    {
        using var client = _app.CreateClient();
        (await client.PostAsJsonAsync("/api/v1/assessment", AssessmentBodies.Answers(redFlag: "fever"), SuppleApp.Json)).EnsureSuccessStatusCode();
    }

    private Task<JsonElement> ProblemAsync(string? language, HttpMethod method, string path, object? body = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        return ProblemAsync(language, request, expected: null);
    }

    private async Task<JsonElement> ProblemAsync(string? language, HttpRequestMessage request, HttpStatusCode? expected)
    {
        using var client = _app.CreateClient();
        if (language is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", language);
        }

        using var response = await client.SendAsync(request);
        Assert.True(expected is null ? (int)response.StatusCode >= 400 : response.StatusCode == expected, $"{request.RequestUri}: {(int)response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        request.Dispose();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
    }

    // The known ids, kept as they are, after "Known ids:" in the pseudo-locale's words.
    [GeneratedRegex(@"[a-z]+(-[a-z]+)+")]
    private static partial Regex Known();

    [GeneratedRegex(@"(?<![\p{L}])[A-Za-z]{2,}(?![\p{L}])")]
    private static partial Regex AsciiWord();
}
