using System.Resources;
using Microsoft.Extensions.Localization;
using Supple.Core.Localization;

namespace Supple.Web.Resources;

/// <summary>
/// What the account pages, the account API and the account e-mails say (<c>AccountText.resx</c>, English, and
/// <c>AccountText.LANG.resx</c> beside it), by key, in <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>:
/// the request's language for pages and problem details, the recipient's for e-mails (<see cref="Accounts.AccountMail"/>
/// sets it). Read through <see cref="Accounts.AccountMessages"/>.
/// </summary>
public sealed class AccountText
{
    public const string FailedSignIn = "Account.FailedSignIn";
    public const string CommonPassword = "Account.CommonPassword";
    public const string PasswordIsEmail = "Account.PasswordIsEmail";
    public const string PasswordTooShort = "Account.PasswordTooShort";
    public const string SignInFailedTitle = "Account.SignInFailedTitle";
    public const string LockedTitle = "Account.LockedTitle";
    public const string Locked = "Account.Locked";
    public const string Throttled = "Account.Throttled";
    public const string ThrottledTitle = "Account.ThrottledTitle";
    public const string TwoFactorRequiredTitle = "Account.TwoFactorRequiredTitle";
    public const string TwoFactorRequired = "Account.TwoFactorRequired";
    public const string TwoFactorFailed = "Account.TwoFactorFailed";
    public const string RecoveryCodeFailed = "Account.RecoveryCodeFailed";
    public const string SignInStepExpired = "Account.SignInStepExpired";
    public const string NotAllowedTitle = "Account.NotAllowedTitle";
    public const string NotAllowed = "Account.NotAllowed";
    public const string RegistrationClosedTitle = "Account.RegistrationClosedTitle";
    public const string RegistrationClosed = "Account.RegistrationClosed";
    public const string WrongPassword = "Account.WrongPassword";
    public const string AccountNotDeleted = "Account.AccountNotDeleted";
    public const string PasswordNotChanged = "Account.PasswordNotChanged";
    public const string SignedOutEverywhere = "Account.SignedOutEverywhere";
    public const string PasswordChanged = "Account.PasswordChanged";
    public const string SignedOut = "Account.SignedOut";
    public const string AccountDeleted = "Account.AccountDeleted";
    public const string MailOffTitle = "Account.MailOffTitle";
    public const string MailOff = "Account.MailOff";
    public const string ResetRequested = "Account.ResetRequested";
    public const string ConfirmationRequested = "Account.ConfirmationRequested";
    public const string ConfirmationSent = "Account.ConfirmationSent";
    public const string InvalidLink = "Account.InvalidLink";
    public const string PasswordReset = "Account.PasswordReset";
    public const string EmailConfirmed = "Account.EmailConfirmed";
    public const string EmailChangeUnsupported = "Account.EmailChangeUnsupported";
    public const string TwoFactorOn = "Account.TwoFactorOn";
    public const string TwoFactorOff = "Account.TwoFactorOff";
    public const string NewRecoveryCodes = "Account.NewRecoveryCodes";
    public const string QrCodeLabel = "Account.QrCodeLabel";
    public const string PasskeyAdded = "Account.PasskeyAdded";
    public const string PasskeyRemoved = "Account.PasskeyRemoved";
    public const string PasskeyNotAdded = "Account.PasskeyNotAdded";
    public const string PasskeyNotFound = "Account.PasskeyNotFound";
    public const string PasskeyDefaultName = "Account.PasskeyDefaultName";
    public const string PasskeyCancelled = "Account.PasskeyCancelled";
    public const string PasskeyBrowserProblem = "Account.PasskeyBrowserProblem";
    public const string PasskeyFailed = "Account.PasskeyFailed";
    public const string InvalidEmail = "Account.InvalidEmail";
    public const string PasswordsDiffer = "Account.PasswordsDiffer";
    public const string OldPasswordRequired = "Account.OldPasswordRequired";
    public const string TwoFactorCodeRequired = "Account.TwoFactorCodeRequired";
    public const string TwoFactorNotChanged = "Account.TwoFactorNotChanged";
    public const string CannotResetKeyAndEnable = "Account.CannotResetKeyAndEnable";
    public const string DuplicateEmail = "Account.DuplicateEmail";
    public const string PasswordRequiresUniqueChars = "Account.PasswordRequiresUniqueChars";
    public const string CurrentPasswordWrong = "Account.CurrentPasswordWrong";
    public const string MethodTwoFactor = "Account.MethodTwoFactor";
    public const string MethodRecoveryCode = "Account.MethodRecoveryCode";
    public const string MethodPasskey = "Account.MethodPasskey";
    public const string MethodRegistration = "Account.MethodRegistration";
    public const string MethodPassword = "Account.MethodPassword";
    public const string MailAt = "Mail.At";
    public const string MailUnknownClient = "Mail.UnknownClient";
    public const string MailConfirmSubject = "Mail.ConfirmSubject";
    public const string MailResetSubject = "Mail.ResetSubject";
    public const string MailPasswordChangedSubject = "Mail.PasswordChangedSubject";
    public const string MailNewSignInSubject = "Mail.NewSignInSubject";
    public const string MailConfirmBody = "Mail.ConfirmBody";
    public const string MailResetBody = "Mail.ResetBody";
    public const string MailPasswordChangedBody = "Mail.PasswordChangedBody";
    public const string MailNewSignInBody = "Mail.NewSignInBody";

