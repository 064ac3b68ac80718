using Supple.Core.Content;
using Supple.Core.Planning;
using Supple.Core.Safety;
using Supple.Core.Sessions;

namespace Supple.Core.Reminders;

/// <summary>
/// The short routine offered at a desk break: stretches that can be done standing or sitting with nothing but
/// yourself, at the low end of their ranges. The shoulder blade squeeze and the chest opener come first (they
/// answer desk posture); a plan's paused stretches are never offered.
/// </summary>
public static class DeskBreakRoutine
{
    /// <summary>How many stretches a desk break offers.</summary>
    public const int StretchCount = 2;

    private static readonly string[] Preferred =
        [StretchTargets.ShoulderBladeSqueeze, StretchTargets.ChestOpener, StretchTargets.UpperTrapeziusStretch];

    /// <summary>Chooses the break's routine.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="plan">The saved plan, or <c>null</c>: when given, only its stretches are used.</param>
    /// <param name="progress">The plan's progress (for paused stretches), or <c>null</c>.</param>
    public static Routine Choose(Programme programme, Plan? plan, IReadOnlyList<DosageProgress>? progress) =>
        ChooseExcluding(programme, plan, progress?.Where(p => p.IsPaused).Select(p => p.StretchId) ?? []);

    /// <summary>Chooses the break's routine, leaving out <paramref name="pausedStretchIds"/>.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="plan">The saved plan, or <c>null</c>: when given, only its stretches are used.</param>
    /// <param name="pausedStretchIds">Stretches paused by the safety rules.</param>
    public static Routine ChooseExcluding(Programme programme, Plan? plan, IEnumerable<string> pausedStretchIds)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(pausedStretchIds);
        var paused = pausedStretchIds.ToHashSet(StringComparer.Ordinal);
        var allowed = plan?.Stretches.Select(s => s.StretchId).ToHashSet(StringComparer.Ordinal);
        var candidates = programme.Stretches
            .Where(s => !paused.Contains(s.Id) && (allowed is null || allowed.Contains(s.Id)))
            .Where(s => s.Positions.Any(p => p is Position.Standing or Position.Sitting) && Assessment.Requirements(s).Count == 0)
            .OrderBy(s => Array.IndexOf(Preferred, s.Id) is var i && i >= 0 ? i : Preferred.Length)
            .Take(StretchCount);
        return new Routine([.. candidates.Select(s => new RoutineItem(s.Id, DosageLevel.Gentle))]);
    }
}
