using Supple.Core.Content;
using Supple.Core.Sessions;

namespace Supple.Bench.Timing;

/// <summary>
/// A small programme shaped like the real one (a sided hold, a flow, sets with rests) but with short numbers, so a
/// minute of playing covers every kind of step many times.
/// </summary>
public static class SyntheticProgramme
{
    public static Programme Programme { get; } = new(
        Title: "Timing benchmark",
        Source: "synthetic",
        Stretches:
        [
            // 3 + 4 holds of 4 s + 3 switches of 2 s = 25 s
            Stretch("sided-hold", new Dosage(new CountRange(4, 4), new CountRange(2, 2), new CountRange(1, 1), SideOrder.RightThenLeft, null)),
            // 3 + 3 flows of 2 s + 2 s = 15 s
            Stretch("flow", new Dosage(null, new CountRange(3, 3), new CountRange(1, 1), SideOrder.None,
                new Flow([new FlowPhase("Up", "Up", 2), new FlowPhase("Down", "Down", 2)]))),
            // 3 + (3 + 2 + 3) + rest 3 + (3 + 2 + 3) = 22 s
            Stretch("sets", new Dosage(new CountRange(3, 3), new CountRange(2, 2), new CountRange(2, 2), SideOrder.None, null)),
        ],
        Causes: [],
        Benefits: [],
        DailyAdvice: "",
        StopRule: "",
        ClosingAdvice: "",
        References: [],
        Disclaimer: "",
        Transitions: new Transitions(GetIntoPositionSeconds: 3, ReleaseSeconds: 2, SwitchSideSeconds: 2, RestBetweenSetsSeconds: 3));

    /// <summary>The three stretches, repeated until the timeline lasts at least <paramref name="seconds"/>.</summary>
    public static Timeline TimelineOfAtLeast(int seconds)
    {
        var items = new List<RoutineItem>();
        Timeline timeline;
        do
        {
            items.AddRange(Programme.Stretches.Select(s => new RoutineItem(s.Id, DosageLevel.Standard)));
            timeline = TimelineCompiler.Compile(Programme, new Routine(items));
        }
        while (timeline.TotalDuration < TimeSpan.FromSeconds(seconds));

        return timeline;
    }

    /// <summary>A 15 s timeline to warm the JIT and timers up before measuring.</summary>
    public static Timeline WarmUp() => TimelineCompiler.Compile(Programme, new Routine([new RoutineItem("flow", DosageLevel.Standard)]));

    private static Stretch Stretch(string id, Dosage dosage) => new(
        id, id, id, [Position.Standing], [], $"{id} setup", [id], [],
        new StretchPrompts("Hold", "Release", dosage.EachSide ? "Right" : null, dosage.EachSide ? "Left" : null),
        dosage, []);
}
