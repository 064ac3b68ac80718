using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Supple.Core.Safety;

/// <summary>
/// The stored form of the list of resumed stretches (<c>[{"stretchId":"…","at":"ISO 8601"}]</c>), shared by the
/// terminal and the browser.
/// </summary>
public static class ResumptionsSerializer
{
    /// <summary>The list as JSON.</summary>
    public static string Serialize(IEnumerable<StretchResumption> resumptions)
    {
        ArgumentNullException.ThrowIfNull(resumptions);
        return new JsonArray([.. resumptions.Select(r => (JsonNode)new JsonObject
        {
            ["stretchId"] = r.StretchId,
            ["at"] = r.At.ToString("O", CultureInfo.InvariantCulture),
        })]).ToJsonString();
    }

    /// <summary>Reads a list written by <see cref="Serialize"/>; empty for <c>null</c>.</summary>
    /// <exception cref="FormatException">The text is not a list of resumed stretches.</exception>
    public static IReadOnlyList<StretchResumption> Deserialize(string? json)
    {
        if (json is null)
        {
            return [];
        }

        try
        {
            return [.. (JsonNode.Parse(json)?.AsArray() ?? throw new FormatException("not a list"))
                .Select(n => new StretchResumption(
                    n?["stretchId"]?.GetValue<string>() ?? throw new FormatException("an entry has no stretchId"),
                    DateTimeOffset.Parse(n["at"]?.GetValue<string>() ?? throw new FormatException("an entry has no time"), CultureInfo.InvariantCulture)))];
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            throw new FormatException(ex.Message, ex);
        }
    }
}
