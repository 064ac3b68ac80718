using Supple.Cli.Infrastructure;
using Supple.Core.History;
using Supple.Core.Planning;
using Supple.Core.Reminders;
using Supple.Core.Safety;
using Supple.Data;

namespace Supple.Cli.Reminders;

/// <summary>
/// The person's plan, reminder settings and resumed stretches, kept as documents in the store beside the history,
/// and the history as the safety rules read it. A damaged document is reported clearly and never overwritten
/// silently.
/// </summary>
internal sealed class PersonalData : IAsyncDisposable
{
    private PersonalData(SuppleStore store) => Store = store;

    public SuppleStore Store { get; }

    public static async Task<PersonalData> OpenAsync(string? db, CliConsole console, CancellationToken ct)
    {
        var location = StoreLocation.Resolve(db, console.Environment);
        try
        {
            return new PersonalData(await SuppleStore.OpenAsync(location, console.Time, ct: ct));
        }
        catch (StoreException ex)
        {
            throw new UsageException(ex.Message, ex);
        }
    }

    public async Task<Plan?> LoadPlanAsync(CancellationToken ct) => ParsePlan(await Store.GetDocumentAsync(UserDocuments.Plan, ct));

    public static Plan? ParsePlan(string? json)
    {
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
            throw new InvalidOperationException(ex.Message, ex);
        }
    }

    public Task SavePlanAsync(Plan plan, CancellationToken ct) =>
        Store.SaveDocumentAsync(UserDocuments.Plan, PlanSerializer.Serialize(plan), ct);

    public Task<bool> DeletePlanAsync(CancellationToken ct) => Store.DeleteDocumentAsync(UserDocuments.Plan, ct);

    public async Task<ReminderSettings> LoadRemindersAsync(CancellationToken ct) =>
        ParseReminders(await Store.GetDocumentAsync(UserDocuments.Reminders, ct));

    public static ReminderSettings ParseReminders(string? json)
    {
        try
        {
            return ReminderSettingsSerializer.Deserialize(json);
        }
        catch (FormatException ex)
        {
            throw new InvalidOperationException(
                $"The saved reminder settings could not be read ({ex.Message}). Set them again with 'supple remind --at HH:MM' or 'supple remind --off'.", ex);
        }
    }

    public Task SaveRemindersAsync(ReminderSettings settings, CancellationToken ct) =>
        Store.SaveDocumentAsync(UserDocuments.Reminders, ReminderSettingsSerializer.Serialize(settings), ct);

    public async Task<IReadOnlyList<StretchResumption>> LoadResumptionsAsync(CancellationToken ct) =>
        ParseResumptions(await Store.GetDocumentAsync(UserDocuments.Resumptions, ct));

    public static IReadOnlyList<StretchResumption> ParseResumptions(string? json)
    {
        try
        {
            return ResumptionsSerializer.Deserialize(json);
        }
        catch (FormatException ex)
        {
            throw new InvalidOperationException($"The list of resumed stretches could not be read ({ex.Message}).", ex);
        }
    }

    public async Task AddResumptionAsync(StretchResumption resumption, CancellationToken ct)
    {
        var all = (await LoadResumptionsAsync(ct)).Append(resumption);
        await Store.SaveDocumentAsync(UserDocuments.Resumptions, ResumptionsSerializer.Serialize(all), ct);
    }

    public async Task<SafetyHistory> LoadSafetyHistoryAsync(CancellationToken ct)
    {
        var history = await Store.GetHistoryAsync(since: null, ct);
        return new SafetyHistory(history.Sessions, history.PainEntries, await LoadResumptionsAsync(ct));
    }

    public async Task<TimeZoneInfo> TimeZoneAsync(CancellationToken ct) =>
        (await Store.GetSettingsAsync(ct)).ResolveTimeZone();

    public static PainScore? Pain(int? value) => value is { } v ? new PainScore(v) : null;

    public ValueTask DisposeAsync() => Store.DisposeAsync();
}
