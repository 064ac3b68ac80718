using Supple.Core.Content;
using Supple.Core.Localization;

namespace Supple.Core.Sessions;

/// <summary>Which stretches to do, in which order, at which dosage.</summary>
/// <param name="Items">The stretches in the order they are played.</param>
public sealed record Routine(IReadOnlyList<RoutineItem> Items)
{
    /// <summary>Every stretch of <paramref name="programme"/> in its order, at <paramref name="level"/>.</summary>
    public static Routine All(Programme programme, DosageLevel level)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return new([.. programme.Stretches.Select(s => new RoutineItem(s.Id, level))]);
    }

    /// <summary>
    /// The stretches named in <paramref name="ids"/>, in the programme's order, at <paramref name="level"/>.
    /// </summary>
    /// <exception cref="ArgumentException">An id is not in the programme (the message lists the known ids).</exception>
    public static Routine Only(Programme programme, IEnumerable<string> ids, DosageLevel level)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(ids);
        var wanted = ids.ToHashSet(StringComparer.Ordinal);
        var unknown = wanted.Where(id => programme.FindStretch(id) is null).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException(
                RoutineText.Localizer.Format(
                    RoutineText.UnknownIds,
                    ("count", unknown.Count),
                    ("unknown", string.Join(", ", unknown)),
                    ("known", string.Join(", ", programme.Stretches.Select(s => s.Id)))),
                nameof(ids));
        }

        return new([.. programme.Stretches.Where(s => wanted.Contains(s.Id)).Select(s => new RoutineItem(s.Id, level))]);
    }
}
