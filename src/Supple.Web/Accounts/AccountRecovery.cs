using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Supple.Data.Identity;

namespace Supple.Web.Accounts;

/// <summary>
/// Getting back into an account by e-mail, the same for the pages and the API: the link to choose a new password (sent
/// only to a confirmed address, and the answer is the same whether or not the address has an account), the new
/// password itself (every session of the account ends, the address is unlocked, a notice is sent), and the
/// confirmation of an address.
/// </summary>
public sealed class AccountRecovery(
    UserManager<SuppleUser> users,
    AccountMail mail,
    AccountThrottle throttle,
    AccountSessionStore sessions,
    SignInFailureStore failures,
    TimeProvider time)
{
    /// <summary>Sends the link to choose a new password, when <paramref name="email"/> is the confirmed address of an account.</summary>
    public async Task<RecoveryOutcome> RequestResetAsync(HttpContext http, string? email)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!mail.IsEnabled)
        {
            return RecoveryOutcome.MailOff;
        }

        email = email?.Trim() ?? "";
        if (throttle.TryAcquire(AccountAction.Reset, http, users.NormalizeEmail(email)) is { } wait)
        {
            return new RecoveryOutcome(RecoveryStatus.Throttled, wait);
        }

        if (email.Length > 0 && await users.FindByEmailAsync(email) is { EmailConfirmed: true } user)
        {
            await mail.SendPasswordResetAsync(user, Encode(await users.GeneratePasswordResetTokenAsync(user)));
        }

        return RecoveryOutcome.Done;
    }

    /// <summary>Sets a new password with the code from the e-mailed link.</summary>
    public async Task<RecoveryOutcome> ResetAsync(HttpContext http, string? email, string? code, string? newPassword)
    {
        ArgumentNullException.ThrowIfNull(http);
        email = email?.Trim() ?? "";
        var address = users.NormalizeEmail(email) ?? "";
        if (throttle.TryAcquire(AccountAction.Reset, http, address) is { } wait)
        {
            return new RecoveryOutcome(RecoveryStatus.Throttled, wait);
        }

        if (email.Length == 0 || Decode(code) is not { } token || await users.FindByEmailAsync(email) is not { } user)
        {
            return RecoveryOutcome.InvalidLink;
        }

        var result = await users.ResetPasswordAsync(user, token, newPassword ?? "");
        if (!result.Succeeded)
        {
            return result.Errors.Any(e => e.Code == "InvalidToken")
                ? RecoveryOutcome.InvalidLink
                : new RecoveryOutcome(RecoveryStatus.InvalidPassword, Errors: [.. result.Errors.Select(AccountMessages.Describe)]);
        }

        // The stamp changed, so every session has ended already; the rows go too. Whoever reset it may sign in at once.
        await sessions.RevokeAllAsync(user.Id, http.RequestAborted);
        await failures.ClearAsync(address, http.RequestAborted);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await mail.SendPasswordChangedAsync(user, time.GetUtcNow());
        return RecoveryOutcome.Done;
    }

    /// <summary>Sends the link to confirm the address of <paramref name="user"/> (at registration, or when asked again).</summary>
    public async Task<RecoveryOutcome> SendConfirmationAsync(SuppleUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!mail.IsEnabled)
        {
            return RecoveryOutcome.MailOff;
        }

        if (!user.EmailConfirmed)
        {
            await mail.SendConfirmationAsync(user, Encode(await users.GenerateEmailConfirmationTokenAsync(user)));
        }

        return RecoveryOutcome.Done;
    }

    /// <summary>Sends the confirmation link again for an address given by someone not signed in (the same answer whether or not it has an account).</summary>
    public async Task<RecoveryOutcome> ResendConfirmationAsync(HttpContext http, string? email)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!mail.IsEnabled)
        {
            return RecoveryOutcome.MailOff;
        }

        email = email?.Trim() ?? "";
        if (throttle.TryAcquire(AccountAction.Reset, http, users.NormalizeEmail(email)) is { } wait)
        {
            return new RecoveryOutcome(RecoveryStatus.Throttled, wait);
        }

        if (email.Length > 0 && await users.FindByEmailAsync(email) is { } user)
        {
            await SendConfirmationAsync(user);
        }

        return RecoveryOutcome.Done;
    }

    /// <summary>Confirms an address with the code from the e-mailed link.</summary>
    public async Task<RecoveryOutcome> ConfirmAsync(string? userId, string? code)
    {
        if (string.IsNullOrEmpty(userId) || Decode(code) is not { } token || await users.FindByIdAsync(userId) is not { } user)
        {
            return RecoveryOutcome.InvalidLink;
        }

        return (await users.ConfirmEmailAsync(user, token)).Succeeded ? RecoveryOutcome.Done : RecoveryOutcome.InvalidLink;
    }

    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    private static string? Decode(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code.Trim()));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
