using System.Collections.Frozen;

namespace Supple.Core.History;

/// <summary>Kebab-case names of <see cref="BodyArea"/> values, as typed on the command line and written to files.</summary>
public static class BodyAreas
{
    private static readonly FrozenDictionary<BodyArea, string> Names = new Dictionary<BodyArea, string>
    {
        [BodyArea.UpperBack] = "upper-back",
        [BodyArea.MidBack] = "mid-back",
        [BodyArea.LowerBack] = "lower-back",
        [BodyArea.Neck] = "neck",
        [BodyArea.Shoulders] = "shoulders",
        [BodyArea.Chest] = "chest",
        [BodyArea.Arms] = "arms",
        [BodyArea.Head] = "head",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, BodyArea> ByName =
        Names.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every name, in the order of the enum.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Enum.GetValues<BodyArea>().Select(area => Names[area])];

    /// <summary>The kebab-case name of an area, e.g. <c>upper-back</c>.</summary>
    /// <param name="area">The area.</param>
    /// <returns>Its name.</returns>
    public static string ToName(this BodyArea area) =>
        Names.TryGetValue(area, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(area), area, "Unknown body area.");

    /// <summary>Parses a kebab-case name (case-insensitive).</summary>
    /// <param name="name">The name, e.g. <c>neck</c>.</param>
    /// <param name="area">The area when the name is known.</param>
    /// <returns>True when the name is known.</returns>
    public static bool TryParse(string? name, out BodyArea area)
    {
        area = default;
        return name is not null && ByName.TryGetValue(name.Trim(), out area);
    }
}
