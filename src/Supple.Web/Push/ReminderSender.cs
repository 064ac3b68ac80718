using Microsoft.Extensions.Options;
using Supple.Core.History;
using Supple.Core.Reminders;
using Supple.Data;
using Supple.Data.Push;

namespace Supple.Web.Push;

/// <summary>
/// Sends the reminders that fell due, for everyone with a browser that takes them. Every server of a deployment runs
/// this every few seconds; each reminder (person, kind, instant) is claimed with a unique row first, so exactly one
/// server sends it. When a reminder falls is Core's (<see cref="ReminderSchedule"/>, in the person's time zone,
/// across DST); whether it goes out is <see cref="ReminderDecision"/>'s.
/// </summary>
public sealed partial class ReminderSender(
    ReminderOutbox outbox,
    SuppleStoreFactory stores,
    ReminderComposer composer,
    PushDelivery delivery,
    TimeProvider time,
    IOptions<PushOptions> options,
    ILogger<ReminderSender> log)
{
    /// <summary>Claims on reminders older than this are forgotten.</summary>
    private static readonly TimeSpan KeepClaims = TimeSpan.FromDays(2);

    /// <summary>Looks for due reminders once and sends them; returns how many reminders this server sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var settings = options.Value;
        await stores.EnsureReadyAsync(ct);
        var recipients = await outbox.LoadRecipientsAsync(ct);
        var sent = 0;
        foreach (var recipient in recipients)
        {
            foreach (var due in Due(recipient, now, TimeSpan.FromMinutes(Math.Max(1, settings.CatchUpMinutes))))
            {
                var targets = Targets(recipient, due.Kind);
                if (targets.Count > 0 && await outbox.TryClaimAsync(recipient.UserId, ReminderKinds.Of(due.Kind), due.At, now, ct))
                {
                    sent += await SendAsync(recipient.UserId, due.Kind, snoozed: 0, targets, ct) ? 1 : 0;
                }
            }
        }

        var byUser = recipients.ToDictionary(r => r.UserId, StringComparer.Ordinal);
        foreach (var snooze in await outbox.TakeDueSnoozesAsync(now, ct))
        {
            if (byUser.TryGetValue(snooze.UserId, out var recipient) && ReminderKinds.TryParse(snooze.Kind, out var kind)
                && Targets(recipient, kind) is { Count: > 0 } targets)
            {
                sent += await SendAsync(snooze.UserId, kind, snooze.Count, targets, ct) ? 1 : 0;
            }
        }

        await outbox.PruneAsync(now - KeepClaims, ct);
        return sent;
    }

    /// <summary>Sends the test message to one browser now.</summary>
    public async Task<PushResult> SendTestAsync(PushTarget target, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(target);
        var result = await delivery.SendAsync(target, ReminderComposer.Test().ToJson(), TimeSpan.FromMinutes(10), "test", ct);
        await RecordAsync(target, result, ct);
        return result;
    }

    // The reminders that fell in the last few minutes (a server that was down longer skips them), and none that
    // fell before the person last changed the settings (setting 08:30 at 08:31 does not remind at once).
    private IReadOnlyList<DueReminder> Due(ReminderRecipient recipient, DateTimeOffset now, TimeSpan catchUp)
    {
        ReminderSettings reminders;
        try
        {
            reminders = ReminderSettingsSerializer.Deserialize(recipient.RemindersJson);
        }
        catch (FormatException ex)
        {
            LogDamaged(log, recipient.UserId, ex.Message);
            return [];
        }

        var zone = LocalDay.ZoneOrDefault(recipient.TimeZoneId, TimeZoneInfo.Local);
        var after = now - catchUp;
        if (recipient.RemindersChangedAt is { } changed && changed > after)
        {
            after = changed;
        }

        return ReminderSchedule.Due(reminders, zone, after, now);
    }

    private static List<PushTarget> Targets(ReminderRecipient recipient, ReminderKind kind) =>
        [.. recipient.Devices.Where(d => kind == ReminderKind.DeskBreak ? d.Breaks : d.Daily)];

    private async Task<bool> SendAsync(string userId, ReminderKind kind, int snoozed, IReadOnlyList<PushTarget> targets, CancellationToken ct)
    {
        var message = await composer.ComposeAsync(userId, kind, snoozed, ct);
        if (message is null)
        {
            return false;
        }

        // A daily reminder is worth having for a few hours; a desk break only while the break is due.
        var timeToLive = kind == ReminderKind.DeskBreak ? TimeSpan.FromMinutes(10) : TimeSpan.FromHours(4);
        var json = message.ToJson();
        var accepted = 0;
        await Parallel.ForEachAsync(targets, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.ParallelSends), CancellationToken = ct }, async (target, token) =>
        {
            var result = await delivery.SendAsync(target, json, timeToLive, message.Kind, token);
            await RecordAsync(target, result, token);
            if (result == PushResult.Sent)
            {
                Interlocked.Increment(ref accepted);
            }
        });
        return accepted > 0;
    }

    private async Task RecordAsync(PushTarget target, PushResult result, CancellationToken ct)
    {
        switch (result)
        {
            case PushResult.Sent:
                await outbox.RecordSentAsync(target.Id, time.GetUtcNow(), ct);
                break;
            case PushResult.Gone:
                await outbox.RemoveAsync(target.Id, ct);
                break;
            default:
                await outbox.RecordFailureAsync(target.Id, ct);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The reminder settings of {UserId} could not be read, so no reminder is sent: {Reason}")]
    private static partial void LogDamaged(ILogger logger, string userId, string reason);
}
