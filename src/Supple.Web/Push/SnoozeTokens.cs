using Microsoft.AspNetCore.DataProtection;
using Supple.Core.Reminders;
using Supple.Data.Push;

namespace Supple.Web.Push;

/// <summary>
/// The token a reminder carries for its "Later" button: who, which reminder, and how often it was put off, protected
/// (and limited to two days) with the app's data-protection keys, so "Later" works from the notification without a
/// sign-in and cannot be forged for someone else.
/// </summary>
public sealed class SnoozeTokens(IDataProtectionProvider provider)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(2);

    private readonly ITimeLimitedDataProtector _protector =
        provider.CreateProtector("Supple.Push.Snooze.v1").ToTimeLimitedDataProtector();

    public string Create(string userId, ReminderKind kind, int snoozed) =>
        _protector.Protect($"{ReminderKinds.Of(kind)}|{snoozed}|{userId}", Lifetime);

    public bool TryRead(string? token, out string userId, out ReminderKind kind, out int snoozed)
    {
        userId = "";
        kind = ReminderKind.Daily;
        snoozed = 0;
        if (string.IsNullOrWhiteSpace(token) || token.Length > 2000)
        {
            return false;
        }

        string text;
        try
        {
            text = _protector.Unprotect(token);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }

        var parts = text.Split('|', 3);
        if (parts.Length != 3 || !ReminderKinds.TryParse(parts[0], out kind)
            || !int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out snoozed))
        {
            return false;
        }

        userId = parts[2];
        return userId.Length > 0;
    }
}
