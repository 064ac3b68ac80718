using Microsoft.AspNetCore.Identity;

namespace Supple.Web.Accounts;

/// <summary>
/// Everything the account pages, the account API and the account e-mails say to a person, in one place (so it can be
/// translated with the rest). Identity's own errors are put in plain words by <see cref="Describe"/>.
/// </summary>
public static class AccountMessages
{
    public const string FailedSignIn = "The e-mail address or the password is wrong.";

    public const string CommonPassword =
        "This password is one of the most common ones, so it would be guessed quickly. Choose another: a few unrelated words make a good one.";

    public const string PasswordIsEmail = "The password cannot be your e-mail address.";

    public const string SignInFailedTitle = "Sign-in failed";

    public const string LockedTitle = "Signing in with this address is paused";

    public const string Throttled = "Too many attempts from here in a short time. Wait a minute, then try again.";

    public const string ThrottledTitle = "Too many attempts";

    public const string TwoFactorRequiredTitle = "Two-factor code needed";

    public const string TwoFactorRequired = "Enter the 6-digit code from your authenticator app, or one of your recovery codes.";

    public const string TwoFactorFailed = "That code is not right, or it has expired. Enter the code your authenticator app shows now.";

    public const string RecoveryCodeFailed = "That recovery code is not right, or it has been used already.";

    public const string SignInStepExpired = "The sign-in took too long. Enter your e-mail address and password again.";

    public const string NotAllowedTitle = "Address not confirmed";

    public const string NotAllowed = "Confirm your e-mail address first: open the link we sent you when you registered. You can ask for a new link.";

    public const string RegistrationClosedTitle = "Registration is closed";

    public const string RegistrationClosed = "This server does not take new accounts.";

    public const string WrongPassword = "The password is wrong.";

    public const string AccountNotDeleted = "The account was not deleted.";

    public const string PasswordNotChanged = "The password was not changed.";

    public const string SignedOutEverywhere = "You have been signed out everywhere: every browser and every app that was signed in to this account.";

    public const string PasswordChanged = "Your password has been changed. Every other browser and app signed in to your account has been signed out.";

    public const string SignedOut = "You have signed out. This browser's sign-in no longer works, even if someone kept a copy of it.";

    public const string AccountDeleted = "Your account and all of its data have been deleted.";

    public const string MailOffTitle = "This server sends no e-mail";

    public const string MailOff =
        "This Supple server is not set up to send e-mail, so links to confirm an address or choose a new password cannot be sent. " +
        "Ask the person who runs it to reset your password, or to set up e-mail (docs/DEPLOYMENT.md).";

    public const string ResetRequested =
        "If this address belongs to an account and has been confirmed, a link to choose a new password is on its way. It works for an hour. Check your spam folder if it does not arrive.";

    public const string ConfirmationRequested = "If this address belongs to an account, a new link to confirm it is on its way.";

    public const string ConfirmationSent = "A link to confirm your address is on its way. Open it to confirm.";

    public const string InvalidLink = "This link has expired or has been used already. Ask for a new one.";

    public const string PasswordReset = "Your new password is set, and every browser and app that was signed in has been signed out. Sign in with the new password.";

    public const string EmailConfirmed = "Thank you: your e-mail address is confirmed.";

    public const string EmailChangeUnsupported = "Changing the e-mail address of an account is not possible yet.";

    public const string TwoFactorOn = "Two-factor sign-in is on. Save your recovery codes now; every other browser and app signed in to your account has been signed out.";

    public const string TwoFactorOff = "Two-factor sign-in is off. Every other browser and app signed in to your account has been signed out.";

    public const string NewRecoveryCodes = "Here are your new recovery codes; the old ones no longer work.";

    public const string QrCodeLabel = "QR code to add Supple to an authenticator app";

    public const string PasskeyAdded = "Your passkey is added. Next time, choose \"Sign in with a passkey\".";

    public const string PasskeyRemoved = "The passkey is removed; it no longer signs in.";

    public const string PasskeyNotAdded = "The passkey was not added: the browser's answer could not be checked, or it took too long. Try again.";

