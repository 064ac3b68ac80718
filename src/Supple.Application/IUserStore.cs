using Supple.Data;

namespace Supple.Application;

/// <summary>
/// One person's store, opened on first use and kept for the rest of the unit of work (a command, a web request).
/// The terminal opens a file or server it is given (<see cref="LocalUserStore"/>); the web app the signed-in
/// person's, from its pool.
/// </summary>
public interface IUserStore
{
    /// <summary>Whose data it is (<c>local</c> in single-user mode).</summary>
    string UserId { get; }

    /// <summary>The store, opened (and checked, migrated when needed) on the first call.</summary>
    Task<SuppleStore> GetAsync(CancellationToken ct = default);
}
