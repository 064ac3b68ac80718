using Supple.Core.Content;
using Supple.Core.Sessions;
using static Supple.Core.Tests.Sessions.ArticleProgramme;

namespace Supple.Core.Tests.Sessions;

public sealed class TimelineCompilerTests
{
    // Article table: get into position 10 s, release 5 s, switch side 5 s, rest between sets 10 s.
    public static TheoryData<string, DosageLevel, int?, int, int> ResolvedNumbers => new()
    {
        { Squeeze, DosageLevel.Gentle, 5, 10, 1 },
        { Squeeze, DosageLevel.Standard, 8, 13, 1 },      // mid of 5–10 rounded half up = 8, of 10–15 = 13
        { Squeeze, DosageLevel.Full, 10, 15, 1 },
        { Trapezius, DosageLevel.Gentle, 20, 2, 1 },
        { Trapezius, DosageLevel.Standard, 25, 3, 1 },    // mid of 2–3 rounded half up = 3
        { Trapezius, DosageLevel.Full, 30, 3, 1 },
        { CatCamel, DosageLevel.Gentle, null, 10, 1 },
        { CatCamel, DosageLevel.Standard, null, 11, 1 },
        { CatCamel, DosageLevel.Full, null, 12, 1 },
        { Thoracic, DosageLevel.Gentle, 15, 1, 2 },
        { Thoracic, DosageLevel.Standard, 18, 1, 3 },
        { Thoracic, DosageLevel.Full, 20, 1, 3 },
        { ChildsPose, DosageLevel.Gentle, 30, 1, 1 },
        { ChildsPose, DosageLevel.Standard, 45, 1, 1 },
        { ChildsPose, DosageLevel.Full, 60, 1, 1 },
        { ChestOpener, DosageLevel.Gentle, 15, 2, 1 },
        { ChestOpener, DosageLevel.Standard, 18, 3, 1 },
        { ChestOpener, DosageLevel.Full, 20, 3, 1 },
        { SeatedTwist, DosageLevel.Gentle, 20, 1, 2 },
        { SeatedTwist, DosageLevel.Standard, 25, 1, 3 },
        { SeatedTwist, DosageLevel.Full, 30, 1, 3 },
    };

    [Theory]
    [MemberData(nameof(ResolvedNumbers))]
    public void Resolve_picks_min_mid_or_max_of_each_range(string id, DosageLevel level, int? hold, int reps, int sets)
    {
        var stretch = Instance.FindStretch(id)!;

        var resolved = TimelineCompiler.Resolve(stretch, new RoutineItem(id, level));

        Assert.Equal(new ResolvedDosage(hold, reps, sets), resolved);
    }

    // Expected seconds worked out by hand from the table: get-into-position + holds + transitions.
    public static TheoryData<string, DosageLevel, int> StretchSeconds => new()
    {
        { Squeeze, DosageLevel.Gentle, 10 + (10 * 5) + (9 * 5) },          // 10 holds of 5 s, 9 releases
        { Squeeze, DosageLevel.Standard, 10 + (13 * 8) + (12 * 5) },       // 13 holds of 8 s, 12 releases
        { Squeeze, DosageLevel.Full, 10 + (15 * 10) + (14 * 5) },          // 15 holds of 10 s, 14 releases
        { Trapezius, DosageLevel.Gentle, 10 + (4 * 20) + (3 * 5) },        // R L R L, 3 switches
        { Trapezius, DosageLevel.Standard, 10 + (6 * 25) + (5 * 5) },      // R L R L R L, 5 switches
        { Trapezius, DosageLevel.Full, 10 + (6 * 30) + (5 * 5) },
        { CatCamel, DosageLevel.Gentle, 10 + (10 * (3 + 3)) },             // 10 flows of cat 3 s + camel 3 s
        { CatCamel, DosageLevel.Standard, 10 + (11 * (3 + 3)) },
        { CatCamel, DosageLevel.Full, 10 + (12 * (3 + 3)) },
        { Thoracic, DosageLevel.Gentle, 10 + (2 * 15) + (1 * 10) },        // 2 sets, 1 rest
        { Thoracic, DosageLevel.Standard, 10 + (3 * 18) + (2 * 10) },      // 3 sets, 2 rests
        { Thoracic, DosageLevel.Full, 10 + (3 * 20) + (2 * 10) },
        { ChildsPose, DosageLevel.Gentle, 10 + 30 },
        { ChildsPose, DosageLevel.Standard, 10 + 45 },
        { ChildsPose, DosageLevel.Full, 10 + 60 },
        { ChestOpener, DosageLevel.Gentle, 10 + (2 * 15) + (1 * 5) },      // 2 holds, 1 release
        { ChestOpener, DosageLevel.Standard, 10 + (3 * 18) + (2 * 5) },
        { ChestOpener, DosageLevel.Full, 10 + (3 * 20) + (2 * 5) },
        { SeatedTwist, DosageLevel.Gentle, 10 + (4 * 20) + (2 * 5) + (1 * 10) },   // (L switch R) rest (L switch R)
        { SeatedTwist, DosageLevel.Standard, 10 + (6 * 25) + (3 * 5) + (2 * 10) },
        { SeatedTwist, DosageLevel.Full, 10 + (6 * 30) + (3 * 5) + (2 * 10) },
    };

