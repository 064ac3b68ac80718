using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Supple.Core.Localization;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Api;

/// <summary>
/// When the session engine refuses a reported step (<c>SessionFold</c>: out of order, the final Done step reported as
/// anything but played), the <c>steps</c> message of the validation problem is in the request's language, live
/// (<c>…/sessions/{id}/steps</c>) and offline (<c>/sessions/completed</c>); English is word for word as before.
/// </summary>
public sealed partial class StepRefusalLanguageTests : ApiTestBase
{
    private static readonly string[] Only = ["shoulder-blade-squeeze"];

    [Theory]
    [InlineData("en", "Step 2 was reported where step 0 comes next; steps are reported in order.")]
    [InlineData("de", "Schritt 2 wurde gemeldet, während Schritt 0 an der Reihe ist; Schritte werden der Reihe nach gemeldet.")]
    [InlineData("es", "Se ha informado del paso 2 cuando toca el paso 0; los pasos se informan en orden.")]
    [InlineData("fr", "L’étape 2 a été signalée alors que l’étape 0 est la suivante ; les étapes se signalent dans l’ordre.")]
    public async Task A_step_out_of_order_is_refused_in_the_requests_language(string language, string expected)
    {
        Assert.Equal(expected, await OutOfOrderAsync(language));
    }

    [Theory]
    [InlineData("en", "The final Done step can only be played: the session is over.")]
    [InlineData("de", "Der letzte Schritt (Done) kann nur als played gemeldet werden: Die Einheit ist vorbei.")]
    public async Task A_session_sent_whole_whose_final_step_is_skipped_is_refused_in_the_requests_language(string language, string expected)
    {
        Assert.Equal(expected, await DoneSkippedAsync(language));
    }

    [Fact]
    public async Task Under_the_pseudo_locale_the_refusals_have_no_plain_English_but_the_ids()
    {
        var messages = new[] { await OutOfOrderAsync(PseudoLocale.Name), await DoneSkippedAsync(PseudoLocale.Name) };

        var english = messages.SelectMany(m => AsciiWord().Matches(m).Select(w => w.Value)).Where(w => w is not ("Done" or "played")).ToList();
        Assert.True(english.Count == 0, string.Join(" | ", messages));
    }

    private async Task<string> OutOfOrderAsync(string language)
    {
        var id = await SessionBodies.StartAsync(Client, new { level = "gentle", only = Only });
        return await StepsMessageAsync(HttpMethod.Post, $"/api/v1/sessions/{id}/steps", language, new { steps = new[] { new { step = 2, end = "played" } } });
    }

    private async Task<string> DoneSkippedAsync(string language)
    {
        var (routine, steps) = await SessionBodies.TimelineAsync(Client, "gentle", Only);
        object[] played = [.. SessionBodies.AllPlayed(steps - 1), new { step = steps - 1, end = "skipped" }];
        var body = new { clientId = Guid.NewGuid(), routine, startedAt = Start, steps = played };
        return await StepsMessageAsync(HttpMethod.Post, "/api/v1/sessions/completed", language, body);
    }

    private async Task<string> StepsMessageAsync(HttpMethod method, string url, string language, object body)
    {
        using var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body, options: SuppleApp.Json) };
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("errors").GetProperty("steps")[0].GetString()!;
    }

    [GeneratedRegex(@"(?<![\p{L}])[A-Za-z]{2,}(?![\p{L}])")]
    private static partial Regex AsciiWord();
}
