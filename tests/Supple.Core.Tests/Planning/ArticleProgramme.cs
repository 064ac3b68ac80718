using Supple.Core.Content;

namespace Supple.Core.Tests.Planning;

/// <summary>
/// The article's seven stretches with their positions, props and ranges, built in code so the planning and
/// safety tests do not depend on the programme file. Thoracic extension lists its props; cat-camel and child's
/// pose list none, so the floor is implied by their positions (both ways are tested).
/// </summary>
internal static class ArticleProgramme
{
    public static Programme Instance { get; } = Build();

    private static Programme Build()
    {
        var prompts = new StretchPrompts("Hold", "Release", null, null);
        var sided = new StretchPrompts("Hold", "Release", "Right side", "Left side");
        Stretch S(string id, string name, string summary, Position[] positions, PropRequirement[] props, Dosage dosage, StretchPrompts? p = null) =>
            new(id, name, summary, positions, props, "Get ready.", ["Step one."], ["Breathe."], p ?? prompts, dosage, []);
        static CountRange R(int min, int max) => new(min, max);

        Stretch[] stretches =
        [
            S("shoulder-blade-squeeze", "Shoulder blade squeeze", "Opens the chest, helps posture and eases upper-back stiffness.",
                [Position.Standing, Position.Sitting], [], new Dosage(R(5, 10), R(10, 15), R(1, 1), SideOrder.None, null)),
            S("upper-trapezius-stretch", "Upper trapezius stretch", "Eases tension in the upper trapezius and helps you relax.",
                [Position.Standing, Position.Sitting], [], new Dosage(R(20, 30), R(2, 3), R(1, 1), SideOrder.RightThenLeft, null), sided),
            S("cat-camel", "Cat-camel stretch", "A gentle flowing movement that mobilises the spine.",
                [Position.HandsAndKnees], [], new Dosage(null, R(10, 12), R(1, 1), SideOrder.None,
                    new Flow([new FlowPhase("Cat", "Arch up.", 3), new FlowPhase("Camel", "Sink down.", 3)]))),
            S("thoracic-extension", "Thoracic extension stretch", "Improves mid-back mobility.",
                [Position.Floor], [new PropRequirement([Prop.FoamRoller, Prop.RolledTowel]), new PropRequirement([Prop.FloorSpace])],
                new Dosage(R(15, 20), R(1, 1), R(2, 3), SideOrder.None, null)),
            S("childs-pose", "Child's pose", "A soothing stretch for the whole back.",
                [Position.Kneeling], [], new Dosage(R(30, 60), R(1, 1), R(1, 1), SideOrder.None, null)),
            S("chest-opener", "Chest opener stretch", "Counters a forward-rounded posture.",
                [Position.Standing], [], new Dosage(R(15, 20), R(2, 3), R(1, 1), SideOrder.None, null)),
            S("seated-twist", "Seated twist", "Increases spinal mobility and releases tension.",
                [Position.ChairEdge], [new PropRequirement([Prop.Chair])], new Dosage(R(20, 30), R(1, 1), R(2, 3), SideOrder.LeftThenRight, null), sided),
        ];

        return new Programme(
            "Test programme", "The article", stretches, [], [], "Daily.", "Stop if excruciatingly painful.", "Listen to your body.", [],
            "Disclaimer.", new Transitions(5, 3, 5, 10));
    }
}
