using Supple.Core.Content;

namespace Supple.Core.Sessions;

/// <summary>Compiles a <see cref="Routine"/> of a <see cref="Programme"/> into a <see cref="Timeline"/>.</summary>
public static class TimelineCompiler
{
    /// <summary>Resolves the numbers for one routine item within the stretch's ranges.</summary>
    /// <exception cref="ArgumentException">An explicit value lies outside the stretch's range.</exception>
    public static ResolvedDosage Resolve(Stretch stretch, RoutineItem item)
    {
        ArgumentNullException.ThrowIfNull(stretch);
        ArgumentNullException.ThrowIfNull(item);
        throw new NotImplementedException("filled in by the session-engine work");
    }

    /// <summary>Compiles the routine.</summary>
    /// <exception cref="ArgumentException">The routine names an unknown stretch or an out-of-range dosage.</exception>
    public static Timeline Compile(Programme programme, Routine routine)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(routine);
        throw new NotImplementedException("filled in by the session-engine work");
    }
}
