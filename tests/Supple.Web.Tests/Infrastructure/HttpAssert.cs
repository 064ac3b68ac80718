using System.Net;
using System.Text.Json;

namespace Supple.Web.Tests.Infrastructure;

/// <summary>Assertions on API responses: RFC 9457 problem details and field errors.</summary>
public static class HttpAssert
{
    /// <summary>Asserts a problem+json response with the status, and returns the parsed body.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement.Clone();
        Assert.Equal((int)status, root.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("title").GetString()));
        return root;
    }

    /// <summary>Asserts a 409 refusal with its <c>reason</c> (e.g. <c>see-doctor-first</c>), and returns the problem.</summary>
    public static async Task<JsonElement> RefusedAsync(HttpResponseMessage response, string reason)
    {
        var problem = await ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(reason, problem.GetProperty("reason").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        return problem;
    }

    /// <summary>Asserts a 400 validation problem naming the field, and returns the field's messages.</summary>
    public static async Task<string[]> FieldErrorAsync(HttpResponseMessage response, string field)
    {
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.TryGetProperty("errors", out var errors), $"No 'errors' in {problem}");
        var match = errors.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, field, StringComparison.OrdinalIgnoreCase));
        Assert.True(match.Value.ValueKind == JsonValueKind.Array, $"No error for '{field}' in {errors}");
        var messages = match.Value.EnumerateArray().Select(e => e.GetString() ?? "").ToArray();
        Assert.NotEmpty(messages);
        return messages;
    }
}
