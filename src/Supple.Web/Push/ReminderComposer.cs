using Microsoft.Extensions.Options;
using Supple.Core.Content;
using Supple.Core.Planning;
using Supple.Core.Reminders;
using Supple.Core.Sessions;
using Supple.Data;
using Supple.Web.Data;
using Supple.Web.Hosting;

namespace Supple.Web.Push;

/// <summary>
/// Writes the reminder a person gets: what today's session or the desk break holds (the same rules as the pages:
/// the plan with its safety rules through <see cref="PersonalPlans"/>, the break routine through
/// <see cref="DeskBreakRoutine"/>), how long it takes (the compiled timeline), where "Start now" goes, and the
/// "Later" token. Returns <c>null</c> when <see cref="ReminderDecision"/> says not to send.
/// </summary>
public sealed class ReminderComposer(SuppleStoreFactory stores, Programme programme, TimeProvider time, SnoozeTokens tokens)
{
    public const string SnoozeUrl = "/api/v1/push/snooze";

    public async Task<ReminderMessage?> ComposeAsync(string userId, ReminderKind kind, int snoozed, CancellationToken ct)
    {
        await using var users = new UserStore(stores, Options.Create(new SuppleWebOptions { UserId = userId }));
        var plans = new PersonalPlans(users, programme, time);
        Plan? plan;
        TodaysSession? today;
        try
        {
            plan = await plans.LoadPlanAsync(ct);
            today = plan is null ? null : await plans.TodayAsync(plan, null, ct);
        }
        catch (DamagedDocumentException)
        {
            // The plan page explains a damaged plan; the reminder offers the whole programme meanwhile.
            plan = null;
            today = null;
        }

        var level = (await (await users.GetAsync(ct)).GetSettingsAsync(ct)).DefaultLevel;
        var routine = kind switch
        {
            ReminderKind.DeskBreak => DeskBreakRoutine.Choose(programme, plan, today?.Progress),
            _ => today?.Routine ?? Routine.All(programme, level),
        };
        if (!ReminderDecision.ShouldSend(kind, routine))
        {
            return null;
        }

        var names = routine.Items.Select(i => programme.FindStretch(i.StretchId)?.Name ?? i.StretchId).ToList();
        var length = TimelineCompiler.Compile(programme, routine).TotalDuration;
        var snooze = new SnoozeLink(SnoozeUrl, tokens.Create(userId, kind, snoozed));
        ReminderAction[] actions = [new("start", PushText.StartNow), new("later", PushText.Later)];
        return kind == ReminderKind.DeskBreak
            ? new ReminderMessage(1, "break", PushText.BreakTitle, PushText.BreakBody(names, length), "supple-break",
                $"/player?level=gentle&only={string.Join(',', routine.Items.Select(i => i.StretchId))}", actions, snooze)
            : new ReminderMessage(1, "daily", PushText.DailyTitle, PushText.DailyBody(names, length, today is not null), "supple-daily",
                today is not null ? "/player?plan=1" : $"/player?level={level.ToString().ToLowerInvariant()}", actions, snooze);
    }

    /// <summary>The message "Send a test reminder" sends: it shows how reminders look, with no buttons.</summary>
    public static ReminderMessage Test() =>
        new(1, "test", PushText.TestTitle, PushText.TestBody, "supple-test", "/plan#reminders", [], null);
}
