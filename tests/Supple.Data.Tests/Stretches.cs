using Supple.Core.Content;
using Supple.Core.Sessions;

namespace Supple.Data.Tests;

internal static class Stretches
{
    public static StretchRecord Done(string id, Side side = Side.None, int reps = 2, int sets = 1, int seconds = 40) =>
        new(id, side, reps, sets, seconds, Skipped: false, Hurt: false);

    public static StretchRecord Skipped(string id) => new(id, Side.None, 0, 0, 0, Skipped: true, Hurt: false);

    /// <summary>"This hurts" during it: cut short there, so partial as well as hurt.</summary>
    public static StretchRecord Hurt(string id, Side side = Side.None) => new(id, side, 1, 0, 12, Skipped: false, Hurt: true, Partial: true);

    /// <summary>Cut short by quit or Ctrl+C.</summary>
    public static StretchRecord Partial(string id, Side side = Side.None) => new(id, side, 0, 0, 4, Skipped: false, Hurt: false, Partial: true);
}
