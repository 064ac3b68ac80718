using Supple.Core.Planning;
using Supple.Core.Reminders;
using Supple.Core.Safety;
using Supple.Data;

namespace Supple.Application;

/// <summary>
/// The person's documents kept beside the history (plan, reminders, resumed stretches, the safety gate), read and
/// written in Core's formats, and the history as the safety rules read it. A damaged document is reported, never
/// overwritten silently.
/// </summary>
internal sealed class PersonalDocuments(SuppleApp app)
{
    public async Task<Plan?> PlanAsync(CancellationToken ct) => ParsePlan(await GetAsync(UserDocuments.Plan, ct));

    public static Plan? ParsePlan(string? json)
    {
        try
        {
            return json is null ? null : PlanSerializer.Deserialize(json);
        }
        catch (FormatException ex)
        {
            throw new DamagedDocumentException(AppMessages.Format(AppMessages.DamagedPlan, ex.Message), ex);
        }
    }

    public async Task SavePlanAsync(Plan plan, CancellationToken ct) =>
        await (await app.Users.GetAsync(ct)).SaveDocumentAsync(UserDocuments.Plan, PlanSerializer.Serialize(plan), ct);

    public async Task DeletePlanAsync(CancellationToken ct) =>
        await (await app.Users.GetAsync(ct)).DeleteDocumentAsync(UserDocuments.Plan, ct);

    public async Task<ReminderSettings> RemindersAsync(CancellationToken ct) => ParseReminders(await GetAsync(UserDocuments.Reminders, ct));

    public static ReminderSettings ParseReminders(string? json)
    {
        try
        {
            return ReminderSettingsSerializer.Deserialize(json);
        }
        catch (FormatException ex)
        {
            throw new DamagedDocumentException(AppMessages.Format(AppMessages.DamagedReminders, ex.Message), ex);
        }
    }

    public async Task SaveRemindersAsync(ReminderSettings settings, CancellationToken ct) =>
        await (await app.Users.GetAsync(ct)).SaveDocumentAsync(UserDocuments.Reminders, ReminderSettingsSerializer.Serialize(settings), ct);

    public async Task<IReadOnlyList<StretchResumption>> ResumptionsAsync(CancellationToken ct) => ParseResumptions(await GetAsync(UserDocuments.Resumptions, ct));

    public static IReadOnlyList<StretchResumption> ParseResumptions(string? json)
    {
        try
        {
            return ResumptionsSerializer.Deserialize(json);
        }
        catch (FormatException ex)
        {
            throw new DamagedDocumentException(AppMessages.Format(AppMessages.DamagedResumptions, ex.Message), ex);
        }
    }

    public async Task AddResumptionAsync(StretchResumption resumption, CancellationToken ct)
    {
        var all = (await ResumptionsAsync(ct)).Append(resumption);
        await (await app.Users.GetAsync(ct)).SaveDocumentAsync(UserDocuments.Resumptions, ResumptionsSerializer.Serialize(all), ct);
    }

    public async Task<SafetyStatus> SafetyAsync(CancellationToken ct) => ParseSafety(await GetAsync(UserDocuments.Safety, ct));

    public static SafetyStatus ParseSafety(string? json)
    {
        try
        {
            return SafetyStatusSerializer.Deserialize(json);
        }
        catch (FormatException ex)
        {
            throw new DamagedDocumentException(AppMessages.Format(AppMessages.DamagedSafety, ex.Message), ex);
        }
    }

    public async Task SaveSafetyAsync(SafetyStatus status, CancellationToken ct)
    {
        var store = await app.Users.GetAsync(ct);
        if (status.SeeDoctor is null && status.Clearance is null)
        {
            await store.DeleteDocumentAsync(UserDocuments.Safety, ct);
        }
        else
        {
            await store.SaveDocumentAsync(UserDocuments.Safety, SafetyStatusSerializer.Serialize(status), ct);
        }
    }

    /// <summary>
    /// What the safety rules read at <paramref name="now"/> (<see cref="SafetyRules.HistoryNeededSince"/>): the sessions
    /// and pain check-ins since the plan was made or since the trend window began, every older session in which something
    /// hurt, and every resumption. The rules answer on it as on the whole history, and its cost does not grow with years
    /// of practice.
    /// </summary>
    /// <param name="now">The instant the rules will be applied at.</param>
    /// <param name="planCreatedAt">When the saved plan was made, or <c>null</c> when the rules do not replay a plan.</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<SafetyHistory> SafetyHistoryAsync(DateTimeOffset now, DateTimeOffset? planCreatedAt, CancellationToken ct)
    {
        var history = await app.Journal.ReadAsync(SafetyRules.HistoryNeededSince(now, planCreatedAt), withEveryHurt: true, ct);
        return new SafetyHistory(history.Sessions, history.PainEntries, await ResumptionsAsync(ct));
    }

    /// <remarks>
    /// A local SQLite file already at this version's schema is read with plain SQL while the store is not open, so
    /// <c>supple plan</c> and <c>supple start</c> show their first screen without loading EF Core.
    /// </remarks>
    private async Task<string?> GetAsync(string name, CancellationToken ct)
    {
        if (app.Users is LocalUserStore { IsOpen: false } local && SqliteDocumentReader.TryRead(local.Location, name, local.UserId, out var json))
        {
            return json;
        }

        return await (await app.Users.GetAsync(ct)).GetDocumentAsync(name, ct);
    }
}
