using System.Text.Json;

namespace Supple.Core.Planning;

/// <summary>Saves a plan as JSON and reads it back (the stored form, kept in the settings store).</summary>
public static class PlanSerializer
{
    /// <summary>The plan as JSON.</summary>
    public static string Serialize(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return JsonSerializer.Serialize(new StoredPlan(StoredPlan.CurrentVersion, plan), PlanJsonContext.Default.StoredPlan);
    }

    /// <summary>Reads a plan saved by <see cref="Serialize"/>.</summary>
    /// <exception cref="FormatException">The text is not a saved plan this version can read.</exception>
    public static Plan Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        StoredPlan? stored;
        try
        {
            stored = JsonSerializer.Deserialize(json, PlanJsonContext.Default.StoredPlan);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"The saved plan could not be read ({ex.Message}). Take the assessment again to make a new plan.", ex);
        }

        if (stored?.Plan is not { } plan || stored.Version != StoredPlan.CurrentVersion
            || plan.Stretches is null || plan.Causes is null || plan.Props is null || plan.Omitted is null)
        {
            throw new FormatException("The saved plan is incomplete or from another version. Take the assessment again to make a new plan.");
        }

        return plan;
    }
}