    public const string PasskeyNotFound = "There is no such passkey on your account.";

    public const string PasskeyDefaultName = "Passkey";

    public const string PasskeyCancelled = "The passkey was not used: the request was cancelled or timed out. You can try again.";

    public const string PasskeyBrowserProblem = "The passkey did not work here. You can try again, or use your password.";

    public const string PasskeyFailed = "That passkey did not sign you in. Try again, or sign in with your e-mail address and password.";

    public const string InvalidEmail = "Enter a valid e-mail address.";

    public const string PasswordsDiffer = "The two passwords are not the same.";

    public const string OldPasswordRequired = "Enter your current password to set a new one.";

    public const string TwoFactorCodeRequired = "Enter the code your authenticator app shows, to check that it is set up.";

    public const string TwoFactorNotChanged = "Two-factor sign-in was not changed.";

    public const string CannotResetKeyAndEnable = "A new key turns two-factor sign-in off until a code from the new key is checked: do one, then the other.";

    // E-mails. Plain text: every link is written out in full, so it can be checked before it is opened.

    public const string ConfirmSubject = "Confirm your e-mail address for Supple";

    public const string ResetSubject = "Choose a new Supple password";

    public const string PasswordChangedSubject = "Your Supple password was changed";

    public const string NewSignInSubject = "A new sign-in to your Supple account";

    public static string ConfirmBody(string link) =>
        $"""
        Hello,

        Please confirm that this is your e-mail address for your Supple account, so that you can reset your password by e-mail if you ever forget it. Open this link:

        {link}

        If you did not create a Supple account, ignore this e-mail: nothing else happens.
        """;

    public static string ResetBody(string link) =>
        $"""
        Hello,

        Someone (hopefully you) asked to choose a new password for your Supple account. Open this link within an hour to choose one; it works once:

        {link}

        If you did not ask for this, ignore this e-mail: your password stays as it is.
        """;

    public static string PasswordChangedBody(string at, string resetLink, string settingsLink) =>
        $"""
        Hello,

        The password of your Supple account was changed on {at}. Every browser and app that was signed in to your account has been signed out, except the one where the change was made.

        If that was you, there is nothing to do. If it was not, choose a new password now ({resetLink}), then sign out everywhere from your account page ({settingsLink}).
        """;

    public static string NewSignInBody(string at, string? client, string method, string settingsLink) =>
        $"""
        Hello,

        Your Supple account was signed in to on {at}, from {client ?? "a browser or app we could not name"} ({MethodName(method)}).

        If that was you, there is nothing to do. If it was not, change your password and sign out everywhere from your account page: {settingsLink}
        """;

    /// <summary>How a sign-in was proved, in words.</summary>
    public static string MethodName(string method) => method switch
    {
        SessionMethods.TwoFactor => "password and two-factor code",
        SessionMethods.RecoveryCode => "password and recovery code",
        SessionMethods.Passkey => "passkey",
        SessionMethods.Registration => "new account",
        _ => "password",
    };

    /// <summary>The answer when an address is locked after too many failed sign-ins (the same whether or not it has an account).</summary>
    public static string Locked(TimeSpan left) =>
        $"Too many failed sign-ins with this e-mail address. Signing in with it is paused for {Minutes(left)}; try again after that. " +
        "If you have forgotten your password, you can reset it.";

    /// <summary>"1 minute", "15 minutes" (rounded up, at least one).</summary>
    public static string Minutes(TimeSpan span)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(span.TotalMinutes));
        return minutes == 1 ? "1 minute" : $"{minutes} minutes";
    }

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
            "DuplicateUserName" or "DuplicateEmail" => "There is already an account with this e-mail address. Sign in instead.",
            "PasswordTooShort" => error.Description,
            "PasswordRequiresUniqueChars" => "The password needs more different characters.",
            "PasswordMismatch" => "The current password is wrong.",
            "InvalidEmail" or "InvalidUserName" => InvalidEmail,
            _ => error.Description,
        };
    }
}
