using System.Text.Json;
using System.Text.Json.Serialization;

namespace Supple.Web.Push;

/// <summary>
/// What a pushed reminder carries (encrypted for the browser; the service worker shows it): version 1 of the format
/// described in docs/WEB.md. Every word is the server's, so the notification is in the person's language.
/// </summary>
/// <param name="V">The format version (1).</param>
/// <param name="Kind"><c>daily</c>, <c>break</c> or <c>test</c>.</param>
/// <param name="Title">The notification's title.</param>
/// <param name="Body">Its text.</param>
/// <param name="Tag">Replaces an earlier notification with the same tag (one daily reminder on screen, not a pile).</param>
/// <param name="Url">The page "Start now" (or a tap) opens.</param>
/// <param name="Actions">The buttons: start now, later.</param>
/// <param name="Snooze">Where "Later" asks to be reminded again, with a token that says who and what.</param>
public sealed record ReminderMessage(
    int V,
    string Kind,
    string Title,
    string Body,
    string Tag,
    string Url,
    IReadOnlyList<ReminderAction> Actions,
    SnoozeLink? Snooze)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>The JSON the browser decrypts.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
