using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Supple.Data.Identity;

/// <summary>
/// The server-side record of every sign-in (<see cref="AccountSessionRow"/>): created when a person signs in, checked
/// on every request, deleted when they sign out. Each call opens and closes its own context, so a request never holds a
/// connection while it waits for another.
/// </summary>
public sealed class AccountSessionStore(IDbContextFactory<SuppleDbContext> contexts, TimeProvider time)
{
    /// <summary>Starts a session and returns its id (32 random bytes, base64url): it goes in the cookie or token, only its hash is stored.</summary>
    public async Task<string> CreateAsync(string userId, string securityStamp, string kind, string method, string? client, DateTimeOffset expiresAt, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentException.ThrowIfNullOrEmpty(securityStamp);
        var id = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.Set<AccountSessionRow>().Add(new AccountSessionRow
        {
            IdHash = Hash(id),
            UserId = userId,
            SecurityStamp = securityStamp,
            Kind = kind,
            Method = method,
            Client = client is { Length: > 200 } ? client[..200] : client,
            CreatedAt = now,
            LastSeenAt = now,
            ExpiresAt = expiresAt,
        });
        await db.SaveChangesAsync(ct);
        return id;
    }

    /// <summary>
    /// The session, when it exists, belongs to <paramref name="userId"/>, has not expired, and the account's security
    /// stamp is still the one it was made with; otherwise null. One query.
    /// </summary>
    public async Task<AccountSessionRow?> FindValidAsync(string? sessionId, string userId, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(sessionId) || string.IsNullOrEmpty(userId))
        {
            return null;
        }

        var hash = Hash(sessionId);
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<AccountSessionRow>().AsNoTracking()
            .Where(s => s.IdHash == hash && s.UserId == userId && s.ExpiresAt > now)
            .Where(s => db.Set<SuppleUser>().Any(u => u.Id == s.UserId && u.SecurityStamp == s.SecurityStamp))
            .SingleOrDefaultAsync(ct);
    }

    /// <summary>Marks the session as used now and moves its end to <paramref name="expiresAt"/>.</summary>
    public async Task TouchAsync(string idHash, DateTimeOffset expiresAt, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Set<AccountSessionRow>().Where(s => s.IdHash == idHash)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.LastSeenAt, now).SetProperty(s => s.ExpiresAt, expiresAt), ct);
    }

    /// <summary>Ends one session (signing out): its cookie or tokens stop working at once.</summary>
    public async Task<bool> RevokeAsync(string? sessionId, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(sessionId))
        {
            return false;
        }

        var hash = Hash(sessionId);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<AccountSessionRow>().Where(s => s.IdHash == hash).ExecuteDeleteAsync(ct) > 0;
    }

    /// <summary>Ends every session of the account.</summary>
    public async Task<int> RevokeAllAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<AccountSessionRow>().Where(s => s.UserId == userId).ExecuteDeleteAsync(ct);
    }

    /// <summary>
    /// After the account's security stamp may have changed (a new password, two-factor turned on or off): the session
    /// making the change goes on under <paramref name="currentStamp"/>, and every session of the account made under
    /// another stamp (no longer valid anyway) is deleted. When the stamp did not change, nothing ends.
    /// </summary>
    public async Task KeepOnlyAsync(string userId, string? sessionId, string currentStamp, CancellationToken ct = default)
    {
        var hash = string.IsNullOrEmpty(sessionId) ? "" : Hash(sessionId);
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Set<AccountSessionRow>().Where(s => s.UserId == userId && s.IdHash == hash)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.SecurityStamp, currentStamp), ct);
        await db.Set<AccountSessionRow>().Where(s => s.UserId == userId && s.SecurityStamp != currentStamp).ExecuteDeleteAsync(ct);
    }

    /// <summary>The account's sessions that are still valid, most recently used first.</summary>
    public async Task<IReadOnlyList<AccountSessionRow>> ListAsync(string userId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Set<AccountSessionRow>().AsNoTracking()
            .Where(s => s.UserId == userId && s.ExpiresAt > now)
            .Where(s => db.Set<SuppleUser>().Any(u => u.Id == s.UserId && u.SecurityStamp == s.SecurityStamp))
            .ToListAsync(ct);
        return [.. rows.OrderByDescending(s => s.LastSeenAt)];
    }

    /// <summary>Whether the account already has a valid session from this browser or program (for the new sign-in notice).</summary>
    public async Task<bool> HasSessionFromAsync(string userId, string? client, string? exceptSessionId, CancellationToken ct = default)
    {
        var except = string.IsNullOrEmpty(exceptSessionId) ? "" : Hash(exceptSessionId);
        var sessions = await ListAsync(userId, ct);
        return sessions.Any(s => s.IdHash != except && string.Equals(s.Client, client, StringComparison.Ordinal));
    }

    /// <summary>Deletes sessions that ended more than a day ago (housekeeping; a few at a time).</summary>
    public async Task<int> DeleteExpiredAsync(CancellationToken ct = default)
    {
        var before = time.GetUtcNow().AddDays(-1);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<AccountSessionRow>().Where(s => s.ExpiresAt < before).ExecuteDeleteAsync(ct);
    }

    /// <summary>The stored form of a session id.</summary>
    public static string Hash(string sessionId)
    {
        ArgumentNullException.ThrowIfNull(sessionId);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sessionId)));
    }
}
