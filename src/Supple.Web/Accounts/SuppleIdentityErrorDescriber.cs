using Microsoft.AspNetCore.Identity;

namespace Supple.Web.Accounts;

/// <summary>
/// Identity's errors that carry a number, in the request's language: Identity's own describer has them in English
/// only. The rest are put in plain words by <see cref="AccountMessages.Describe"/>, by code.
/// </summary>
public sealed class SuppleIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = AccountMessages.PasswordTooShort(length) };
}
