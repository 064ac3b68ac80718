using System.Globalization;
using Supple.Core.Content;
using Supple.Core.Sessions;

namespace Supple.Cli.Rendering;

/// <summary>Words and numbers as Supple shows them: durations, dosage, positions, props.</summary>
internal static class Format
{
    /// <summary>"45 s", "2:05", "1:02:03" (see <see cref="DurationText"/>, shared with the desk-break host).</summary>
    public static string Duration(TimeSpan span) => DurationText.Short(span);

    /// <summary>"45 s" under a minute, otherwise m:ss (or h:mm:ss).</summary>
    public static string Seconds(int seconds) => DurationText.Seconds(seconds);

    /// <summary>m:ss always (clock style), for progress lines.</summary>
    public static string Clock(TimeSpan span) => DurationText.Clock(span);

    public static string Count(CountRange range, string singular, string plural) =>
        $"{range} {(range.Max == 1 ? singular : plural)}";

    public static string Count(int value, string singular, string plural) =>
        string.Create(CultureInfo.InvariantCulture, $"{value} {(value == 1 ? singular : plural)}");

    /// <summary>The hold column: "5–10 s", or the flow's phases.</summary>
    public static string Hold(Dosage dosage) => dosage.Hold is { } hold
        ? $"{hold} s"
        : dosage.Flow is { } flow
            ? "flow: " + string.Join(" → ", flow.Phases.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Name} {p.Seconds} s")))
            : "—";

    public static string Sides(SideOrder order) => order switch
    {
        SideOrder.RightThenLeft => "each side, right first",
        SideOrder.LeftThenRight => "each side, left first",
        _ => "—",
    };

    /// <summary>"right, left" — the order sides are done in, for narrow tables.</summary>
    public static string ShortSides(SideOrder order) => order switch
    {
        SideOrder.RightThenLeft => "right, left",
        SideOrder.LeftThenRight => "left, right",
        _ => "—",
    };

    public static string Side(Side side) => side switch
    {
        Core.Content.Side.Left => "left side",
        Core.Content.Side.Right => "right side",
        _ => "",
    };

    /// <summary>"hold 5–10 s · 10–15 reps · 1 set", with "· each side" when sided.</summary>
    public static string Dosage(Dosage dosage)
    {
        var parts = new List<string>
        {
            dosage.Hold is { } hold ? $"hold {hold} s" : Hold(dosage),
            Count(dosage.Reps, "rep", "reps"),
            Count(dosage.Sets, "set", "sets"),
        };
        if (dosage.EachSide)
        {
            parts.Add(Sides(dosage.Sides));
        }

        return string.Join(" · ", parts);
    }

    /// <summary>"hold 8 s × 13 reps × 1 set", "flow × 11 reps × 1 set".</summary>
    public static string Resolved(ResolvedDosage dosage, SideOrder sides)
    {
        var text = (dosage.HoldSeconds is { } hold ? string.Create(CultureInfo.InvariantCulture, $"hold {hold} s") : "flow")
            + " × " + Count(dosage.Reps, "rep", "reps")
            + " × " + Count(dosage.Sets, "set", "sets");
        return sides == SideOrder.None ? text : text + ", each side";
    }

    /// <summary>How a position reads, in the run's language (the programme's shared words).</summary>
    public static string Position(Position position) => Words.PositionName(position);

    public static string Positions(IReadOnlyList<Position> positions) =>
        positions.Count == 0 ? "—" : string.Join(" or ", positions.Select(Position));

    /// <summary>How a prop reads, in the run's language (the programme's shared words).</summary>
    public static string Prop(Prop prop) => Words.PropName(prop);

    /// <summary>The built-in programme in the run's language: its words for positions and props serve every programme.</summary>
    private static LocalizedProgramme Words => ProgrammeTranslations.BuiltIn.For(CultureInfo.CurrentUICulture);

    public static string Props(IReadOnlyList<PropRequirement> props) =>
        props.Count == 0 ? "nothing" : string.Join(", ", props.Select(p => string.Join(" or ", p.AnyOf.Select(Prop))));

    public static string Kebab(Position position) => position switch
    {
        Core.Content.Position.HandsAndKnees => "hands-and-knees",
        Core.Content.Position.ChairEdge => "chair-edge",
        _ => position.ToString().ToLowerInvariant(),
    };

    public static string Kebab(Prop prop) => prop switch
    {
        Core.Content.Prop.FoamRoller => "foam-roller",
        Core.Content.Prop.RolledTowel => "rolled-towel",
        Core.Content.Prop.FloorSpace => "floor-space",
        _ => prop.ToString().ToLowerInvariant(),
    };

    public static string Kebab(StepKind kind) => kind switch
    {
        StepKind.GetIntoPosition => "get-into-position",
        StepKind.SwitchSide => "switch-side",
        StepKind.RestBetweenSets => "rest-between-sets",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static string Kebab(SideOrder order) => order switch
    {
        SideOrder.RightThenLeft => "right-then-left",
        SideOrder.LeftThenRight => "left-then-right",
        _ => "none",
    };

    public static string Kebab(Side side) => side.ToString().ToLowerInvariant();

    public static string Kebab(DosageLevel level) => level.ToString().ToLowerInvariant();

    /// <summary>How a step kind is titled on screen.</summary>
    public static string Title(StepKind kind) => kind switch
    {
        StepKind.GetIntoPosition => "Get into position",
        StepKind.Hold => "Hold",
        StepKind.Flow => "Flow",
        StepKind.Release => "Release",
        StepKind.SwitchSide => "Switch side",
        StepKind.RestBetweenSets => "Rest",
        StepKind.Done => "Done",
        _ => kind.ToString(),
    };

    public static string References(IReadOnlyList<int> numbers) =>
        numbers.Count == 0 ? "" : string.Join("", numbers.Select(n => string.Create(CultureInfo.InvariantCulture, $"[{n}]")));
}
