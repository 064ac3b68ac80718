namespace Supple.Cli.Sessions;

/// <summary>The journal kept in Supple's store (SQLite by default, PostgreSQL on a server).</summary>
internal static class StoreSessionJournal
{
    /// <summary>Opens the store selected by <paramref name="db"/> (or SUPPLE_DB, or the default file).</summary>
    public static Task<ISessionJournal> OpenAsync(string? db, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("recording needs the store (Supple.Data), which is not merged into this build yet.");
}
