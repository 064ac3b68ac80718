using Microsoft.EntityFrameworkCore;
using Supple.Data.Entities;

namespace Supple.Data;

/// <summary>
/// Small named JSON documents per user, kept beside the history: the saved plan (<see cref="Plan"/>), reminder
/// settings (<see cref="Reminders"/>), resumed stretches (<see cref="Resumptions"/>) and the safety gate
/// (<see cref="Safety"/>). The store keeps text;
/// Core reads and validates it, so a damaged document is reported by the feature that owns it.
/// </summary>
public static class UserDocuments
{
    /// <summary>The saved plan (<c>Supple.Core.Planning.PlanSerializer</c>).</summary>
    public const string Plan = "plan";

    /// <summary>Reminder settings.</summary>
    public const string Reminders = "reminders";

    /// <summary>Paused stretches the person resumed.</summary>
    public const string Resumptions = "resumptions";

    /// <summary>The language the person chose in the browser (<c>{"language":"de"}</c>); none when they left it to the browser.</summary>
    public const string Language = "language";

    /// <summary>
    /// The language of the request that last subscribed one of the person's browsers to reminders
    /// (<c>{"language":"de"}</c>, as <see cref="Language"/>): reminders use it when the person kept no language.
    /// </summary>
    public const string PushLanguage = "push-language";

    /// <summary>The safety gate: a stored "see a doctor first" outcome and a doctor's clearance (<c>Supple.Core.Safety.SafetyStatusSerializer</c>).</summary>
    public const string Safety = "safety";

    /// <summary>The longest document accepted, in characters.</summary>
    public const int MaxLength = 200_000;

    /// <summary>The document named <paramref name="name"/>, or <c>null</c> when none was saved.</summary>
    public static async Task<string?> GetDocumentAsync(this SuppleStore store, string name, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ValidateName(name);
        await using var context = store.Contexts.CreateDbContext();
        return await context.UserDocuments.AsNoTracking()
            .Where(d => d.UserId == store.UserId && d.Name == name)
            .Select(d => d.Json)
            .SingleOrDefaultAsync(ct);
    }

    /// <summary>Saves (creates or replaces) the document named <paramref name="name"/>.</summary>
    public static async Task SaveDocumentAsync(this SuppleStore store, string name, string json, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ValidateName(name);
        ArgumentNullException.ThrowIfNull(json);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(json.Length, MaxLength, nameof(json));
        await using var context = store.Contexts.CreateDbContext();
        var row = await context.UserDocuments.SingleOrDefaultAsync(d => d.UserId == store.UserId && d.Name == name, ct);
        if (row is null)
        {
            row = new UserDocumentRow { UserId = store.UserId, Name = name, Json = json };
            context.UserDocuments.Add(row);
        }

        row.Json = json;
        row.UpdatedAt = store.Time.GetUtcNow();
        await context.SaveChangesAsync(ct);
    }

    /// <summary>Deletes the document named <paramref name="name"/>; true when there was one.</summary>
    public static async Task<bool> DeleteDocumentAsync(this SuppleStore store, string name, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ValidateName(name);
        await using var context = store.Contexts.CreateDbContext();
        return await context.UserDocuments.Where(d => d.UserId == store.UserId && d.Name == name).ExecuteDeleteAsync(ct) > 0;
    }

    private static void ValidateName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(name.Length, 50, nameof(name));
    }
}
