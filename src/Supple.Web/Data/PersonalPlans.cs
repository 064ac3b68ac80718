using Supple.Core.Content;
using Supple.Core.History;
using Supple.Core.Planning;
using Supple.Core.Reminders;
using Supple.Core.Safety;
using Supple.Data;

namespace Supple.Web.Data;

/// <summary>
/// The current user's plan, reminders and resumed stretches, kept as documents in the store (the same documents the
/// terminal reads and writes). Every rule is Core's: this class only loads, calls Core and saves.
/// </summary>
public sealed class PersonalPlans(UserStore users, Programme programme, TimeProvider time)
{
    /// <summary>Evaluates the answers; saves the plan, or removes any saved plan when the outcome is "see a doctor first".</summary>
    public async Task<AssessmentOutcome> AssessAsync(AssessmentAnswers answers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var outcome = Assessment.Evaluate(programme, answers, time.GetUtcNow());
        var store = await users.GetAsync(ct);
        if (outcome is PlanOffered offered)
        {
            await store.SaveDocumentAsync(UserDocuments.Plan, PlanSerializer.Serialize(offered.Plan), ct);
        }
        else
        {
            // A plan made before a warning sign must not go on being offered as today's stretches.
            await store.DeleteDocumentAsync(UserDocuments.Plan, ct);
        }

        return outcome;
    }

    /// <summary>The saved plan, or <c>null</c> when there is none.</summary>
    /// <exception cref="DamagedDocumentException">The saved plan cannot be read.</exception>
    public async Task<Plan?> LoadPlanAsync(CancellationToken ct)
    {
        var store = await users.GetAsync(ct);
        var json = await store.GetDocumentAsync(UserDocuments.Plan, ct);
        if (json is null)
        {
            return null;
        }

        try
        {
            return PlanSerializer.Deserialize(json);
        }
        catch (FormatException ex)
        {
            throw new DamagedDocumentException(ex.Message, ex);
        }
    }

    /// <summary>Today's session from <paramref name="plan"/>: the safety rules applied to the whole history.</summary>
    /// <exception cref="DamagedDocumentException">The plan or the resumed stretches cannot be used.</exception>
    public async Task<TodaysSession> TodayAsync(Plan plan, int? painBefore, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var store = await users.GetAsync(ct);
        var history = await store.GetHistoryAsync(since: null, ct);
        IReadOnlyList<StretchResumption> resumptions;
        try
        {
            resumptions = ResumptionsSerializer.Deserialize(await store.GetDocumentAsync(UserDocuments.Resumptions, ct));
        }
        catch (FormatException ex)
        {
            throw new DamagedDocumentException($"The list of resumed stretches could not be read ({ex.Message}).", ex);
        }

        try
        {
            var safety = new SafetyHistory(history.Sessions, history.PainEntries, resumptions);
            return TodaysSessionPlanner.Build(programme, plan, safety, painBefore is { } p ? new PainScore(p) : null, time.GetUtcNow());
        }
        catch (InvalidOperationException ex)
        {
            throw new DamagedDocumentException(ex.Message, ex);
        }
    }

    /// <summary>The reminder settings (none when never set).</summary>
    /// <exception cref="DamagedDocumentException">The saved settings cannot be read.</exception>
    public async Task<ReminderSettings> LoadRemindersAsync(CancellationToken ct)
    {
        var store = await users.GetAsync(ct);
        try
        {
            return ReminderSettingsSerializer.Deserialize(await store.GetDocumentAsync(UserDocuments.Reminders, ct));
        }
        catch (FormatException ex)
        {
            throw new DamagedDocumentException(
                $"The saved reminder settings could not be read ({ex.Message}). Set the daily time again to replace them.", ex);
        }
    }

    /// <summary>Sets (or, with <c>null</c>, turns off) the daily reminder, keeping the desk-break settings.</summary>
    public async Task<ReminderSettings> SaveDailyAtAsync(TimeOnly? dailyAt, CancellationToken ct) =>
        await SaveRemindersAsync((await LoadRemindersOrNoneAsync(ct)) with { DailyAt = dailyAt }, ct);

    /// <summary>The reminder settings, or none when they cannot be read: saving anew is the way out of damaged settings.</summary>
    public async Task<ReminderSettings> LoadRemindersOrNoneAsync(CancellationToken ct)
    {
        try
        {
            return await LoadRemindersAsync(ct);
        }
        catch (DamagedDocumentException)
        {
            return ReminderSettings.None;
        }
    }

    /// <summary>Saves the reminder settings (the same document as <c>supple remind</c>).</summary>
    public async Task<ReminderSettings> SaveRemindersAsync(ReminderSettings settings, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var store = await users.GetAsync(ct);
        await store.SaveDocumentAsync(UserDocuments.Reminders, ReminderSettingsSerializer.Serialize(settings), ct);
        return settings;
    }

    /// <summary>The next daily reminder after now in the person's time zone, or <c>null</c> when it is off.</summary>
    public async Task<DateTimeOffset?> NextReminderAsync(ReminderSettings settings, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.DailyAt is not { } at)
        {
            return null;
        }

        var store = await users.GetAsync(ct);
        var zone = (await store.GetSettingsAsync(ct)).ResolveTimeZone();
        return DailyReminder.NextOccurrence(at, time.GetUtcNow(), zone);
    }
}
