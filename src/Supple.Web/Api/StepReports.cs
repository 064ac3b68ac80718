using System.Globalization;
using Supple.Core.Sessions;
using Supple.Web.Resources;

namespace Supple.Web.Api;

/// <summary>Reads step reports into Core's step outcomes, collecting field errors (nothing is folded unless all are valid).</summary>
internal static class StepReports
{
    /// <summary>Most steps in one request (a full session of the built-in programme has about 130).</summary>
    public const int MaxSteps = SessionPlay.MaxSteps;

    public static List<StepOutcome> Parse(IReadOnlyList<StepReport?>? steps, FieldErrors errors, DateTimeOffset now, bool required = true)
    {
        var outcomes = new List<StepOutcome>();
        if (steps is not { Count: > 0 } items)
        {
            if (required)
            {
                errors.Add("steps", ApiText.Get(ApiText.FieldStepsRequired));
            }

            return outcomes;
        }

        if (items.Count > MaxSteps)
        {
            errors.Add("steps", ApiText.Format(ApiText.FieldAtMostSteps, ("max", MaxSteps.ToString(CultureInfo.InvariantCulture))));
            return outcomes;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var field = $"steps[{i}]";
            if (items[i] is not { } item)
            {
                errors.Add(field, ApiText.Get(ApiText.FieldStepRequired));
                continue;
            }

            if (item.Step is not (>= 0 and < MaxSteps) || item.Step is not { } index)
            {
                errors.Add($"{field}.step", ApiText.Get(ApiText.FieldStepIndexRequired));
                continue;
            }

            if (!SessionPlaySerializer.TryParse(item.End?.Trim(), out var end))
            {
                errors.Add($"{field}.end", ApiText.Get(ApiText.FieldStepEnd));
                continue;
            }

            if (item.Seconds is { } seconds && (double.IsNaN(seconds) || seconds < 0 || seconds > 24 * 3600))
            {
                errors.Add($"{field}.seconds", ApiText.Get(ApiText.FieldStepSeconds));
                continue;
            }

            var at = errors.Time($"{field}.at", item.At, now);
            outcomes.Add(new StepOutcome(index, end, TimeSpan.FromSeconds(item.Seconds ?? 0), at));
        }

        return outcomes;
    }
}
