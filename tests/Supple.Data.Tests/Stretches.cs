using Supple.Core.Content;
using Supple.Core.Sessions;

namespace Supple.Data.Tests;

internal static class Stretches
{
    public static StretchRecord Done(string id, Side side = Side.None, int reps = 2, int sets = 1, int seconds = 40) =>
        new(id, side, reps, sets, seconds, Skipped: false, Hurt: false);

    public static StretchRecord Skipped(string id) => new(id, Side.None, 0, 0, 0, Skipped: true, Hurt: false);

    public static StretchRecord Hurt(string id, Side side = Side.None) => new(id, side, 1, 0, 12, Skipped: false, Hurt: true);
}
