using System.Globalization;
using Supple.Breaks;
using Supple.Cli.Rendering;
using Supple.Cli.Resources;
using Supple.Core.Localization;
using Supple.Core.Sessions;

namespace Supple.Cli.Reminders;

/// <summary>Writes a compiled desk-break routine out as the lines the break loop shows, one per step.</summary>
internal static class BreakRoutineScripts
{
    public static BreakRoutineScript From(Timeline routine)
    {
        ArgumentNullException.ThrowIfNull(routine);
        var steps = routine.Steps
            .Where(s => s.Kind != StepKind.Done)
            .Select((step, i) => new BreakRoutineStep(i, step.StartsAt, step.Duration, Describe(routine, step)))
            .ToList();
        return new BreakRoutineScript(string.Join(", ", routine.Stretches.Select(s => s.Name)), routine.TotalDuration, steps);
    }

    private static string Describe(Timeline routine, TimelineStep step)
    {
        var name = step.StretchIndex >= 0 && step.StretchIndex < routine.Stretches.Count ? routine.Stretches[step.StretchIndex].Name : "";
        var counters = step.Counters is { } c ? string.Create(CultureInfo.InvariantCulture, $" {c.Rep}/{c.Reps}") : "";
        return $"{name} · {CliText.Localizer.Format(CliText.BreaksStepKind, ("kind", step.Kind.ToString()))}{counters} · {Format.Duration(step.Duration)}: {step.Instruction}";
    }
}
