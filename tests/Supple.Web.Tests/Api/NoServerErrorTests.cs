using System.Net;
using System.Text;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Api;

/// <summary>No input ever yields a 500: every endpoint is fed odd bodies and odd ids, and every error is problem+json.</summary>
public sealed class NoServerErrorTests : ApiTestBase
{
    private static readonly string[] Bodies =
    [
        "", "null", "[]", "{}", "\"text\"", "42", "{", "{\"x\":}", "{\"level\":null,\"only\":null}",
        "{\"only\":\"cat-camel\"}", "{\"only\":[1,2]}", "{\"only\":[null]}", "{\"painBefore\":1e400}",
        "{\"stretchId\":{},\"side\":[]}", "{\"repsDone\":2147483648}", "{\"score\":null}", "{\"at\":\"yesterday\"}",
        "{\"at\":\"9999-12-31T23:59:59+14:00\"}", "{\"startedAt\":\"0001-01-01T00:00:00Z\"}",
        "{\"stretchId\":\"" + new string('x', 5000) + "\",\"repsDone\":1,\"setsDone\":1,\"secondsHeld\":1}",
        "{\"side\":\"\\u0000\",\"stretchId\":\"cat-camel\"}",
    ];

    [Fact]
    public async Task Odd_bodies_never_yield_a_server_error()
    {
        var id = await StartSessionAsync();
        string[] urls =
        [
            "/api/v1/sessions", $"/api/v1/sessions/{id}/steps", $"/api/v1/sessions/{id}/finish",
            $"/api/v1/sessions/{id}/stop-for-pain", "/api/v1/pain", "/api/v1/disclaimer/acceptance",
            "/api/v1/sessions/-1/steps", $"/api/v1/sessions/{id}/abandon", "/api/v1/assessment/clearance", "/api/v1/sessions/completed", "/api/v1/sessions/99999999999/finish",
        ];
        foreach (var url in urls)
        {
            foreach (var body in Bodies)
            {
                using var content = new StringContent(body, Encoding.UTF8, "application/json");
                var response = await Client.PostAsync(url, content);
                var text = await response.Content.ReadAsStringAsync();
                Assert.True((int)response.StatusCode < 500, $"POST {url} {body[..Math.Min(body.Length, 60)]} → {(int)response.StatusCode} {text}");
                if ((int)response.StatusCode >= 400)
                {
                    Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                }
            }
        }
    }

    [Theory]
    [InlineData("/api/v1/sessions/abc")]
    [InlineData("/api/v1/sessions/1/nothing")]
    [InlineData("/api/v1/timeline?level=%00")]
    [InlineData("/api/v1/timeline?only=%E2%80%AE")]
    [InlineData("/api/v1/history?days=99999999999999")]
    [InlineData("/api/v1/stretches/%2e%2e%2fetc")]
    public async Task Odd_urls_never_yield_a_server_error(string url)
    {
        var response = await Client.GetAsync(url);
        Assert.True((int)response.StatusCode < 500, $"{url} → {(int)response.StatusCode}");
        if (!response.IsSuccessStatusCode)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task A_body_of_the_wrong_media_type_is_a_problem()
    {
        using var content = new StringContent("score=3", Encoding.UTF8, "application/x-www-form-urlencoded");
        var response = await Client.PostAsync("/api/v1/pain", content);
        await HttpAssert.ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }
}
