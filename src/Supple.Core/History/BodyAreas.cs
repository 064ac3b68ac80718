namespace Supple.Core.History;

/// <summary>Kebab-case names of <see cref="BodyArea"/> values, as typed on the command line and written to files.</summary>
public static class BodyAreas
{
    // Plain arrays and switches, not dictionaries: these are touched while the command line is built, and
    // dictionary instantiations over an enum would be compiled at every start-up.
    private static readonly string[] Names = ["upper-back", "mid-back", "lower-back", "neck", "shoulders", "chest", "arms", "head"];

    /// <summary>Every name, in the order of the enum.</summary>
    public static IReadOnlyList<string> All => Names;

    /// <summary>The kebab-case name of an area, e.g. <c>upper-back</c>.</summary>
    /// <param name="area">The area.</param>
    /// <returns>Its name.</returns>
    public static string ToName(this BodyArea area) =>
        (uint)area < (uint)Names.Length ? Names[(int)area] : throw new ArgumentOutOfRangeException(nameof(area), area, "Unknown body area.");

    /// <summary>Parses a kebab-case name (case-insensitive).</summary>
    /// <param name="name">The name, e.g. <c>neck</c>.</param>
    /// <param name="area">The area when the name is known.</param>
    /// <returns>True when the name is known.</returns>
    public static bool TryParse(string? name, out BodyArea area)
    {
        var trimmed = name?.Trim();
        for (var i = 0; i < Names.Length; i++)
        {
            if (string.Equals(Names[i], trimmed, StringComparison.OrdinalIgnoreCase))
            {
                area = (BodyArea)i;
                return true;
            }
        }

        area = default;
        return false;
    }
}
