using Supple.Cli.Infrastructure;
using Supple.Data;

namespace Supple.Cli.History;

/// <summary>Opens the store chosen by <c>--db</c>, <c>SUPPLE_DB</c> or the default file, for the history commands.</summary>
internal static class HistoryStore
{
    public static StoreLocation Locate(CliConsole console, string? db) => StoreLocation.Resolve(db, console.Environment);

    public static Task<SuppleStore> OpenAsync(CliConsole console, string? db, CancellationToken ct) =>
        SuppleStore.OpenAsync(Locate(console, db), console.Time, "local", ct);
}
