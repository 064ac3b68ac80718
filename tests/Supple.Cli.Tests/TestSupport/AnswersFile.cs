using System.Text.Json.Nodes;
using Supple.Core.Safety;

namespace Supple.Cli.Tests.TestSupport;

/// <summary>Writes an assessment answers file for <c>supple assess --answers</c>: a person who sits at a screen with poor posture.</summary>
internal static class AnswersFile
{
    /// <summary>Writes the answers into <paramref name="folder"/> and returns the file's path.</summary>
    /// <param name="folder">Where to write it (a new file each call).</param>
    /// <param name="redFlag">The one warning sign answered yes, if any.</param>
    /// <param name="props">The props the person has (default: a chair).</param>
    /// <param name="change">Any other change to the answers before they are written.</param>
    public static string Write(string folder, string? redFlag = null, string[]? props = null, Action<JsonObject>? change = null)
    {
        var flags = new JsonObject();
        foreach (var info in RedFlags.All)
        {
            flags[info.Id] = info.Id == redFlag;
        }

        var json = new JsonObject
        {
            ["screenHoursPerDay"] = 9,
            ["poorPosture"] = true,
            ["stress"] = false,
            ["repetitiveStrain"] = false,
            ["recentInjuryOrFall"] = false,
            ["ageRelatedStiffness"] = false,
            ["props"] = new JsonArray([.. (props ?? ["chair"]).Select(p => (JsonNode?)p)]),
            ["redFlags"] = flags,
        };
        change?.Invoke(json);
        var path = Path.Combine(folder, $"answers-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json.ToJsonString());
        return path;
    }
}