    [Theory]
    [MemberData(nameof(StretchSeconds))]
    public void Each_stretch_lasts_what_the_table_gives_at_each_level(string id, DosageLevel level, int seconds)
    {
        var timeline = TimelineCompiler.Compile(Instance, new Routine([new RoutineItem(id, level)]));

        Assert.Equal(TimeSpan.FromSeconds(seconds), timeline.TotalDuration);
        var stretch = Assert.Single(timeline.Stretches);
        Assert.Equal(TimeSpan.FromSeconds(seconds), stretch.Duration);
        Assert.Equal(TimeSpan.Zero, stretch.StartsAt);
        Assert.Equal(timeline.Steps.Count - 1, stretch.StepCount); // every step but Done
        AssertContiguous(timeline);
    }

    [Theory]
    [InlineData(DosageLevel.Gentle, 105 + 105 + 70 + 50 + 40 + 45 + 110)]
    [InlineData(DosageLevel.Standard, 174 + 185 + 76 + 84 + 55 + 74 + 195)]
    [InlineData(DosageLevel.Full, 230 + 215 + 82 + 90 + 70 + 80 + 225)]
    public void Whole_routine_is_the_sum_of_its_stretches_in_programme_order(DosageLevel level, int seconds)
    {
        var timeline = TimelineCompiler.Compile(Instance, Routine.All(Instance, level));

        Assert.Equal(TimeSpan.FromSeconds(seconds), timeline.TotalDuration);
        Assert.Equal(Ids, timeline.Stretches.Select(s => s.StretchId));
        AssertContiguous(timeline);
        var offset = TimeSpan.Zero;
        var firstStep = 0;
        foreach (var stretch in timeline.Stretches)
        {
            Assert.Equal(offset, stretch.StartsAt);
            Assert.Equal(firstStep, stretch.FirstStep);
            Assert.Equal(StepKind.GetIntoPosition, timeline.Steps[stretch.FirstStep].Kind);
            Assert.All(
                timeline.Steps.Skip(stretch.FirstStep).Take(stretch.StepCount),
                s => Assert.Equal((stretch.Index, stretch.StretchId), (s.StretchIndex, s.StretchId)));
            offset += stretch.Duration;
            firstStep += stretch.StepCount;
        }

        Assert.Equal(timeline.TotalDuration, offset);
        var done = timeline.Steps[^1];
        Assert.Equal((StepKind.Done, TimeSpan.Zero, timeline.TotalDuration, -1, ""), (done.Kind, done.Duration, done.StartsAt, done.StretchIndex, done.StretchId));
        Assert.Equal(timeline.Steps.Count - 1, firstStep);
    }

    [Fact]
    public void Squeeze_releases_between_holds_but_not_after_the_last_one()
    {
        var steps = Shape(Squeeze, DosageLevel.Gentle);

        var expected = "G10 " + string.Join(" Rel5 ", Enumerable.Repeat("H5", 10));
        Assert.Equal(expected, steps);
    }

