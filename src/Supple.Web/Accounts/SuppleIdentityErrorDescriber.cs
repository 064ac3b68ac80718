using Microsoft.AspNetCore.Identity;
using Supple.Core.Localization;
using Supple.Web.Resources;

namespace Supple.Web.Accounts;

/// <summary>
/// Every error Identity describes, in the request's language (<see cref="AccountText"/>'s <c>Identity.</c> keys, whose
/// English is Identity's own wording): Identity's own describer has them in English only. The codes stay Identity's.
/// The errors a person meets most are put in Supple's plainer words by <see cref="AccountMessages.Describe"/>, by code.
/// </summary>
public sealed class SuppleIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = AccountMessages.PasswordTooShort(length) };

    public override IdentityError DefaultError() => Error(nameof(DefaultError), AccountText.IdentityDefaultError);

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), AccountText.IdentityConcurrencyFailure);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), AccountText.IdentityPasswordMismatch);

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), AccountText.IdentityInvalidToken);

    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), AccountText.IdentityRecoveryCodeRedemptionFailed);

    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated), AccountText.IdentityLoginAlreadyAssociated);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), AccountText.IdentityInvalidUserName, ("name", userName));

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), AccountText.IdentityInvalidEmail, ("email", email));

    public override IdentityError DuplicateUserName(string? userName) => Error(nameof(DuplicateUserName), AccountText.IdentityDuplicateUserName, ("name", userName));

    public override IdentityError DuplicateEmail(string? email) => Error(nameof(DuplicateEmail), AccountText.IdentityDuplicateEmail, ("email", email));

    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), AccountText.IdentityInvalidRoleName, ("role", role));

    public override IdentityError DuplicateRoleName(string? role) => Error(nameof(DuplicateRoleName), AccountText.IdentityDuplicateRoleName, ("role", role));

    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), AccountText.IdentityUserAlreadyHasPassword);

    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), AccountText.IdentityUserLockoutNotEnabled);

    public override IdentityError UserAlreadyInRole(string? role) => Error(nameof(UserAlreadyInRole), AccountText.IdentityUserAlreadyInRole, ("role", role));

    public override IdentityError UserNotInRole(string? role) => Error(nameof(UserNotInRole), AccountText.IdentityUserNotInRole, ("role", role));

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), AccountText.IdentityPasswordRequiresUniqueChars, ("count", uniqueChars));

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), AccountText.IdentityPasswordRequiresNonAlphanumeric);

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), AccountText.IdentityPasswordRequiresDigit);

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), AccountText.IdentityPasswordRequiresLower);

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), AccountText.IdentityPasswordRequiresUpper);

    private static IdentityError Error(string code, string key, params (string Name, object? Value)[] arguments) =>
        new() { Code = code, Description = AccountText.Localizer.Format(key, arguments) };
}
