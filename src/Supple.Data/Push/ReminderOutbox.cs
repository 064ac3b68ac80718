using Microsoft.EntityFrameworkCore;
using Supple.Data.Entities;

namespace Supple.Data.Push;

/// <summary>
/// What a server needs to send reminders for everyone, from any number of servers sharing one database: who has a
/// browser to remind, a claim on each reminder (a unique row per person, kind and instant: the server whose insert
/// succeeds sends it, the others see the row and do not), snoozed reminders (taken by deleting their row), and what
/// the push service said about each browser.
/// </summary>
public sealed class ReminderOutbox(IDbContextFactory<SuppleDbContext> contexts)
{
    /// <summary>Everyone with at least one browser that receives reminders, with their settings and time zone.</summary>
    public async Task<IReadOnlyList<ReminderRecipient>> LoadRecipientsAsync(CancellationToken ct = default)
    {
        await using var context = await contexts.CreateDbContextAsync(ct);
        var devices = await context.PushSubscriptions.AsNoTracking()
            .OrderBy(s => s.UserId).ThenBy(s => s.Id)
            .Select(s => new { s.UserId, Target = new PushTarget(s.Id, s.Endpoint, s.P256dh, s.Auth, s.Daily, s.Breaks) })
            .ToListAsync(ct);
        if (devices.Count == 0)
        {
            return [];
        }

        var users = devices.Select(d => d.UserId).Distinct(StringComparer.Ordinal).ToList();
        var documents = new Dictionary<string, (string Json, DateTimeOffset At)>(StringComparer.Ordinal);
        var zones = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var chunk in users.Chunk(1000))
        {
            foreach (var d in await context.UserDocuments.AsNoTracking()
                .Where(d => d.Name == UserDocuments.Reminders && chunk.Contains(d.UserId))
                .Select(d => new { d.UserId, d.Json, d.UpdatedAt }).ToListAsync(ct))
            {
                documents[d.UserId] = (d.Json, d.UpdatedAt);
            }

            foreach (var s in await context.UserSettings.AsNoTracking()
                .Where(s => chunk.Contains(s.UserId))
                .Select(s => new { s.UserId, s.TimeZoneId }).ToListAsync(ct))
            {
                zones[s.UserId] = s.TimeZoneId;
            }
        }

        return [.. devices.GroupBy(d => d.UserId, StringComparer.Ordinal).Select(g =>
        {
            var hasDocument = documents.TryGetValue(g.Key, out var document);
            return new ReminderRecipient(
                g.Key,
                hasDocument ? document.Json : null,
                hasDocument ? document.At : null,
                zones.GetValueOrDefault(g.Key),
                [.. g.Select(d => d.Target)]);
        })];
    }

    /// <summary>Claims one reminder for this server: true when this call took it (and so must send it), false when another had.</summary>
    public async Task<bool> TryClaimAsync(string userId, string kind, DateTimeOffset dueAt, DateTimeOffset now, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        await using var context = await contexts.CreateDbContextAsync(ct);
        context.ReminderDeliveries.Add(new ReminderDeliveryRow { UserId = userId, Kind = kind, DueAt = dueAt, ClaimedAt = now });
        try
        {
            await context.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            return false;
        }
    }

    /// <summary>The snoozed reminders due by <paramref name="now"/> that this server took (deleted) to send.</summary>
    public async Task<IReadOnlyList<SnoozedReminder>> TakeDueSnoozesAsync(DateTimeOffset now, CancellationToken ct = default)
    {
        await using var context = await contexts.CreateDbContextAsync(ct);
        var due = await context.ReminderSnoozes.AsNoTracking().Where(s => s.DueAt <= now).OrderBy(s => s.DueAt).Take(1000).ToListAsync(ct);
        var taken = new List<SnoozedReminder>();
        foreach (var snooze in due)
        {
            // Whoever deletes the row sends the reminder: a second server deletes nothing.
            if (await context.ReminderSnoozes.Where(s => s.Id == snooze.Id).ExecuteDeleteAsync(ct) == 1)
            {
                taken.Add(new SnoozedReminder(snooze.UserId, snooze.Kind, snooze.DueAt, snooze.Count));
            }
        }

        return taken;
    }

    /// <summary>
    /// Puts off a reminder ("Later"): it is sent again at <paramref name="dueAt"/>. False, and nothing stored, when the
    /// person has no browser left that takes reminders (unsubscribed, or the account is gone).
    /// </summary>
    public async Task<bool> SnoozeAsync(string userId, string kind, DateTimeOffset dueAt, int count, DateTimeOffset now, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        await using var context = await contexts.CreateDbContextAsync(ct);
        if (!await context.PushSubscriptions.AnyAsync(s => s.UserId == userId, ct))
        {
            return false;
        }

        context.ReminderSnoozes.Add(new ReminderSnoozeRow { UserId = userId, Kind = kind, DueAt = dueAt, Count = count, CreatedAt = now });
        await context.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Records that the push service accepted a message for the subscription.</summary>
    public async Task RecordSentAsync(long subscriptionId, DateTimeOffset at, CancellationToken ct = default)
    {
        await using var context = await contexts.CreateDbContextAsync(ct);
        await context.PushSubscriptions.Where(s => s.Id == subscriptionId)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.LastSentAt, at).SetProperty(s => s.Failures, 0), ct);
    }

    /// <summary>Records a failed delivery (counted in a row until one succeeds).</summary>
    public async Task RecordFailureAsync(long subscriptionId, CancellationToken ct = default)
    {
        await using var context = await contexts.CreateDbContextAsync(ct);
        await context.PushSubscriptions.Where(s => s.Id == subscriptionId)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Failures, s => s.Failures + 1), ct);
    }

    /// <summary>Drops a subscription the push service says is gone (the browser unsubscribed or was reset).</summary>
    public async Task RemoveAsync(long subscriptionId, CancellationToken ct = default)
    {
        await using var context = await contexts.CreateDbContextAsync(ct);
        await context.PushSubscriptions.Where(s => s.Id == subscriptionId).ExecuteDeleteAsync(ct);
    }

    /// <summary>Forgets claims on reminders that fell before <paramref name="before"/> (they can never be due again).</summary>
    public async Task<int> PruneAsync(DateTimeOffset before, CancellationToken ct = default)
    {
        await using var context = await contexts.CreateDbContextAsync(ct);
        return await context.ReminderDeliveries.Where(d => d.DueAt < before).ExecuteDeleteAsync(ct);
    }
}