    [Fact]
    public void Trapezius_alternates_right_then_left_with_a_switch_between_sides()
    {
        Assert.Equal("G10 H20R Sw5L H20L Sw5R H20R Sw5L H20L", Shape(Trapezius, DosageLevel.Gentle));
        Assert.Equal("G10 H30R Sw5L H30L Sw5R H30R Sw5L H30L Sw5R H30R Sw5L H30L", Shape(Trapezius, DosageLevel.Full));
    }

    [Fact]
    public void Seated_twist_starts_left_and_rests_between_sets()
    {
        Assert.Equal("G10 H20L Sw5R H20R Rest10L H20L Sw5R H20R", Shape(SeatedTwist, DosageLevel.Gentle));
        Assert.Equal("G10 H30L Sw5R H30R Rest10L H30L Sw5R H30R Rest10L H30L Sw5R H30R", Shape(SeatedTwist, DosageLevel.Full));
    }

    [Fact]
    public void Thoracic_extension_and_chest_opener_follow_sets_and_reps()
    {
        Assert.Equal("G10 H15 Rest10 H15", Shape(Thoracic, DosageLevel.Gentle));
        Assert.Equal("G10 H18 Rest10 H18 Rest10 H18", Shape(Thoracic, DosageLevel.Standard));
        Assert.Equal("G10 H20 Rel5 H20 Rel5 H20", Shape(ChestOpener, DosageLevel.Full));
        Assert.Equal("G10 H60", Shape(ChildsPose, DosageLevel.Full));
    }

    [Fact]
    public void Cat_camel_flows_through_both_phases_each_rep_without_releases()
    {
        var timeline = Compile(CatCamel, DosageLevel.Gentle);

        Assert.Equal("G10 " + string.Join(" ", Enumerable.Repeat("F3Cat F3Camel", 10)), Shape(timeline));
        var flows = timeline.Steps.Where(s => s.Kind == StepKind.Flow).ToList();
        Assert.Equal(20, flows.Count);
        for (var i = 0; i < flows.Count; i++)
        {
            Assert.Equal(new StepCounters((i / 2) + 1, 10, 1, 1, Side.None), flows[i].Counters);
            Assert.Equal(i % 2 == 0 ? "Arch your back up" : "Let your belly sink", flows[i].Instruction);
        }
    }

    [Fact]
    public void Counters_name_the_hold_released_and_the_repetition_switched_or_rested_to()
    {
        var squeeze = Compile(Squeeze, DosageLevel.Gentle).Steps;
        Assert.Equal(new StepCounters(3, 10, 1, 1, Side.None), squeeze[5].Counters);        // hold 3
        Assert.Equal(StepKind.Release, squeeze[6].Kind);
        Assert.Equal(new StepCounters(3, 10, 1, 1, Side.None), squeeze[6].Counters);        // its release
        Assert.Null(squeeze[0].Counters);                                                  // get into position

        var twist = Compile(SeatedTwist, DosageLevel.Gentle).Steps;
        Assert.Equal(new StepCounters(1, 1, 1, 2, Side.Left), twist[1].Counters);
        Assert.Equal(new StepCounters(1, 1, 1, 2, Side.Right), twist[2].Counters);          // switch to right
        Assert.Equal(new StepCounters(1, 1, 1, 2, Side.Right), twist[3].Counters);
        Assert.Equal(new StepCounters(1, 1, 2, 2, Side.Left), twist[4].Counters);           // rest before set 2
        Assert.Equal(new StepCounters(1, 1, 2, 2, Side.Left), twist[5].Counters);

        var trapezius = Compile(Trapezius, DosageLevel.Standard).Steps.Where(s => s.Kind == StepKind.Hold);
        Assert.Equal(
            [(1, Side.Right), (1, Side.Left), (2, Side.Right), (2, Side.Left), (3, Side.Right), (3, Side.Left)],
            trapezius.Select(s => (s.Counters!.Rep, s.Counters.Side)));
    }

