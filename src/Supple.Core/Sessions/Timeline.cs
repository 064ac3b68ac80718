using System.Globalization;
using System.Text;
using Supple.Core.Content;

namespace Supple.Core.Sessions;

/// <summary>
/// A compiled routine: every step in order with exact offsets and durations. Built only by
/// <see cref="TimelineCompiler"/>; the terminal and browser players play it as it is.
/// </summary>
/// <param name="Steps">Every step, the last one being <see cref="StepKind.Done"/>.</param>
/// <param name="Stretches">The stretches in routine order with their step ranges.</param>
/// <param name="TotalDuration">Sum of every step's duration.</param>
public sealed record Timeline(
    IReadOnlyList<TimelineStep> Steps,
    IReadOnlyList<TimelineStretch> Stretches,
    TimeSpan TotalDuration)
{
    /// <summary>The stretch a step belongs to, or <c>null</c> for the final <see cref="StepKind.Done"/> step.</summary>
    /// <param name="stepIndex">0-based index of the step.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stepIndex"/> is not a step of this timeline.</exception>
    public TimelineStretch? StretchOf(int stepIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(stepIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(stepIndex, Steps.Count);
        var stretchIndex = Steps[stepIndex].StretchIndex;
        return stretchIndex < 0 ? null : Stretches[stretchIndex];
    }

    /// <summary>The step playing at <paramref name="offset"/> from the start (the final step once the offset is past the end).</summary>
    /// <param name="offset">Time since the session started, not counting pauses.</param>
    public TimelineStep StepAt(TimeSpan offset)
    {
        int low = 0, high = Steps.Count - 1;
        while (low < high)
        {
            // The last step starting at or before the offset (a step ending exactly at it has handed over).
            var mid = (low + high + 1) / 2;
            if (Steps[mid].StartsAt <= offset)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return Steps[low];
    }

    /// <summary>
    /// A short label for a step, e.g. "Upper trapezius stretch: hold 20 s — right side, rep 1 of 2" or
    /// "Rest before set 2 of 3".
    /// </summary>
    /// <param name="step">A step of this timeline.</param>
    public string Describe(TimelineStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var name = step.StretchIndex >= 0 && step.StretchIndex < Stretches.Count ? Stretches[step.StretchIndex].Name : step.StretchId;
        var seconds = ((int)step.Duration.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return step.Kind switch
        {
            StepKind.GetIntoPosition => $"{name}: get into position",
            StepKind.Hold => $"{name}: hold {seconds} s{CountersSuffix(step.Counters)}",
            StepKind.Flow => $"{name}: {step.PhaseName} {seconds} s{CountersSuffix(step.Counters)}",
            StepKind.Release => "Release",
            StepKind.SwitchSide => $"Switch to the {TimelineCompiler.SideName(step.Counters?.Side ?? Side.None)} side",
            StepKind.RestBetweenSets => step.Counters is { } c
                ? $"Rest before set {c.Set} of {c.Sets}"
                : "Rest",
            StepKind.Done => "Finish",
            _ => step.Kind.ToString(),
        };
    }

    /// <summary>"Next: …" for the step after <paramref name="stepIndex"/>, or <c>null</c> when it is the last step.</summary>
    /// <param name="stepIndex">0-based index of the current step.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stepIndex"/> is not a step of this timeline.</exception>
    public string? DescribeNext(int stepIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(stepIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(stepIndex, Steps.Count);
        return stepIndex + 1 < Steps.Count ? "Next: " + Describe(Steps[stepIndex + 1]) : null;
    }

    private static string CountersSuffix(StepCounters? counters)
    {
        if (counters is null)
        {
            return string.Empty;
        }

        var parts = new List<string>(3);
        if (counters.Side != Side.None)
        {
            parts.Add($"{TimelineCompiler.SideName(counters.Side)} side");
        }

        if (counters.Reps > 1)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"rep {counters.Rep} of {counters.Reps}"));
        }

        if (counters.Sets > 1)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"set {counters.Set} of {counters.Sets}"));
        }

        return parts.Count == 0 ? string.Empty : new StringBuilder(" — ").AppendJoin(", ", parts).ToString();
    }
}
