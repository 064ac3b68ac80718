using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Supple.Core.Localization;
using Supple.Web.Pages;
using Supple.Web.Resources;

namespace Supple.Web.Accounts;

/// <summary>
/// Everything the account pages, the account API and the account e-mails say to a person, in one place, in
/// <see cref="CultureInfo.CurrentUICulture"/> (<see cref="AccountText"/>). Identity's own errors are put in plain words by <see cref="Describe"/>.
/// </summary>
public static class AccountMessages
{
    private static IStringLocalizer Text => AccountText.Localizer;

    public static string FailedSignIn => Text[AccountText.FailedSignIn];

    public static string CommonPassword => Text[AccountText.CommonPassword];

    public static string PasswordIsEmail => Text[AccountText.PasswordIsEmail];

    public static string SignInFailedTitle => Text[AccountText.SignInFailedTitle];

    public static string LockedTitle => Text[AccountText.LockedTitle];

    public static string Throttled => Text[AccountText.Throttled];

    public static string ThrottledTitle => Text[AccountText.ThrottledTitle];

    public static string TwoFactorRequiredTitle => Text[AccountText.TwoFactorRequiredTitle];

    public static string TwoFactorRequired => Text[AccountText.TwoFactorRequired];

    public static string TwoFactorFailed => Text[AccountText.TwoFactorFailed];

    public static string RecoveryCodeFailed => Text[AccountText.RecoveryCodeFailed];

    public static string SignInStepExpired => Text[AccountText.SignInStepExpired];

    public static string NotAllowedTitle => Text[AccountText.NotAllowedTitle];

    public static string NotAllowed => Text[AccountText.NotAllowed];

    public static string RegistrationClosedTitle => Text[AccountText.RegistrationClosedTitle];

    public static string RegistrationClosed => Text[AccountText.RegistrationClosed];

    public static string WrongPassword => Text[AccountText.WrongPassword];

    public static string AccountNotDeleted => Text[AccountText.AccountNotDeleted];

    public static string PasswordNotChanged => Text[AccountText.PasswordNotChanged];

    public static string SignedOutEverywhere => Text[AccountText.SignedOutEverywhere];

    public static string PasswordChanged => Text[AccountText.PasswordChanged];

    public static string SignedOut => Text[AccountText.SignedOut];

    public static string AccountDeleted => Text[AccountText.AccountDeleted];

    public static string MailOffTitle => Text[AccountText.MailOffTitle];

    public static string MailOff => Text[AccountText.MailOff];

    public static string ResetRequested => Text[AccountText.ResetRequested];

    public static string ConfirmationRequested => Text[AccountText.ConfirmationRequested];

    public static string ConfirmationSent => Text[AccountText.ConfirmationSent];

    public static string InvalidLink => Text[AccountText.InvalidLink];

    public static string PasswordReset => Text[AccountText.PasswordReset];

    public static string EmailConfirmed => Text[AccountText.EmailConfirmed];

    public static string EmailChangeUnsupported => Text[AccountText.EmailChangeUnsupported];

    public static string TwoFactorOn => Text[AccountText.TwoFactorOn];

    public static string TwoFactorOff => Text[AccountText.TwoFactorOff];

    public static string NewRecoveryCodes => Text[AccountText.NewRecoveryCodes];

    public static string QrCodeLabel => Text[AccountText.QrCodeLabel];

    public static string PasskeyAdded => Text[AccountText.PasskeyAdded];

    public static string PasskeyRemoved => Text[AccountText.PasskeyRemoved];

    public static string PasskeyNotAdded => Text[AccountText.PasskeyNotAdded];

    public static string PasskeyNotFound => Text[AccountText.PasskeyNotFound];

    public static string PasskeyDefaultName => Text[AccountText.PasskeyDefaultName];

    public static string PasskeyCancelled => Text[AccountText.PasskeyCancelled];

    public static string PasskeyBrowserProblem => Text[AccountText.PasskeyBrowserProblem];

    public static string PasskeyFailed => Text[AccountText.PasskeyFailed];

    public static string InvalidEmail => Text[AccountText.InvalidEmail];

    public static string PasswordsDiffer => Text[AccountText.PasswordsDiffer];

