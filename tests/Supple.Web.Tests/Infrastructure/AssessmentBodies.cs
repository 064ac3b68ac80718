using Supple.Core.Safety;

namespace Supple.Web.Tests.Infrastructure;

/// <summary>Bodies for <c>POST /api/v1/assessment</c>: a person with poor posture who has every prop, and at most one warning sign.</summary>
internal static class AssessmentBodies
{
    /// <summary>The answers, with <paramref name="redFlag"/> the one warning sign answered yes, if any.</summary>
    public static Dictionary<string, object> Answers(string? redFlag = null, int screenHoursPerDay = 6) => new()
    {
        ["screenHoursPerDay"] = screenHoursPerDay,
        ["poorPosture"] = true,
        ["stress"] = false,
        ["repetitiveStrain"] = false,
        ["recentInjuryOrFall"] = false,
        ["ageRelatedStiffness"] = false,
        ["props"] = new[] { "chair", "foam-roller", "rolled-towel", "floor-space" },
        ["redFlags"] = RedFlags.All.ToDictionary(f => f.Id, f => f.Id == redFlag),
    };
}
