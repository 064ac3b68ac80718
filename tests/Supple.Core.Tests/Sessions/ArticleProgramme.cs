using Supple.Core.Content;

namespace Supple.Core.Tests.Sessions;

/// <summary>
/// A hand-built programme mirroring the article's dosage table, so the engine's tests do not depend on the
/// YAML content or its loader. Texts are short stand-ins; every number, side and order is the article's.
/// </summary>
internal static class ArticleProgramme
{
    public const string Squeeze = "shoulder-blade-squeeze";
    public const string Trapezius = "upper-trapezius-stretch";
    public const string CatCamel = "cat-camel";
    public const string Thoracic = "thoracic-extension";
    public const string ChildsPose = "childs-pose";
    public const string ChestOpener = "chest-opener";
    public const string SeatedTwist = "seated-twist";

    public static readonly string[] Ids = [Squeeze, Trapezius, CatCamel, Thoracic, ChildsPose, ChestOpener, SeatedTwist];

    public static Transitions ArticleTransitions { get; } = new(
        GetIntoPositionSeconds: 10, ReleaseSeconds: 5, SwitchSideSeconds: 5, RestBetweenSetsSeconds: 10);

    public static Programme Instance { get; } = Build(ArticleTransitions);

    public static Programme Build(Transitions transitions) => new(
        Title: "Upper back test programme",
        Source: "test fixture",
        Stretches:
        [
            Held(Squeeze, "Shoulder blade squeeze", hold: new(5, 10), reps: new(10, 15), sets: CountRange.Exactly(1), SideOrder.None),
            Held(Trapezius, "Upper trapezius stretch", hold: new(20, 30), reps: new(2, 3), sets: CountRange.Exactly(1), SideOrder.RightThenLeft),
            Flowing(CatCamel, "Cat-camel", reps: new(10, 12)),
            Held(Thoracic, "Thoracic extension", hold: new(15, 20), reps: CountRange.Exactly(1), sets: new(2, 3), SideOrder.None),
            Held(ChildsPose, "Child's pose", hold: new(30, 60), reps: CountRange.Exactly(1), sets: CountRange.Exactly(1), SideOrder.None),
            Held(ChestOpener, "Chest opener", hold: new(15, 20), reps: new(2, 3), sets: CountRange.Exactly(1), SideOrder.None),
            Held(SeatedTwist, "Seated twist", hold: new(20, 30), reps: CountRange.Exactly(1), sets: new(2, 3), SideOrder.LeftThenRight),
        ],
        Causes: [],
        Benefits: [],
        DailyAdvice: "Daily.",
        StopRule: "Stop if it hurts.",
        ClosingAdvice: "Listen to your body.",
        References: [],
        Disclaimer: "Not medical advice.",
        Transitions: transitions);

    private static Stretch Held(string id, string name, CountRange hold, CountRange reps, CountRange sets, SideOrder sides) => new(
        id,
        name,
        Summary: $"{name} summary",
        Positions: [Position.Standing],
        Props: [],
        Setup: $"{id} setup",
        Steps: [$"{id} step"],
        Cues: [],
        Prompts: new StretchPrompts(
            Hold: $"{id} hold",
            Release: $"{id} release",
            RightSide: sides == SideOrder.None ? null : $"{id} right",
            LeftSide: sides == SideOrder.None ? null : $"{id} left"),
        Dosage: new Dosage(hold, reps, sets, sides, Flow: null),
        ReferenceNumbers: []);

    private static Stretch Flowing(string id, string name, CountRange reps) => new(
        id,
        name,
        Summary: $"{name} summary",
        Positions: [Position.HandsAndKnees],
        Props: [],
        Setup: $"{id} setup",
        Steps: [$"{id} step"],
        Cues: [],
        Prompts: new StretchPrompts(Hold: $"{id} hold", Release: $"{id} release", RightSide: null, LeftSide: null),
        Dosage: new Dosage(
            Hold: null,
            reps,
            Sets: CountRange.Exactly(1),
            Sides: SideOrder.None,
            Flow: new Flow([new FlowPhase("Cat", "Arch your back up", 3), new FlowPhase("Camel", "Let your belly sink", 3)])),
        ReferenceNumbers: []);
}