    [Fact]
    public void Instructions_come_from_the_stretch_setup_and_prompts()
    {
        var trapezius = Compile(Trapezius, DosageLevel.Gentle).Steps;
        Assert.Equal("upper-trapezius-stretch setup", trapezius[0].Instruction);
        Assert.Equal("upper-trapezius-stretch right. upper-trapezius-stretch hold", trapezius[1].Instruction);
        Assert.Equal("upper-trapezius-stretch release. Switch to your left side.", trapezius[2].Instruction);
        Assert.Equal("upper-trapezius-stretch left. upper-trapezius-stretch hold", trapezius[3].Instruction);

        var squeeze = Compile(Squeeze, DosageLevel.Gentle).Steps;
        Assert.Equal("shoulder-blade-squeeze hold", squeeze[1].Instruction);
        Assert.Equal("shoulder-blade-squeeze release", squeeze[2].Instruction);

        var thoracic = Compile(Thoracic, DosageLevel.Gentle).Steps;
        Assert.Equal("thoracic-extension release. Rest before set 2 of 2.", thoracic[2].Instruction);
        Assert.All(thoracic, s => Assert.Null(s.PhaseName));
    }

    [Fact]
    public void Explicit_dosage_within_the_ranges_is_used_as_given()
    {
        var routine = new Routine([new RoutineItem(ChestOpener, DosageLevel.Gentle, new ResolvedDosage(17, 3, 1))]);

        var timeline = TimelineCompiler.Compile(Instance, routine);

        Assert.Equal("G10 H17 Rel5 H17 Rel5 H17", Shape(timeline));
        Assert.Equal(new ResolvedDosage(17, 3, 1), timeline.Stretches[0].Dosage);
        Assert.Equal(TimeSpan.FromSeconds(10 + (3 * 17) + (2 * 5)), timeline.TotalDuration);
    }

