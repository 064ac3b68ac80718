using Supple.Core.Content;
using Supple.Core.Localization;

namespace Supple.Core.Sessions;

/// <summary>
/// Compiles a <see cref="Routine"/> of a <see cref="Programme"/> into a <see cref="Timeline"/>. This is the only
/// place where dosage becomes steps; players play the result as it is.
/// </summary>
/// <remarks>
/// Rules (see docs/ENGINE.md): each stretch opens with a <see cref="StepKind.GetIntoPosition"/> step. Its holds are
/// played set by set, repetition by repetition and, for sided stretches, side by side within each repetition
/// (right, left, right, left… for <see cref="SideOrder.RightThenLeft"/>). A flowing stretch plays one
/// <see cref="StepKind.Flow"/> step per phase instead of a hold. Between two holds comes exactly one transition:
/// <see cref="StepKind.RestBetweenSets"/> when the next hold starts a new set, otherwise
/// <see cref="StepKind.SwitchSide"/> when it is on the other side, otherwise <see cref="StepKind.Release"/>
/// (flow repetitions follow each other without a release, the movement is continuous). Nothing follows the last
/// hold of a stretch: the next stretch's get-into-position step (or the final <see cref="StepKind.Done"/>) gives
/// the time to come out of it. Transitions of zero seconds are left out.
/// </remarks>
public static class TimelineCompiler
{
    // Parameter names reported by errors raised in helpers on behalf of the public methods.
    private static readonly string ItemParameter = "item";
    private static readonly string ProgrammeParameter = "programme";

    /// <summary>Resolves the numbers for one routine item within the stretch's ranges.</summary>
    /// <param name="stretch">The stretch the item names.</param>
    /// <param name="item">The routine item: a level, or explicit numbers.</param>
    /// <returns>
    /// <see cref="DosageLevel.Gentle"/> takes the low end of every range, <see cref="DosageLevel.Standard"/> the
    /// midpoint rounded half up (<see cref="CountRange.Mid"/>), <see cref="DosageLevel.Full"/> the high end;
    /// explicit numbers are returned as given once checked.
    /// </returns>
    /// <exception cref="ArgumentException">
    /// The item names another stretch, an explicit value lies outside the stretch's range, or an explicit hold is
    /// given for a flowing stretch (or missing for a held one).
    /// </exception>
    public static ResolvedDosage Resolve(Stretch stretch, RoutineItem item)
    {
        ArgumentNullException.ThrowIfNull(stretch);
        ArgumentNullException.ThrowIfNull(item);
        if (!string.Equals(stretch.Id, item.StretchId, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"The routine item names stretch '{item.StretchId}' but was resolved against '{stretch.Id}'.", nameof(item));
        }

        var dosage = stretch.Dosage;
        if ((dosage.Hold is null) == (dosage.Flow is null))
        {
            throw new ArgumentException(
                $"Stretch '{stretch.Id}' must have either a hold time or a flow, not {(dosage.Hold is null ? "neither" : "both")}.",
                nameof(stretch));
        }

        if (item.Explicit is not { } given)
        {
            return new ResolvedDosage(
                dosage.Hold is null ? null : Pick(dosage.Hold, item.Level),
                Pick(dosage.Reps, item.Level),
                Pick(dosage.Sets, item.Level));
        }

        if (dosage.Hold is null && given.HoldSeconds is not null)
        {
            throw new ArgumentException(
                $"Stretch '{stretch.Id}': hold seconds {given.HoldSeconds} given, but it is a flowing stretch whose phases are timed by the programme (leave hold empty).",
                nameof(item));
        }

        if (dosage.Hold is not null)
        {
            if (given.HoldSeconds is not { } hold)
            {
                throw new ArgumentException(
                    $"Stretch '{stretch.Id}': hold seconds missing; it must lie within {dosage.Hold} s.", nameof(item));
            }

            CheckWithin(stretch, "hold seconds", hold, dosage.Hold);
        }

        CheckWithin(stretch, "reps", given.Reps, dosage.Reps);
        CheckWithin(stretch, "sets", given.Sets, dosage.Sets);
        return given;
    }

