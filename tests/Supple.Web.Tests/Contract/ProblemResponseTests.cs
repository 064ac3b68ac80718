using System.Net;
using System.Text;
using Supple.Web.Tests.Api;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Contract;

/// <summary>
/// Every error of the API is application/problem+json whatever the Accept header asks for: no 500 from content
/// negotiation (issue #13 found "Unable to find a registered IProblemDetailsWriter" behind an empty 500).
/// </summary>
public sealed class ProblemResponseTests : ApiTestBase
{
    public static TheoryData<string> NonJsonAccepts => ["text/html", "text/plain", "application/xml", "image/png", "text/html,application/xhtml+xml;q=0.9"];

    private async Task<HttpResponseMessage> SendAsync(string method, string url, string accept, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = content };
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await Client.SendAsync(request);
    }

    [Theory]
    [MemberData(nameof(NonJsonAccepts))]
    public async Task An_unknown_endpoint_is_a_404_problem(string accept) =>
        await HttpAssert.ProblemAsync(await SendAsync("GET", "/api/v1/nope", accept), HttpStatusCode.NotFound);

    [Theory]
    [MemberData(nameof(NonJsonAccepts))]
    public async Task A_body_over_the_limit_is_a_413_problem(string accept)
    {
        var body = new StringContent("{\"note\":\"" + new string('x', 70 * 1024) + "\"}", Encoding.UTF8, "application/json");
        await HttpAssert.ProblemAsync(await SendAsync("POST", "/api/v1/pain", accept, body), HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [MemberData(nameof(NonJsonAccepts))]
    public async Task Refused_bodies_are_400_problems(string accept)
    {
        await HttpAssert.ProblemAsync(await SendAsync("POST", "/api/v1/pain", accept, new StringContent("{\"score\":11}", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
        await HttpAssert.ProblemAsync(await SendAsync("POST", "/api/v1/pain", accept, new StringContent("{\"scor\":1}", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
        await HttpAssert.ProblemAsync(await SendAsync("POST", "/api/v1/pain", accept, new StringContent("{\"score\":1", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
    }

    [Theory]
    [MemberData(nameof(NonJsonAccepts))]
    public async Task A_wrong_content_type_method_or_session_is_a_problem(string accept)
    {
        await HttpAssert.ProblemAsync(await SendAsync("POST", "/api/v1/pain", accept, new StringContent("score=1", Encoding.UTF8, "text/plain")), HttpStatusCode.UnsupportedMediaType);
        await HttpAssert.ProblemAsync(await SendAsync("DELETE", "/api/v1/pain", accept), HttpStatusCode.MethodNotAllowed);
        await HttpAssert.ProblemAsync(await SendAsync("GET", "/api/v1/sessions/424242", accept), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_page_that_does_not_exist_is_still_an_html_page_for_a_browser()
    {
        using var response = await SendAsync("GET", "/no-such-page", "text/html");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
