using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Supple.Data.Identity;

/// <summary>
/// Counts failed sign-ins per e-mail address (<see cref="SignInFailureRow"/>) and locks the address after too many,
/// the same way whether or not an account has it: the answer to a sign-in never tells that an account exists.
/// </summary>
public sealed class SignInFailureStore(IDbContextFactory<SuppleDbContext> contexts, TimeProvider time)
{
    /// <summary>Until when sign-in with this (normalized) address is refused, or null.</summary>
    public async Task<DateTimeOffset?> LockedUntilAsync(string normalizedAddress, CancellationToken ct = default)
    {
        var key = Hash(normalizedAddress);
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var until = await db.Set<SignInFailureRow>().Where(f => f.AddressHash == key).Select(f => f.LockedUntil).SingleOrDefaultAsync(ct);
        return until > now ? until : null;
    }

    /// <summary>
    /// Counts one more failure; at <paramref name="maxFailures"/> in a row the address is locked for
    /// <paramref name="lockFor"/> and the count starts again. Returns the end of the lock when it is locked now.
    /// </summary>
    public async Task<DateTimeOffset?> RecordFailureAsync(string normalizedAddress, int maxFailures, TimeSpan lockFor, CancellationToken ct = default)
    {
        var key = Hash(normalizedAddress);
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(ct);
        for (var attempt = 0; ; attempt++)
        {
            // One statement, so two servers counting at once both count.
            var updated = await db.Set<SignInFailureRow>().Where(f => f.AddressHash == key)
                .ExecuteUpdateAsync(u => u.SetProperty(f => f.Failures, f => f.Failures + 1).SetProperty(f => f.LastFailureAt, now), ct);
            if (updated == 0)
            {
                db.Set<SignInFailureRow>().Add(new SignInFailureRow { AddressHash = key, Failures = 1, LastFailureAt = now });
                try
                {
                    await db.SaveChangesAsync(ct);
                }
                catch (DbUpdateException) when (attempt == 0)
                {
                    // Another server inserted the row first: count on it.
                    db.ChangeTracker.Clear();
                    continue;
                }
            }

            break;
        }

        var failures = await db.Set<SignInFailureRow>().Where(f => f.AddressHash == key).Select(f => f.Failures).SingleAsync(ct);
        if (failures < maxFailures)
        {
            return null;
        }

        var until = now + lockFor;
        await db.Set<SignInFailureRow>().Where(f => f.AddressHash == key)
            .ExecuteUpdateAsync(u => u.SetProperty(f => f.Failures, 0).SetProperty(f => f.LockedUntil, until), ct);
        return until;
    }

    /// <summary>Locks the address until <paramref name="until"/> (e.g. after too many wrong two-factor codes).</summary>
    public async Task LockAsync(string normalizedAddress, DateTimeOffset until, CancellationToken ct = default)
    {
        var key = Hash(normalizedAddress);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var updated = await db.Set<SignInFailureRow>().Where(f => f.AddressHash == key)
            .ExecuteUpdateAsync(u => u.SetProperty(f => f.Failures, 0).SetProperty(f => f.LockedUntil, until), ct);
        if (updated == 0)
        {
            db.Set<SignInFailureRow>().Add(new SignInFailureRow { AddressHash = key, LockedUntil = until, LastFailureAt = time.GetUtcNow() });
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>Forgets the failures of an address (after a successful sign-in or password reset).</summary>
    public async Task ClearAsync(string normalizedAddress, CancellationToken ct = default)
    {
        var key = Hash(normalizedAddress);
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Set<SignInFailureRow>().Where(f => f.AddressHash == key).ExecuteDeleteAsync(ct);
    }

    private static string Hash(string normalizedAddress) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalizedAddress ?? "")));
}
