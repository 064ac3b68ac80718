using System.Globalization;
using Supple.Cli.Resources;
using Supple.Core.Content;
using Supple.Core.Localization;
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

    /// <summary>"10–15 reps", "1 rep", in the run's language.</summary>
    public static string Reps(CountRange range) => L.Format(CliText.FormatReps, ("range", range.ToString()), ("max", range.Max));

    /// <summary>"1 set", "2–3 sets", in the run's language.</summary>
    public static string Sets(CountRange range) => L.Format(CliText.FormatSets, ("range", range.ToString()), ("max", range.Max));

    /// <summary>"13 reps", in the run's language.</summary>
    public static string Reps(int value) => L.Format(CliText.FormatReps, ("range", value), ("max", value));

    /// <summary>"1 set", in the run's language.</summary>
    public static string Sets(int value) => L.Format(CliText.FormatSets, ("range", value), ("max", value));

    private static Microsoft.Extensions.Localization.IStringLocalizer L => CliText.Localizer;

    public static string Count(int value, string singular, string plural) =>
        string.Create(CultureInfo.InvariantCulture, $"{value} {(value == 1 ? singular : plural)}");

    /// <summary>The hold column: "5–10 s", or the flow's phases.</summary>
    public static string Hold(Dosage dosage) => dosage.Hold is { } hold
        ? $"{hold} s"
        : dosage.Flow is { } flow
            ? L.Format(CliText.FormatFlowPhases, ("phases", string.Join(" → ", flow.Phases.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Name} {p.Seconds} s")))))
            : "—";

    public static string Sides(SideOrder order) => order switch
    {
        SideOrder.RightThenLeft => L[CliText.FormatEachSideRightFirst],
        SideOrder.LeftThenRight => L[CliText.FormatEachSideLeftFirst],
        _ => "—",
    };

    /// <summary>"right, left" — the order sides are done in, for narrow tables.</summary>
    public static string ShortSides(SideOrder order) => order switch
    {
        SideOrder.RightThenLeft => L[CliText.FormatRightLeft],
        SideOrder.LeftThenRight => L[CliText.FormatLeftRight],
        _ => "—",
    };

    public static string Side(Side side) => side switch
    {
        Core.Content.Side.Left => L[CliText.SideLeft],
        Core.Content.Side.Right => L[CliText.SideRight],
        _ => "",
    };

    /// <summary>"hold 5–10 s · 10–15 reps · 1 set", with "· each side" when sided.</summary>
    public static string Dosage(Dosage dosage)
    {
        var parts = new List<string>
        {
            dosage.Hold is { } hold ? L.Format(CliText.FormatHoldSeconds, ("hold", hold.ToString())) : Hold(dosage),
            Reps(dosage.Reps),
            Sets(dosage.Sets),
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
        var text = (dosage.HoldSeconds is { } hold ? L.Format(CliText.FormatHoldSeconds, ("hold", hold)) : L[CliText.FormatFlow])
            + " × " + Reps(dosage.Reps)
            + " × " + Sets(dosage.Sets);
        return sides == SideOrder.None ? text : L.Format(CliText.FormatEachSide, ("dosage", text));
    }

    /// <summary>How a position reads, in the run's language (the programme's shared words).</summary>
    public static string Position(Position position) => Words.PositionName(position);

    public static string Positions(IReadOnlyList<Position> positions) =>
        positions.Count == 0 ? "—" : Or(positions.Select(Position));

    /// <summary>"a or b or c", in the run's language.</summary>
    public static string Or(IEnumerable<string> items) => items.Aggregate((a, b) => L.Format(CliText.FormatOr, ("first", a), ("second", b)));

    /// <summary>How a prop reads, in the run's language (the programme's shared words).</summary>
    public static string Prop(Prop prop) => Words.PropName(prop);

    /// <summary>The built-in programme in the run's language: its words for positions and props serve every programme.</summary>
    private static LocalizedProgramme Words => ProgrammeTranslations.BuiltIn.For(CultureInfo.CurrentUICulture);

    public static string Props(IReadOnlyList<PropRequirement> props) =>
        props.Count == 0 ? L[CliText.FormatNothing] : string.Join(", ", props.Select(p => Or(p.AnyOf.Select(Prop))));

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
        StepKind.GetIntoPosition => L[CliText.StepGetIntoPosition],
        StepKind.Hold => L[CliText.StepHold],
        StepKind.Flow => L[CliText.StepFlow],
        StepKind.Release => L[CliText.StepRelease],
        StepKind.SwitchSide => L[CliText.StepSwitchSide],
        StepKind.RestBetweenSets => L[CliText.StepRest],
        StepKind.Done => L[CliText.StepDone],
        _ => kind.ToString(),
    };

    /// <summary>How a step kind reads inside a line ("get into position", "hold").</summary>
    public static string StepName(StepKind kind) => kind switch
    {
        StepKind.GetIntoPosition => L[CliText.StepNameGetIntoPosition],
        StepKind.Hold => L[CliText.StepNameHold],
        StepKind.Flow => L[CliText.StepNameFlow],
        StepKind.Release => L[CliText.StepNameRelease],
        StepKind.SwitchSide => L[CliText.StepNameSwitchSide],
        StepKind.RestBetweenSets => L[CliText.StepNameRest],
        StepKind.Done => L[CliText.StepNameDone],
        _ => kind.ToString(),
    };

    /// <summary>"right", "left": a side in one word.</summary>
    public static string ShortSide(Side side) => side switch
    {
        Core.Content.Side.Left => L[CliText.SideShortLeft],
        Core.Content.Side.Right => L[CliText.SideShortRight],
        _ => "",
    };

    public static string References(IReadOnlyList<int> numbers) =>
        numbers.Count == 0 ? "" : string.Join("", numbers.Select(n => string.Create(CultureInfo.InvariantCulture, $"[{n}]")));
}
