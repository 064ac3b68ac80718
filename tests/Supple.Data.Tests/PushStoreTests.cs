using Microsoft.Extensions.Time.Testing;
using Supple.Data.Identity;
using Supple.Data.Push;

namespace Supple.Data.Tests;

/// <summary>
/// Web Push on each provider: subscriptions that belong to one person (and move with the browser), claims that let
/// exactly one of several servers send a reminder, snoozes taken once, and the server's key made once.
/// </summary>
public abstract class PushStoreTests
{
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero));

    protected abstract StoreLocation NewLocation();

    private static PushDevice Device(string endpoint, bool daily = true, bool breaks = false) =>
        new(endpoint, "BPublicKeyOfTheBrowser", "authsecret", daily, breaks);

    [Fact]
    public async Task A_subscription_is_the_person_s_own_and_moves_to_whoever_subscribes_the_same_browser_next()
    {
        var location = NewLocation();
        var endpoint = "https://push.example/" + Guid.NewGuid().ToString("N");
        await using var alice = await SuppleStore.OpenAsync(location, Time, "alice-" + Guid.NewGuid().ToString("N"));
        await using var bob = await SuppleStore.OpenAsync(location, Time, "bob-" + Guid.NewGuid().ToString("N"));

        await alice.SavePushDeviceAsync(Device(endpoint));
        Assert.Equal(Device(endpoint), await alice.GetPushDeviceAsync(endpoint));
        Assert.Null(await bob.GetPushDeviceAsync(endpoint));
        Assert.False(await bob.DeletePushDeviceAsync(endpoint));

        await alice.SavePushDeviceAsync(Device(endpoint, daily: false, breaks: true));
        Assert.Equal(Device(endpoint, daily: false, breaks: true), await alice.GetPushDeviceAsync(endpoint));
        Assert.Equal(1, await alice.CountPushDevicesAsync());

        // Bob signs in on the same browser and turns reminders on: they are Bob's now, never Alice's again there.
        await bob.SavePushDeviceAsync(Device(endpoint));
        Assert.Null(await alice.GetPushDeviceAsync(endpoint));
        Assert.Equal(0, await alice.CountPushDevicesAsync());
        Assert.NotNull(await bob.GetPushDeviceAsync(endpoint));
        Assert.True(await bob.DeletePushDeviceAsync(endpoint));
        Assert.Null(await bob.GetPushDeviceAsync(endpoint));
    }

    [Fact]
    public async Task Recipients_carry_their_settings_document_zone_and_browsers()
    {
        var location = NewLocation();
        var user = "carol-" + Guid.NewGuid().ToString("N");
        await using var carol = await SuppleStore.OpenAsync(location, Time, user);
        await carol.SaveSettingsAsync(UserSettings.Default with { TimeZoneId = "Europe/Paris" });
        await carol.SaveDocumentAsync(UserDocuments.Reminders, "{\"dailyAt\":\"08:30\"}");
        await carol.SavePushDeviceAsync(Device("https://push.example/carol-phone"));
        await carol.SavePushDeviceAsync(Device("https://push.example/carol-laptop", daily: false, breaks: true));

        var outbox = new ReminderOutbox(new SuppleContextFactory(location));
        var recipient = Assert.Single(await outbox.LoadRecipientsAsync(), r => r.UserId == user);
        Assert.Equal("{\"dailyAt\":\"08:30\"}", recipient.RemindersJson);
        Assert.Equal(Time.GetUtcNow(), recipient.RemindersChangedAt);
        Assert.Equal("Europe/Paris", recipient.TimeZoneId);
        Assert.Equal(["https://push.example/carol-laptop", "https://push.example/carol-phone"], recipient.Devices.Select(d => d.Endpoint).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Of_many_servers_claiming_one_reminder_at_once_exactly_one_gets_it()
    {
        var location = NewLocation();
        await using (await SuppleStore.OpenAsync(location, Time, "schema"))
        {
        }

        var servers = Enumerable.Range(0, 4).Select(_ => new ReminderOutbox(new SuppleContextFactory(location))).ToList();
        var dueAt = new DateTimeOffset(2026, 11, 2, 8, 30, 0, TimeSpan.Zero);
        var user = "dave-" + Guid.NewGuid().ToString("N");
        var claims = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() =>
            servers[i % servers.Count].TryClaimAsync(user, ReminderKinds.Daily, dueAt, Time.GetUtcNow()))));
        Assert.Equal(1, claims.Count(c => c));

        // Another kind, or another instant, is another reminder.
        Assert.True(await servers[0].TryClaimAsync(user, ReminderKinds.DeskBreak, dueAt, Time.GetUtcNow()));
        Assert.True(await servers[1].TryClaimAsync(user, ReminderKinds.Daily, dueAt.AddDays(1), Time.GetUtcNow()));
        Assert.Equal(2, await servers[0].PruneAsync(dueAt.AddHours(1)));
        Assert.True(await servers[2].TryClaimAsync(user, ReminderKinds.Daily, dueAt, Time.GetUtcNow()));
    }

    [Fact]
    public async Task A_snoozed_reminder_is_taken_by_one_server_only_when_it_is_due()
    {
        var location = NewLocation();
        var user = "erin-" + Guid.NewGuid().ToString("N");
        await using var erin = await SuppleStore.OpenAsync(location, Time, user);
        var at = Time.GetUtcNow().AddMinutes(30);
        var one = new ReminderOutbox(new SuppleContextFactory(location));
        Assert.False(await one.SnoozeAsync(user, ReminderKinds.Daily, at, 1, Time.GetUtcNow()), "no browser: nothing to put off");
        await erin.SavePushDeviceAsync(Device("https://push.example/" + user));
        Assert.True(await one.SnoozeAsync(user, ReminderKinds.Daily, at, 1, Time.GetUtcNow()));

        var two = new ReminderOutbox(new SuppleContextFactory(location));
        Assert.DoesNotContain(await one.TakeDueSnoozesAsync(at.AddMinutes(-1)), s => s.UserId == user);
        var taken = await Task.WhenAll(one.TakeDueSnoozesAsync(at), two.TakeDueSnoozesAsync(at));
        var mine = taken.SelectMany(t => t).Where(s => s.UserId == user).ToList();
        Assert.Equal([new SnoozedReminder(user, ReminderKinds.Daily, at, 1)], mine);
        Assert.DoesNotContain(await one.TakeDueSnoozesAsync(at.AddDays(1)), s => s.UserId == user);
    }

    [Fact]
    public async Task Servers_starting_together_make_one_key_and_all_use_it()
    {
        var location = NewLocation();
        await using (await SuppleStore.OpenAsync(location, Time, "schema"))
        {
        }

        var name = "test-key-" + Guid.NewGuid().ToString("N")[..8];
        var keys = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() =>
            new ServerKeys(new SuppleContextFactory(location), Time).GetOrAddAsync(name, () => "key-" + i))));
        Assert.Single(keys.Distinct(StringComparer.Ordinal));
        Assert.Equal(keys[0], await new ServerKeys(new SuppleContextFactory(location), Time).GetOrAddAsync(name, () => "never used"));
    }

    [Fact]
    public async Task Deleting_an_account_removes_its_browsers_claims_and_snoozes()
    {
        var location = NewLocation();
        var user = "frank-" + Guid.NewGuid().ToString("N");
        await using (var frank = await SuppleStore.OpenAsync(location, Time, user))
        {
            await frank.SavePushDeviceAsync(Device("https://push.example/" + user));
        }

        var outbox = new ReminderOutbox(new SuppleContextFactory(location));
        Assert.True(await outbox.SnoozeAsync(user, ReminderKinds.Daily, Time.GetUtcNow(), 1, Time.GetUtcNow()));
        Assert.True(await outbox.TryClaimAsync(user, ReminderKinds.Daily, Time.GetUtcNow(), Time.GetUtcNow()));
        var tables = AccountData.OwnedTables(new SuppleContextFactory(location).CreateDbContext());
        Assert.Contains("push_subscriptions", tables);
        Assert.Contains("reminder_deliveries", tables);
        Assert.Contains("reminder_snoozes", tables);
        await using (var context = new SuppleContextFactory(location).CreateDbContext())
        {
            await AccountData.DeleteAsync(context, user);
        }

        Assert.DoesNotContain(await outbox.LoadRecipientsAsync(), r => r.UserId == user);
        Assert.DoesNotContain(await outbox.TakeDueSnoozesAsync(Time.GetUtcNow().AddDays(1)), s => s.UserId == user);
        Assert.True(await outbox.TryClaimAsync(user, ReminderKinds.Daily, Time.GetUtcNow(), Time.GetUtcNow()));
    }
}
