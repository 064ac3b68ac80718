using Supple.Core.Content;
using Supple.Core.Sessions;

namespace Supple.Cli.Infrastructure;

/// <summary>Turns --level and --only into a routine, reporting unknown ids as bad input.</summary>
internal static class RoutineBuilder
{
    public static Routine Build(Programme programme, DosageLevel level, IReadOnlyCollection<string>? only)
    {
        if (only is null || only.Count == 0)
        {
            return Routine.All(programme, level);
        }

        try
        {
            return Routine.Only(programme, only, level);
        }
        catch (ArgumentException ex)
        {
            throw new UsageException(ex.Message.Split(" (Parameter", 2)[0], ex);
        }
    }

    public static Timeline Compile(Programme programme, Routine routine)
    {
        try
        {
            return TimelineCompiler.Compile(programme, routine);
        }
        catch (ArgumentException ex)
        {
            throw new UsageException(ex.Message.Split(" (Parameter", 2)[0], ex);
        }
    }
}
