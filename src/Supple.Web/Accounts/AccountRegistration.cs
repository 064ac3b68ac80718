using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Supple.Data.Identity;

namespace Supple.Web.Accounts;

/// <summary>
/// Creating an account, the same for the registration page and the API: the rate limits, the address, the password
/// rules, and the link to confirm the address (when the server sends e-mail).
/// </summary>
public sealed class AccountRegistration(UserManager<SuppleUser> users, AccountThrottle throttle, AccountRecovery recovery)
{
    private static readonly EmailAddressAttribute EmailFormat = new();

    public async Task<RegistrationResult> RegisterAsync(HttpContext http, string? email, string? password)
    {
        ArgumentNullException.ThrowIfNull(http);
        email = email?.Trim() ?? "";
        if (throttle.TryAcquire(AccountAction.Registration, http, users.NormalizeEmail(email)) is { } wait)
        {
            return new RegistrationResult(null, wait, []);
        }

        if (email.Length == 0 || !EmailFormat.IsValid(email))
        {
            return new RegistrationResult(null, null, [new("email", AccountMessages.InvalidEmail)]);
        }

        var user = new SuppleUser { UserName = email, Email = email };
        var result = await users.CreateAsync(user, password ?? "");
        if (!result.Succeeded)
        {
            return new RegistrationResult(null, null, [.. result.Errors.Select(e => new KeyValuePair<string, string>(AccountMessages.FieldOf(e.Code), AccountMessages.Describe(e)))]);
        }

        await recovery.SendConfirmationAsync(user);
        return new RegistrationResult(user, null, []);
    }
}
