using Microsoft.EntityFrameworkCore;
using Supple.Data.Entities;

namespace Supple.Data;

/// <summary>
/// Keys a server makes for itself on first start and keeps in the database (table <c>server_keys</c>), so every
/// server of a deployment uses the same ones and a restart keeps them.
/// </summary>
public sealed class ServerKeys(IDbContextFactory<SuppleDbContext> contexts, TimeProvider time)
{
    /// <summary>The Web Push (VAPID) key pair.</summary>
    public const string WebPush = "web-push-vapid";

    /// <summary>
    /// The key named <paramref name="name"/>; when there is none yet, <paramref name="create"/> makes one and it is
    /// stored. Servers starting together agree: the first insert wins and the others read it.
    /// </summary>
    public async Task<string> GetOrAddAsync(string name, Func<string> create, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(create);
        await using var context = await contexts.CreateDbContextAsync(ct);
        if (await context.ServerKeys.AsNoTracking().Where(k => k.Name == name).Select(k => k.Value).SingleOrDefaultAsync(ct) is { } existing)
        {
            return existing;
        }

        context.ServerKeys.Add(new ServerKeyRow { Name = name, Value = create(), CreatedAt = time.GetUtcNow() });
        try
        {
            await context.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            // Another server stored its key first: use that one.
        }

        await using var read = await contexts.CreateDbContextAsync(ct);
        return await read.ServerKeys.AsNoTracking().Where(k => k.Name == name).Select(k => k.Value).SingleAsync(ct);
    }
}
