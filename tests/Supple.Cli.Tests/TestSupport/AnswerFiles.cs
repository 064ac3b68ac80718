using System.Text.Json.Nodes;
using Supple.Core.Safety;

namespace Supple.Cli.Tests.TestSupport;

/// <summary>Answer files for <c>supple assess --answers</c>: sitting most of the day with poor posture, a chair, and one warning sign when given.</summary>
internal static class AnswerFiles
{
    /// <summary>Writes <c>answers.json</c> in <paramref name="folder"/> and returns its path.</summary>
    public static string Write(string folder, string? redFlag)
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
            ["props"] = new JsonArray("chair"),
            ["redFlags"] = flags,
        };
        var path = Path.Combine(folder, "answers.json");
        File.WriteAllText(path, json.ToJsonString());
        return path;
    }
}
