using Microsoft.EntityFrameworkCore;
using Supple.Data.Entities;

namespace Supple.Data.Push;

/// <summary>The person's browsers that receive reminders by Web Push.</summary>
public static class PushDevices
{
    /// <summary>Longest push endpoint accepted (push services use a few hundred characters).</summary>
    public const int MaxEndpointLength = 2000;

    /// <summary>
    /// Saves (creates or updates) a subscription. An endpoint belongs to one browser profile: when it was another
    /// account's (someone else signed in on that browser before), it becomes this person's, so reminders never go to
    /// a browser that someone else now uses.
    /// </summary>
    public static async Task SavePushDeviceAsync(this SuppleStore store, PushDevice device, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(device);
        ArgumentException.ThrowIfNullOrWhiteSpace(device.Endpoint);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(device.Endpoint.Length, MaxEndpointLength, nameof(device));
        var now = store.Time.GetUtcNow();
        for (var attempt = 0; ; attempt++)
        {
            await using var context = store.Contexts.CreateDbContext();
            var row = await context.PushSubscriptions.SingleOrDefaultAsync(s => s.Endpoint == device.Endpoint, ct);
            if (row is null)
            {
                row = new PushSubscriptionRow { UserId = store.UserId, Endpoint = device.Endpoint, P256dh = device.P256dh, Auth = device.Auth, CreatedAt = now };
                context.PushSubscriptions.Add(row);
            }

            row.UserId = store.UserId;
            row.P256dh = device.P256dh;
            row.Auth = device.Auth;
            row.Daily = device.Daily;
            row.Breaks = device.Breaks;
            row.UpdatedAt = now;
            row.Failures = 0;
            try
            {
                await context.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException ex) when (attempt == 0 && UniqueViolation.Is(ex))
            {
                // The same browser subscribed through another server at the same moment: update that row instead.
            }
        }
    }

    /// <summary>This person's subscription for <paramref name="endpoint"/>, or <c>null</c> (also when it is someone else's).</summary>
    public static async Task<PushDevice?> GetPushDeviceAsync(this SuppleStore store, string endpoint, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(endpoint);
        await using var context = store.Contexts.CreateDbContext();
        return await context.PushSubscriptions.AsNoTracking()
            .Where(s => s.Endpoint == endpoint && s.UserId == store.UserId)
            .Select(s => new PushDevice(s.Endpoint, s.P256dh, s.Auth, s.Daily, s.Breaks))
            .SingleOrDefaultAsync(ct);
    }

    /// <summary>How many browsers of this person receive reminders.</summary>
    public static async Task<int> CountPushDevicesAsync(this SuppleStore store, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var context = store.Contexts.CreateDbContext();
        return await context.PushSubscriptions.CountAsync(s => s.UserId == store.UserId, ct);
    }

    /// <summary>Stops reminders to <paramref name="endpoint"/>; true when this person had it.</summary>
    public static async Task<bool> DeletePushDeviceAsync(this SuppleStore store, string endpoint, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(endpoint);
        await using var context = store.Contexts.CreateDbContext();
        return await context.PushSubscriptions.Where(s => s.Endpoint == endpoint && s.UserId == store.UserId).ExecuteDeleteAsync(ct) > 0;
    }
}
