using System.Text.Json;

namespace Supple.Breaks;

/// <summary>
/// Writes a <see cref="BreakJob"/> for the hand-over from <c>supple</c> and reads it back in <c>supple-breaks</c>,
/// refusing anything that is not a job the loop can run (wrong JSON, missing fields, impossible settings or steps).
/// </summary>
internal static class BreakJobSerializer
{
    /// <summary>Jobs larger than this are not handed over (an environment string must stay well under 128 KiB).</summary>
    public const int MaxLength = 64 * 1024;

    public static string Serialize(BreakJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return JsonSerializer.Serialize(job, BreakJobJsonContext.Default.BreakJob);
    }

    /// <exception cref="InvalidDataException">The text is not a valid job; the message says why.</exception>
    public static BreakJob Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > MaxLength)
        {
            throw new InvalidDataException($"the desk-break job is {json.Length} characters long; at most {MaxLength} are accepted.");
        }

        BreakJob? job;
        try
        {
            job = JsonSerializer.Deserialize(json, BreakJobJsonContext.Default.BreakJob);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"the desk-break job is not valid JSON for a job: {ex.Message}", ex);
        }

        if (job is null)
        {
            throw new InvalidDataException("the desk-break job is empty (JSON null).");
        }

        Validate(job);
        return job;
    }

    private static void Validate(BreakJob job)
    {
        try
        {
            _ = job.Settings();
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new InvalidDataException($"the desk-break job's settings are out of range ({ex.ParamName}: {ex.ActualValue}).", ex);
        }

        if (job.RunFor is { } runFor && (runFor <= TimeSpan.Zero || runFor > TimeSpan.FromDays(7)))
        {
            throw new InvalidDataException("the desk-break job's run time must be more than zero and at most 7 days.");
        }

        var routine = job.Routine;
        if (string.IsNullOrWhiteSpace(routine.Names) || routine.Steps.Count == 0)
        {
            throw new InvalidDataException("the desk-break job has no routine.");
        }

        if (routine.TotalDuration <= TimeSpan.Zero || routine.TotalDuration > job.BreakLength)
        {
            throw new InvalidDataException("the desk-break job's routine must take more than zero and no longer than a break.");
        }

        var end = TimeSpan.Zero;
        for (var i = 0; i < routine.Steps.Count; i++)
        {
            var step = routine.Steps[i];
            if (step is null || step.Index != i || step.StartsAt != end || step.Duration < TimeSpan.Zero || string.IsNullOrWhiteSpace(step.Text))
            {
                throw new InvalidDataException($"step {i} of the desk-break job's routine is not valid (steps must follow each other with no gap and have text).");
            }

            end = step.EndsAt;
        }

        if (end != routine.TotalDuration)
        {
            throw new InvalidDataException("the desk-break job's routine steps do not add up to its length.");
        }
    }
}
