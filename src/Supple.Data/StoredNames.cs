using Supple.Core.Content;
using Supple.Core.History;
using Supple.Core.Sessions;

namespace Supple.Data;

/// <summary>The names enums are written under, in the database and in export files (stable: renaming a C# member must not change them).</summary>
public static class StoredNames
{
    public static string Of(SessionOutcome outcome) => outcome switch
    {
        SessionOutcome.Completed => "completed",
        SessionOutcome.StoppedForPain => "stopped-for-pain",
        SessionOutcome.Abandoned => "abandoned",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    public static string Of(DosageLevel level) => level switch
    {
        DosageLevel.Gentle => "gentle",
        DosageLevel.Standard => "standard",
        DosageLevel.Full => "full",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public static string Of(Side side) => side switch
    {
        Side.None => "none",
        Side.Left => "left",
        Side.Right => "right",
        _ => throw new ArgumentOutOfRangeException(nameof(side), side, null),
    };

    public static string Of(SessionSource source) => source switch
    {
        SessionSource.Guided => "guided",
        SessionSource.Logged => "logged",
        SessionSource.DeskBreak => "desk-break",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    public static bool TryOutcome(string? name, out SessionOutcome value) => TryParse(name, Of, out value);

    public static bool TryLevel(string? name, out DosageLevel value) => TryParse(name, Of, out value);

    public static bool TrySide(string? name, out Side value) => TryParse(name, Of, out value);

    public static bool TrySource(string? name, out SessionSource value) => TryParse(name, Of, out value);

    internal static SessionOutcome Outcome(string? name) => TryOutcome(name, out var v) ? v : SessionOutcome.Abandoned;

    internal static DosageLevel Level(string name) => TryLevel(name, out var v) ? v : throw Bad("level", name);

    internal static Side SideOf(string name) => TrySide(name, out var v) ? v : throw Bad("side", name);

    internal static SessionSource Source(string name) => TrySource(name, out var v) ? v : throw Bad("source", name);

    /// <summary>
    /// SQL for <see cref="PainEntry.IsUpperBack"/> (the readers that fetch pain with plain SQL): an entry for the
    /// upper back, or for no area in particular.
    /// </summary>
    internal const string UpperBackOnly = "(area IS NULL OR area = 'upper-back')";

    internal static BodyArea? Area(string? name) =>
        name is null ? null : BodyAreas.TryParse(name, out var area) ? area : throw Bad("body area", name);

    private static bool TryParse<T>(string? name, Func<T, string> nameOf, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(nameOf(candidate), name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static StoreException Bad(string what, string? name) =>
        new($"The database holds an unknown {what} '{name}'. It may have been written by a newer version of Supple.");
}