    /// <summary>Compiles the routine.</summary>
    /// <param name="programme">The programme the routine's stretch ids refer to; its transitions pace the steps between holds.</param>
    /// <param name="routine">The stretches to play, in order, with their dosage.</param>
    /// <exception cref="ArgumentException">
    /// The routine is empty, names an unknown stretch, or has an out-of-range dosage; or a transition is negative.
    /// </exception>
    public static Timeline Compile(Programme programme, Routine routine)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(routine);
        ArgumentNullException.ThrowIfNull(routine.Items);
        var transitions = programme.Transitions ?? throw new ArgumentException("The programme has no transitions.", nameof(programme));
        CheckTransition(transitions.GetIntoPositionSeconds, "get into position");
        CheckTransition(transitions.ReleaseSeconds, "release");
        CheckTransition(transitions.SwitchSideSeconds, "switch side");
        CheckTransition(transitions.RestBetweenSetsSeconds, "rest between sets");
        if (routine.Items.Count == 0)
        {
            throw new ArgumentException("A routine needs at least one stretch.", nameof(routine));
        }

        var builder = new Builder(transitions);
        for (var i = 0; i < routine.Items.Count; i++)
        {
            var item = routine.Items[i] ?? throw new ArgumentException($"Routine item {i + 1} is null.", nameof(routine));
            var stretch = programme.FindStretch(item.StretchId)
                ?? throw new ArgumentException(
                    $"Unknown stretch id '{item.StretchId}' at routine position {i + 1}. "
                    + $"Known ids: {string.Join(", ", programme.Stretches.Select(s => s.Id))}.",
                    nameof(routine));
            builder.AddStretch(stretch, Resolve(stretch, item));
        }

