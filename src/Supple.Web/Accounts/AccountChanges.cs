using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Identity;
using Supple.Data;
using Supple.Data.Identity;

namespace Supple.Web.Accounts;

/// <summary>
/// Changes to a signed-in account, the same for the settings pages and the account API: a new password, two-factor
/// sign-in on or off, new recovery codes, signing out everywhere, deleting the account. Whatever renews the account's
/// security stamp ends every other session, and the session that made the change goes on (a person who turns on
/// two-factor sign-in, or changes their password, stays signed in where they did it; their bearer token keeps working).
/// </summary>
public sealed class AccountChanges(UserManager<SuppleUser> users, IUserStore<SuppleUser> store, AccountSessionStore sessions, AccountMail mail, SuppleDbContext db, TimeProvider time)
{
    /// <summary>Recovery codes made at a time; each works once in place of a two-factor code.</summary>
    public const int RecoveryCodeCount = 10;

    public const string Issuer = "Supple";

    public async Task<IdentityResult> ChangePasswordAsync(SuppleUser user, string? currentPassword, string? newPassword, string? sessionId)
    {
        ArgumentNullException.ThrowIfNull(user);
        var result = await users.ChangePasswordAsync(user, currentPassword ?? "", newPassword ?? "");
        if (result.Succeeded)
        {
            await KeepSessionAsync(user, sessionId);
            await mail.SendPasswordChangedAsync(user, time.GetUtcNow());
        }

        return result;
    }

    /// <summary>Ends every session of the account, this one too, and retires every token issued so far.</summary>
    public async Task SignOutEverywhereAsync(SuppleUser user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await users.UpdateSecurityStampAsync(user);
        await sessions.RevokeAllAsync(user.Id, ct);
    }

    /// <summary>The state of two-factor sign-in; makes the account's authenticator key when it has none yet (the key alone turns nothing on).</summary>
    public async Task<TwoFactorStatusResponse> TwoFactorStatusAsync(SuppleUser user, string? sessionId, IReadOnlyList<string>? newRecoveryCodes = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // The first key: stored without renewing the security stamp (Identity's reset would sign out every other
            // session, and nothing about signing in has changed yet).
            key = users.GenerateNewAuthenticatorKey();
            await ((IUserAuthenticatorKeyStore<SuppleUser>)store).SetAuthenticatorKeyAsync(user, key, CancellationToken.None);
            var saved = await users.UpdateAsync(user);
            if (!saved.Succeeded)
            {
                throw new InvalidOperationException("The authenticator key could not be saved: " + string.Join(" ", saved.Errors.Select(e => e.Description)));
            }
        }

        return new TwoFactorStatusResponse(
            FormatKey(key),
            AuthenticatorUri(user.Email ?? user.UserName ?? "", key),
            newRecoveryCodes?.Count ?? await users.CountRecoveryCodesAsync(user),
            newRecoveryCodes,
            await users.GetTwoFactorEnabledAsync(user),
            IsMachineRemembered: false);
    }

    /// <summary>
    /// Turns two-factor sign-in on once <paramref name="code"/> from the authenticator app checks out; makes recovery
    /// codes when the account has none. Null and the reason when it was not turned on.
    /// </summary>
    public async Task<(TwoFactorStatusResponse? State, string? Error)> EnableTwoFactorAsync(SuppleUser user, string? code, string? sessionId)
    {
        ArgumentNullException.ThrowIfNull(user);
        var digits = new string((code ?? "").Where(char.IsAsciiDigit).ToArray());
        if (digits.Length == 0)
        {
            return (null, AccountMessages.TwoFactorCodeRequired);
        }

        if (string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user))
            || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits))
        {
            return (null, AccountMessages.TwoFactorFailed);
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        await KeepSessionAsync(user, sessionId);
        IReadOnlyList<string>? codes = null;
        if (await users.CountRecoveryCodesAsync(user) == 0)
        {
            codes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
        }

        return (await TwoFactorStatusAsync(user, sessionId, codes), null);
    }

    /// <summary>Turns two-factor sign-in off; with <paramref name="newKey"/>, the authenticator key is replaced too (the old app entry stops working).</summary>
    public async Task<TwoFactorStatusResponse> DisableTwoFactorAsync(SuppleUser user, bool newKey, string? sessionId)
    {
        ArgumentNullException.ThrowIfNull(user);
        await users.SetTwoFactorEnabledAsync(user, false);
        if (newKey)
        {
            await users.ResetAuthenticatorKeyAsync(user);
        }

        await KeepSessionAsync(user, sessionId);
        return await TwoFactorStatusAsync(user, sessionId);
    }

    /// <summary>Replaces the recovery codes (the old ones stop working) and returns the new ones, to be shown once.</summary>
    public async Task<TwoFactorStatusResponse> NewRecoveryCodesAsync(SuppleUser user, string? sessionId)
    {
        ArgumentNullException.ThrowIfNull(user);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? [];
        await KeepSessionAsync(user, sessionId);
        return await TwoFactorStatusAsync(user, sessionId, [.. codes]);
    }

    /// <summary>Deletes the account and every row of its data at once, when <paramref name="password"/> is right.</summary>
    public async Task<bool> DeleteAsync(SuppleUser user, string? password, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(password) || !await users.CheckPasswordAsync(user, password))
        {
            return false;
        }

        await AccountData.DeleteAsync(db, user.Id, ct);
        return true;
    }

    /// <summary>The authenticator key in groups of four, as people type it.</summary>
    public static string FormatKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var groups = Enumerable.Range(0, (key.Length + 3) / 4).Select(i => key.Substring(i * 4, Math.Min(4, key.Length - (i * 4))));
        return string.Join(' ', groups).ToLowerInvariant();
    }

    /// <summary>The <c>otpauth://</c> URI an authenticator app reads from the QR code (RFC 6238, 6 digits, 30 s).</summary>
    public static string AuthenticatorUri(string email, string key) =>
        string.Create(CultureInfo.InvariantCulture, $"otpauth://totp/{UrlEncoder.Default.Encode(Issuer)}:{UrlEncoder.Default.Encode(email)}?secret={key}&issuer={UrlEncoder.Default.Encode(Issuer)}&digits=6");

    // When the change renewed the security stamp, this session follows it and every other one ends.
    private async Task KeepSessionAsync(SuppleUser user, string? sessionId) =>
        await sessions.KeepOnlyAsync(user.Id, sessionId, await users.GetSecurityStampAsync(user));
}