    public static string OldPasswordRequired => Text[AccountText.OldPasswordRequired];

    public static string TwoFactorCodeRequired => Text[AccountText.TwoFactorCodeRequired];

    public static string TwoFactorNotChanged => Text[AccountText.TwoFactorNotChanged];

    public static string CannotResetKeyAndEnable => Text[AccountText.CannotResetKeyAndEnable];

    public static string ConfirmSubject => Text[AccountText.MailConfirmSubject];

    public static string ResetSubject => Text[AccountText.MailResetSubject];

    public static string PasswordChangedSubject => Text[AccountText.MailPasswordChangedSubject];

    public static string NewSignInSubject => Text[AccountText.MailNewSignInSubject];

    // E-mails. Plain text: every link is written out in full, so it can be checked before it is opened. They are
    // written in the recipient's language: AccountMail sets the culture around them.

    public static string ConfirmBody(string link) => Text.Format(AccountText.MailConfirmBody, ("link", link));

    public static string ResetBody(string link) => Text.Format(AccountText.MailResetBody, ("link", link));

    public static string PasswordChangedBody(string at, string resetLink, string settingsLink) =>
        Text.Format(AccountText.MailPasswordChangedBody, ("at", at), ("resetLink", resetLink), ("settingsLink", settingsLink));

    public static string NewSignInBody(string at, string? client, string method, string settingsLink) =>
        Text.Format(AccountText.MailNewSignInBody, ("at", at), ("client", SuppleSignInManager.ClientInCurrentLanguage(client) ?? Text[AccountText.MailUnknownClient]), ("method", MethodName(method)),
            ("settingsLink", settingsLink));

    /// <summary>When something happened, for an e-mail: "5 December 2026, 14:30 UTC", in the current culture.</summary>
    public static string At(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return Text.Format(AccountText.MailAt, ("date", PageFormats.LongDate(utc)), ("time", PageFormats.Time(utc)));
    }

    /// <summary>How a sign-in was proved, in words.</summary>
    public static string MethodName(string method) => Text[method switch
    {
        SessionMethods.TwoFactor => AccountText.MethodTwoFactor,
        SessionMethods.RecoveryCode => AccountText.MethodRecoveryCode,
        SessionMethods.Passkey => AccountText.MethodPasskey,
        SessionMethods.Registration => AccountText.MethodRegistration,
        _ => AccountText.MethodPassword,
    }];

    /// <summary>The answer when an address is locked after too many failed sign-ins (the same whether or not it has an account).</summary>
    public static string Locked(TimeSpan left) => Text.Format(AccountText.Locked, ("minutes", Minutes(left)));

    /// <summary>Whole minutes, rounded up, at least one.</summary>
    public static int Minutes(TimeSpan span) => Math.Max(1, (int)Math.Ceiling(span.TotalMinutes));

    /// <summary>A new password shorter than <paramref name="length"/> characters (Identity's error, put in the current language).</summary>
    public static string PasswordTooShort(int length) => Text.Format(AccountText.PasswordTooShort, ("length", length));

    /// <summary>The request field an Identity error is about (<paramref name="passwordField"/> for the password rules).</summary>
    public static string FieldOf(string code, string passwordField = "password") => code switch
    {
        "PasswordMismatch" => "oldPassword",
        CommonPasswordValidator.CommonCode or CommonPasswordValidator.EmailCode => passwordField,
        _ when code.StartsWith("Password", StringComparison.Ordinal) => passwordField,
        "DuplicateUserName" or "DuplicateEmail" or "InvalidEmail" or "InvalidUserName" => "email",
        _ => "account",
    };

    public static string Describe(IdentityError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Code switch
        {
            "DuplicateUserName" or "DuplicateEmail" => Text[AccountText.DuplicateEmail],
            "PasswordTooShort" => error.Description,
            "PasswordRequiresUniqueChars" => Text[AccountText.PasswordRequiresUniqueChars],
            "PasswordMismatch" => Text[AccountText.CurrentPasswordWrong],
            "InvalidEmail" or "InvalidUserName" => InvalidEmail,
            _ => error.Description,
        };
    }
}