    [Theory]
    [InlineData(ChestOpener, 21, 2, 1, "hold seconds 21", "15–20")]
    [InlineData(ChestOpener, 14, 2, 1, "hold seconds 14", "15–20")]
    [InlineData(ChestOpener, 15, 4, 1, "reps 4", "2–3")]
    [InlineData(Thoracic, 15, 1, 4, "sets 4", "2–3")]
    [InlineData(Trapezius, 20, 1, 1, "reps 1", "2–3")]
    [InlineData(CatCamel, 5, 10, 1, "hold seconds 5", "flowing")]
    [InlineData(CatCamel, null, 13, 1, "reps 13", "10–12")]
    [InlineData(ChildsPose, null, 1, 1, "hold seconds missing", "30–60")]
    public void Explicit_dosage_outside_a_range_names_stretch_field_and_range(string id, int? hold, int reps, int sets, string field, string range)
    {
        var routine = new Routine([new RoutineItem(id, DosageLevel.Standard, new ResolvedDosage(hold, reps, sets))]);

        var error = Assert.Throws<ArgumentException>(() => TimelineCompiler.Compile(Instance, routine));

        Assert.Contains($"'{id}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
        Assert.Contains(range, error.Message, StringComparison.Ordinal);
        Assert.Equal("item", error.ParamName);
    }

    [Fact]
    public void Unknown_stretch_id_is_rejected_with_the_known_ids()
    {
        var routine = new Routine([new RoutineItem(Squeeze, DosageLevel.Gentle), new RoutineItem("neck-roll", DosageLevel.Gentle)]);

        var error = Assert.Throws<ArgumentException>(() => TimelineCompiler.Compile(Instance, routine));

        Assert.Contains("'neck-roll'", error.Message, StringComparison.Ordinal);
        Assert.Contains("position 2", error.Message, StringComparison.Ordinal);
        Assert.Contains(string.Join(", ", Ids), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_routine_and_mismatched_item_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => TimelineCompiler.Compile(Instance, new Routine([])));
        Assert.Throws<ArgumentException>(() => TimelineCompiler.Resolve(Instance.FindStretch(Squeeze)!, new RoutineItem(Thoracic, DosageLevel.Full)));
    }

    [Fact]
    public void Zero_second_transitions_are_left_out_and_negative_ones_rejected()
    {
        var noTransitions = Build(new Transitions(0, 0, 0, 0));

        var timeline = TimelineCompiler.Compile(noTransitions, new Routine([new RoutineItem(SeatedTwist, DosageLevel.Gentle)]));

        Assert.Equal("H20L H20R H20L H20R", Shape(timeline));
        Assert.Equal(TimeSpan.FromSeconds(80), timeline.TotalDuration);
        Assert.Throws<ArgumentException>(() => TimelineCompiler.Compile(Build(new Transitions(10, -1, 5, 10)), Routine.All(Instance, DosageLevel.Gentle)));
    }

    [Fact]
    public void Timeline_is_immutable()
    {
        var timeline = TimelineCompiler.Compile(Instance, Routine.All(Instance, DosageLevel.Gentle));

        Assert.Throws<NotSupportedException>(() => ((IList<TimelineStep>)timeline.Steps).Add(timeline.Steps[0]));
        Assert.Throws<NotSupportedException>(() => ((IList<TimelineStretch>)timeline.Stretches).RemoveAt(0));
    }

    [Fact]
    public void Players_can_find_the_stretch_the_step_at_an_offset_and_what_comes_next()
    {
        var timeline = TimelineCompiler.Compile(Instance, Routine.All(Instance, DosageLevel.Gentle));

        // The trapezius starts at 105 s: get into position 10 s, then the first right hold of 20 s.
        var atTrapezius = timeline.StepAt(TimeSpan.FromSeconds(105 + 10));
        Assert.Equal((StepKind.Hold, Trapezius, Side.Right), (atTrapezius.Kind, atTrapezius.StretchId, atTrapezius.Counters!.Side));
        Assert.Equal(Trapezius, timeline.StretchOf(atTrapezius.Index)!.StretchId);
        Assert.Equal(StepKind.GetIntoPosition, timeline.StepAt(TimeSpan.FromSeconds(105)).Kind);
        Assert.Equal(Squeeze, timeline.StepAt(TimeSpan.FromSeconds(104.9)).StretchId);
        Assert.Equal(StepKind.Done, timeline.StepAt(timeline.TotalDuration).Kind);
        Assert.Null(timeline.StretchOf(timeline.Steps.Count - 1));

        Assert.Equal("Next: Switch to the left side", timeline.DescribeNext(atTrapezius.Index));
        Assert.Equal("Next: Upper trapezius stretch: hold 20 s — left side, rep 1 of 2", timeline.DescribeNext(atTrapezius.Index + 1));
        Assert.Equal("Next: Upper trapezius stretch: get into position", timeline.DescribeNext(atTrapezius.Index - 2));
        Assert.Equal("Next: Cat-camel: Cat 3 s — rep 1 of 10", timeline.DescribeNext(timeline.Stretches[2].FirstStep));
        Assert.Equal("Next: Finish", timeline.DescribeNext(timeline.Steps.Count - 2));
        Assert.Null(timeline.DescribeNext(timeline.Steps.Count - 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => timeline.StretchOf(timeline.Steps.Count));
    }

    private static Timeline Compile(string id, DosageLevel level) =>
        TimelineCompiler.Compile(Instance, new Routine([new RoutineItem(id, level)]));

    private static string Shape(string id, DosageLevel level) => Shape(Compile(id, level));

    /// <summary>A compact picture of a timeline without its final Done step, e.g. "G10 H20R Sw5L H20L".</summary>
    private static string Shape(Timeline timeline) => string.Join(" ", timeline.Steps.Where(s => s.Kind != StepKind.Done).Select(s =>
    {
        var kind = s.Kind switch
        {
            StepKind.GetIntoPosition => "G",
            StepKind.Hold => "H",
            StepKind.Flow => "F",
            StepKind.Release => "Rel",
            StepKind.SwitchSide => "Sw",
            StepKind.RestBetweenSets => "Rest",
            _ => s.Kind.ToString(),
        };
        var side = s.Counters?.Side switch { Side.Left => "L", Side.Right => "R", _ => "" };
        return $"{kind}{(int)s.Duration.TotalSeconds}{side}{s.PhaseName}";
    }));

    private static void AssertContiguous(Timeline timeline)
    {
        var offset = TimeSpan.Zero;
        for (var i = 0; i < timeline.Steps.Count; i++)
        {
            Assert.Equal(i, timeline.Steps[i].Index);
            Assert.Equal(offset, timeline.Steps[i].StartsAt);
            offset += timeline.Steps[i].Duration;
        }

        Assert.Equal(timeline.TotalDuration, offset);
    }
}
