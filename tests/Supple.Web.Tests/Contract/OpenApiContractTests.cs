using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Supple.Web.Tests.Api;

namespace Supple.Web.Tests.Contract;

/// <summary>
/// The OpenAPI document of single-user mode is a contract a client generator can use: a stable, unique operationId
/// and a summary on every operation, every error it can answer with, examples that the strict reader accepts, no
/// trailing slash on the server URL, and an explicit "no authentication" on every operation.
/// </summary>
public sealed partial class OpenApiContractTests : ApiTestBase
{
    [Fact]
    public async Task Every_operation_has_a_unique_stable_operation_id_and_a_summary()
    {
        var document = await OpenApiDocument.FetchAsync(Client);

        var ids = document.Operations.Select(o => (o.Method, o.Path, Id: o.Operation.TryGetProperty("operationId", out var id) ? id.GetString() : null)).ToList();
        Assert.All(ids, o => Assert.True(o.Id is not null && OperationId().IsMatch(o.Id), $"{o.Method} {o.Path} has operationId '{o.Id}'"));
        var duplicates = ids.GroupBy(o => o.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, "Duplicate operationIds: " + string.Join(", ", duplicates));
        Assert.All(document.Operations, o => Assert.True(o.Operation.TryGetProperty("summary", out _), $"{o.Method} {o.Path} has no summary"));

        // Named after the handlers: renaming one is the only way to change them.
        Assert.Contains(("POST", "/api/v1/sessions", "Sessions_Start"), ids);
        Assert.Contains(("PUT", "/api/v1/reminders", "Reminders_Put"), ids);
        Assert.Contains(("GET", "/api/v1/programme", "Programme_GetProgramme"), ids);
    }

    [Fact]
    public async Task Every_operation_lists_the_errors_its_input_can_cause_as_problems()
    {
        var document = await OpenApiDocument.FetchAsync(Client);

        foreach (var (method, path, operation) in document.Operations)
        {
            var codes = OpenApiDocument.ResponseCodes(operation);
            if (operation.TryGetProperty("requestBody", out _))
            {
                Assert.True(codes.Contains("400") && codes.Contains("413") && codes.Contains("415"), $"{method} {path}: {string.Join(", ", codes)}");
            }

            if (path.Contains('{', StringComparison.Ordinal))
            {
                Assert.True(codes.Contains("404"), $"{method} {path}: {string.Join(", ", codes)}");
            }

            foreach (var code in codes.Where(c => c[0] is '4' or '5'))
            {
                var content = operation.GetProperty("responses").GetProperty(code).GetProperty("content");
                Assert.True(content.TryGetProperty("application/problem+json", out _), $"{method} {path} {code} is not a problem: {content}");
            }
        }

        var sessions = document.Operations.Single(o => o is { Method: "POST", Path: "/api/v1/sessions" }).Operation;
        Assert.Contains("503", OpenApiDocument.ResponseCodes(sessions));
    }

    [Fact]
    public async Task Single_user_mode_declares_no_authentication_and_the_server_url_has_no_trailing_slash()
    {
        var document = await OpenApiDocument.FetchAsync(Client);

        Assert.All(document.Operations, o =>
        {
            var security = new string([.. o.Operation.GetProperty("security").GetRawText().Where(c => !char.IsWhiteSpace(c))]);
            Assert.Equal("[{}]", security);
        });
        Assert.False(document.Root.TryGetProperty("components", out var components) && components.TryGetProperty("securitySchemes", out _));
        Assert.All(document.Root.GetProperty("servers").EnumerateArray(), s => Assert.False(s.GetProperty("url").GetString()!.EndsWith('/')));
        Assert.Equal("MIT", document.Root.GetProperty("info").GetProperty("license").GetProperty("identifier").GetString());
    }

    [Fact]
    public async Task The_examples_of_the_main_bodies_are_accepted_by_the_api_they_document()
    {
        var document = await OpenApiDocument.FetchAsync(Client);
        JsonElement Example(string method, string path) =>
            document.Operations.Single(o => o.Method == method && o.Path == path).Operation
                .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example");

        async Task<JsonElement> SendAsync(string method, string url, JsonElement body, HttpStatusCode expected)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent(body.GetRawText(), Encoding.UTF8, "application/json") };
            using var response = await Client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(expected == response.StatusCode, $"{method} {url} {body} → {(int)response.StatusCode} {text}");
            return JsonDocument.Parse(text).RootElement.Clone();
        }

        var session = await SendAsync("POST", "/api/v1/sessions", Example("POST", "/api/v1/sessions"), HttpStatusCode.Created);
        var id = session.GetProperty("id").GetInt64();
        await SendAsync("POST", $"/api/v1/sessions/{id}/steps", Example("POST", "/api/v1/sessions/{id}/steps"), HttpStatusCode.OK);
        await SendAsync("POST", $"/api/v1/sessions/{id}/finish", Example("POST", "/api/v1/sessions/{id}/finish"), HttpStatusCode.OK);
        var other = (await SendAsync("POST", "/api/v1/sessions", Example("POST", "/api/v1/sessions"), HttpStatusCode.Created)).GetProperty("id").GetInt64();
        await SendAsync("POST", $"/api/v1/sessions/{other}/stop-for-pain", Example("POST", "/api/v1/sessions/{id}/stop-for-pain"), HttpStatusCode.OK);
        await SendAsync("POST", "/api/v1/pain", Example("POST", "/api/v1/pain"), HttpStatusCode.Created);
        await SendAsync("PUT", "/api/v1/reminders", Example("PUT", "/api/v1/reminders"), HttpStatusCode.OK);
        await SendAsync("POST", "/api/v1/sessions/completed", Example("POST", "/api/v1/sessions/completed"), HttpStatusCode.Created);

        var stored = await StoredHistoryAsync();
        Assert.Equal(3, stored.Sessions.Count);
        Assert.Single(stored.PainEntries);
    }

    [GeneratedRegex("^[A-Z][A-Za-z]*_[A-Z][A-Za-z0-9]*$")]
    private static partial Regex OperationId();
}