    // i18n-web3: Identity's own errors (SuppleIdentityErrorDescriber)
    public const string IdentityDefaultError = "Identity.DefaultError";
    public const string IdentityConcurrencyFailure = "Identity.ConcurrencyFailure";
    public const string IdentityPasswordMismatch = "Identity.PasswordMismatch";
    public const string IdentityInvalidToken = "Identity.InvalidToken";
    public const string IdentityRecoveryCodeRedemptionFailed = "Identity.RecoveryCodeRedemptionFailed";
    public const string IdentityLoginAlreadyAssociated = "Identity.LoginAlreadyAssociated";
    public const string IdentityInvalidUserName = "Identity.InvalidUserName";
    public const string IdentityInvalidEmail = "Identity.InvalidEmail";
    public const string IdentityDuplicateUserName = "Identity.DuplicateUserName";
    public const string IdentityDuplicateEmail = "Identity.DuplicateEmail";
    public const string IdentityInvalidRoleName = "Identity.InvalidRoleName";
    public const string IdentityDuplicateRoleName = "Identity.DuplicateRoleName";
    public const string IdentityUserAlreadyHasPassword = "Identity.UserAlreadyHasPassword";
    public const string IdentityUserLockoutNotEnabled = "Identity.UserLockoutNotEnabled";
    public const string IdentityUserAlreadyInRole = "Identity.UserAlreadyInRole";
    public const string IdentityUserNotInRole = "Identity.UserNotInRole";
    public const string IdentityPasswordRequiresUniqueChars = "Identity.PasswordRequiresUniqueChars";
    public const string IdentityPasswordRequiresNonAlphanumeric = "Identity.PasswordRequiresNonAlphanumeric";
    public const string IdentityPasswordRequiresDigit = "Identity.PasswordRequiresDigit";
    public const string IdentityPasswordRequiresLower = "Identity.PasswordRequiresLower";
    public const string IdentityPasswordRequiresUpper = "Identity.PasswordRequiresUpper";
    public const string ClientOnSystem = "Client.OnSystem";

    /// <summary>The resources, read on first use.</summary>
    public static ResourceManager Resources { get; } = new(typeof(AccountText));

    /// <summary>The strings in the current UI culture.</summary>
    public static IStringLocalizer Localizer { get; } = new SuppleStringLocalizer(Resources);
}
