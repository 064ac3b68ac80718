using Microsoft.Extensions.Options;
using Supple.Application;
using Supple.Core.Content;
using Supple.Core.Reminders;
using Supple.Core.Sessions;
using Supple.Data;
using Supple.Web.Data;
using Supple.Web.Hosting;
using Supple.Web.Localization;

namespace Supple.Web.Push;

/// <summary>
/// Writes the reminder a person gets: what today's session or the desk break holds, through the application layer
/// and so with every rule the other doors apply (<see cref="GuidedSessions.PrepareAsync"/> for the day's session from
/// the plan, <see cref="DeskBreaks.PrepareAsync"/> for a break: no reminder to stretch while the safety gate is closed,
/// paused stretches left out, nothing when every stretch is paused), how long it takes, where "Start now" goes, and the
/// "Later" token. Returns <c>null</c> when there is nothing to offer or <see cref="ReminderDecision"/> says not to send.
/// </summary>
public sealed class ReminderComposer(SuppleStoreFactory stores, Programme programme, TimeProvider time, SnoozeTokens tokens, RecipientLanguage language)
{
    public const string SnoozeUrl = "/api/v1/push/snooze";

    public async Task<ReminderMessage?> ComposeAsync(string userId, ReminderKind kind, int snoozed, CancellationToken ct)
    {
        await using var users = new UserStore(stores, Options.Create(new SuppleWebOptions { UserId = userId }));
        var app = new SuppleApp(users, programme, time);
        Routine routine;
        TimeSpan length;
        var fromPlan = false;
        var level = DosageLevel.Gentle;
        try
        {
            if (kind == ReminderKind.DeskBreak)
            {
                var plan = await app.DeskBreaks.PrepareAsync(acceptDisclaimer: false, ct);
                routine = plan.Routine;
                length = plan.Timeline.TotalDuration;
            }
            else
            {
                await app.Assessments.ThrowIfClosedAsync(ct);
                var prepared = await app.Sessions.PrepareAsync(new SessionRequest(FromPlan: true), ct);
                routine = prepared.Routine;
                length = prepared.Timeline.TotalDuration;
                fromPlan = prepared.FromPlan;
                level = prepared.Level;
            }
        }
        catch (RefusedException)
        {
            // The gate is closed, the disclaimer is not accepted yet or every stretch is paused: no reminder to stretch.
            return null;
        }

        if (!ReminderDecision.ShouldSend(kind, routine))
        {
            return null;
        }

        // In the subscriber's language (kept with their data, else the one they subscribed in, else English): there is
        // no request to take it from.
        var culture = await language.ForReminderAsync(userId, ct);
        var localized = ProgrammeTranslations.BuiltIn.For(culture).Programme;
        var names = routine.Items.Select(i => localized.FindStretch(i.StretchId)?.Name ?? programme.FindStretch(i.StretchId)?.Name ?? i.StretchId).ToList();
        var snooze = new SnoozeLink(SnoozeUrl, tokens.Create(userId, kind, snoozed));
        return RecipientLanguage.Write(culture, () =>
        {
            ReminderAction[] actions = [new("start", PushText.StartNow), new("later", PushText.Later)];
            return kind == ReminderKind.DeskBreak
                ? new ReminderMessage(1, "break", PushText.BreakTitle, PushText.BreakBody(names, length), "supple-break",
                    $"/player?level=gentle&only={string.Join(',', routine.Items.Select(i => i.StretchId))}", actions, snooze)
                : new ReminderMessage(1, "daily", PushText.DailyTitle, PushText.DailyBody(names, length, fromPlan), "supple-daily",
                    fromPlan ? "/player?plan=1" : $"/player?level={level.ToString().ToLowerInvariant()}", actions, snooze);
        });
    }

    /// <summary>The message "Send a test reminder" sends: it shows how reminders look, with no buttons.</summary>
    public static ReminderMessage Test() =>
        new(1, "test", PushText.TestTitle, PushText.TestBody, "supple-test", "/plan#reminders", [], null);
}
