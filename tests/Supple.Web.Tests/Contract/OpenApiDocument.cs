using System.Text.Json;

namespace Supple.Web.Tests.Contract;

/// <summary>The OpenAPI document a running app serves, with its operations listed.</summary>
public sealed record OpenApiDocument(string Json, JsonElement Root)
{
    public static async Task<OpenApiDocument> FetchAsync(HttpClient client)
    {
        var json = await client.GetStringAsync("/openapi/v1.json");
        return new OpenApiDocument(json, JsonDocument.Parse(json).RootElement.Clone());
    }

    /// <summary>Every operation as (method, path, operation object).</summary>
    public IReadOnlyList<(string Method, string Path, JsonElement Operation)> Operations =>
    [
        .. Root.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject()
            .Where(m => m.Name is "get" or "put" or "post" or "delete" or "patch")
            .Select(m => (m.Name.ToUpperInvariant(), path.Name, m.Value))),
    ];

    public static IReadOnlyList<string> ResponseCodes(JsonElement operation) =>
        [.. operation.GetProperty("responses").EnumerateObject().Select(r => r.Name)];
}