        return builder.Finish();
    }

    private static int Pick(CountRange range, DosageLevel level) => level switch
    {
        DosageLevel.Gentle => range.Min,
        DosageLevel.Standard => range.Mid,
        DosageLevel.Full => range.Max,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown dosage level."),
    };

    private static void CheckWithin(Stretch stretch, string field, int value, CountRange range)
    {
        if (!range.Contains(value))
        {
            throw new ArgumentException(
                $"Stretch '{stretch.Id}': {field} {value} is outside the allowed range {range}.", ItemParameter);
        }
    }

    private static void CheckTransition(int seconds, string name)
    {
        if (seconds < 0)
        {
            throw new ArgumentException($"The programme's {name} transition is {seconds} s; it must be 0 or more.", ProgrammeParameter);
        }
    }

    /// <summary>Joins two sentences, adding a full stop to the first when it has no closing punctuation.</summary>
    internal static string Join(string first, string second)
    {
        var head = first.TrimEnd();
        if (head.Length == 0)
        {
            return second;
        }

        return head[^1] is '.' or '!' or '?' or ':' ? $"{head} {second}" : $"{head}. {second}";
    }

    internal static IReadOnlyList<Side> SidesOf(SideOrder order) => order switch
    {
        SideOrder.RightThenLeft => [Side.Right, Side.Left],
        SideOrder.LeftThenRight => [Side.Left, Side.Right],
        _ => [Side.None],
    };

    private sealed class Builder(Transitions transitions)
    {
        private readonly List<TimelineStep> _steps = [];
        private readonly List<TimelineStretch> _stretches = [];
        private TimeSpan _offset = TimeSpan.Zero;

        public void AddStretch(Stretch stretch, ResolvedDosage dosage)
        {
            var stretchIndex = _stretches.Count;
            var firstStep = _steps.Count;
            var startsAt = _offset;
            var sides = SidesOf(stretch.Dosage.Sides);

            Add(StepKind.GetIntoPosition, stretch, stretchIndex, stretch.Setup, null, null, transitions.GetIntoPositionSeconds);

            StepCounters? previous = null;
            for (var set = 1; set <= dosage.Sets; set++)
            {
                for (var rep = 1; rep <= dosage.Reps; rep++)
                {
                    foreach (var side in sides)
                    {
                        var counters = new StepCounters(rep, dosage.Reps, set, dosage.Sets, side);
                        if (previous is not null)
                        {
                            AddTransition(stretch, stretchIndex, previous, counters);
                        }

                        AddRepetition(stretch, stretchIndex, dosage, counters);
                        previous = counters;
                    }
                }
            }

            _stretches.Add(new TimelineStretch(
                stretchIndex,
                stretch.Id,
                stretch.Name,
                dosage,
                stretch.Dosage.Sides,
                firstStep,
                _steps.Count - firstStep,
                startsAt,
                _offset - startsAt));
        }

        public Timeline Finish()
        {
            Add(StepKind.Done, null, -1, SessionText.Localizer[SessionText.Done], null, null, 0);
            return new Timeline(_steps.AsReadOnly(), _stretches.AsReadOnly(), _offset);
        }

        private void AddTransition(Stretch stretch, int stretchIndex, StepCounters previous, StepCounters next)
        {
            if (next.Set != previous.Set)
            {
                // Counters of a rest describe the repetition that comes next.
                Add(StepKind.RestBetweenSets, stretch, stretchIndex,
                    Join(stretch.Prompts.Release, SessionText.Localizer.Format(SessionText.RestBeforeSet, ("set", next.Set), ("sets", next.Sets))),
                    null, next, transitions.RestBetweenSetsSeconds);
            }
            else if (next.Side != previous.Side)
            {
                // Counters of a switch describe the side being switched to.
                Add(StepKind.SwitchSide, stretch, stretchIndex,
                    Join(stretch.Prompts.Release, SessionText.Localizer[next.Side == Side.Left ? SessionText.SwitchToLeft : SessionText.SwitchToRight]),
                    null, next, transitions.SwitchSideSeconds);
            }
            else if (stretch.Dosage.Flow is null)
            {
                // Counters of a release describe the hold just released.
                Add(StepKind.Release, stretch, stretchIndex, stretch.Prompts.Release, null, previous, transitions.ReleaseSeconds);
            }
        }

        private void AddRepetition(Stretch stretch, int stretchIndex, ResolvedDosage dosage, StepCounters counters)
        {
            if (stretch.Dosage.Flow is { } flow)
            {
                foreach (var phase in flow.Phases)
                {
                    if (phase.Seconds < 1)
                    {
                        throw new ArgumentException(
                            $"Stretch '{stretch.Id}': flow phase '{phase.Name}' lasts {phase.Seconds} s; it must last at least 1 s.", ProgrammeParameter);
                    }

                    Add(StepKind.Flow, stretch, stretchIndex, phase.Instruction, phase.Name, counters, phase.Seconds);
                }

                return;
            }

            var instruction = counters.Side switch
            {
                Side.Right => Join(stretch.Prompts.RightSide ?? SessionText.Localizer[SessionText.RightSide], stretch.Prompts.Hold),
                Side.Left => Join(stretch.Prompts.LeftSide ?? SessionText.Localizer[SessionText.LeftSide], stretch.Prompts.Hold),
                _ => stretch.Prompts.Hold,
            };
            Add(StepKind.Hold, stretch, stretchIndex, instruction, null, counters, dosage.HoldSeconds!.Value);
        }

        private void Add(
            StepKind kind, Stretch? stretch, int stretchIndex, string instruction, string? phaseName,
            StepCounters? counters, int seconds)
        {
            if (seconds == 0 && kind != StepKind.Done)
            {
                return;
            }

            var duration = TimeSpan.FromSeconds(seconds);
            _steps.Add(new TimelineStep(
                _steps.Count, kind, stretch?.Id ?? string.Empty, stretchIndex, instruction, phaseName, counters, _offset, duration));
            _offset += duration;
        }
    }

    internal static string SideName(Side side) => side switch
    {
        Side.Left => "left",
        Side.Right => "right",
        _ => "",
    };
}
