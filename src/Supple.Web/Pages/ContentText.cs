using System.Globalization;
using Supple.Core.Content;

namespace Supple.Web.Pages;

/// <summary>Turns programme data (dosage, positions, props) into the short phrases the pages show.</summary>
public static class ContentText
{
    public static string Dosage(Dosage dosage)
    {
        ArgumentNullException.ThrowIfNull(dosage);
        var parts = new List<string>();
        if (dosage.Flow is { } flow)
        {
            parts.Add($"{dosage.Reps} rounds of " + string.Join(" and ", flow.Phases.Select(p =>
                string.Create(CultureInfo.InvariantCulture, $"{p.Name.ToLowerInvariant()} ({p.Seconds} s)"))));
        }
        else
        {
            if (dosage.Hold is { } hold)
            {
                parts.Add($"hold {hold} s");
            }

            if (dosage.Reps.Max > 1)
            {
                parts.Add($"{dosage.Reps} times");
            }
        }

        if (dosage.Sets.Max > 1)
        {
            parts.Add($"{dosage.Sets} sets");
        }

        if (dosage.EachSide)
        {
            parts.Add(dosage.Sides == SideOrder.RightThenLeft ? "each side, right first" : "each side, left first");
        }

        var text = string.Join(" · ", parts);
        return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }

    public static string Position(Position position) => position switch
    {
        Core.Content.Position.HandsAndKnees => "on hands and knees",
        Core.Content.Position.ChairEdge => "on the edge of a chair",
        Core.Content.Position.Floor => "on the floor",
        _ => position.ToString().ToLowerInvariant(),
    };

    public static string Positions(IEnumerable<Position> positions) =>
        Capitalise(string.Join(" or ", positions.Select(Position)));

    public static string Prop(Prop prop) => prop switch
    {
        Core.Content.Prop.FoamRoller => "a foam roller",
        Core.Content.Prop.RolledTowel => "a rolled-up towel",
        Core.Content.Prop.FloorSpace => "room on the floor",
        Core.Content.Prop.Chair => "a chair",
        _ => prop.ToString(),
    };

    public static string Props(IEnumerable<PropRequirement> props) =>
        Capitalise(string.Join(", and ", props.Select(p => string.Join(" or ", p.AnyOf.Select(Prop)))));

    private static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
