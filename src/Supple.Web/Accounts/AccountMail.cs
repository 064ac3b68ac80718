using System.Globalization;
using MimeKit;
using Supple.Data.Identity;
using Supple.Web.Mail;

namespace Supple.Web.Accounts;

/// <summary>
/// The e-mails of the account features: the link to confirm an address, the link to choose a new password, and the
/// notices "your password was changed" and "a new sign-in". Each is queued (never awaited by the request); when the
/// server has no mail (<see cref="MailSetup.IsEnabled"/>) nothing is sent and the caller says so.
/// </summary>
public sealed class AccountMail(MailSetup setup, MailOutbox outbox)
{
    public bool IsEnabled => setup.IsEnabled;

    /// <summary>The link to confirm <paramref name="user"/>'s address (<paramref name="code"/> from Identity, base64url-encoded).</summary>
    public bool SendConfirmation(SuppleUser user, string code) =>
        Send(user, AccountMessages.ConfirmSubject, () => AccountMessages.ConfirmBody(setup.Link($"/account/confirm-email?userId={Uri.EscapeDataString(user.Id)}&code={Uri.EscapeDataString(code)}")));

    /// <summary>The link to choose a new password, valid for an hour and once.</summary>
    public bool SendPasswordReset(SuppleUser user, string code) =>
        Send(user, AccountMessages.ResetSubject, () => AccountMessages.ResetBody(setup.Link($"/account/reset-password?email={Uri.EscapeDataString(user.Email ?? "")}&code={Uri.EscapeDataString(code)}")));

    public bool SendPasswordChanged(SuppleUser user, DateTimeOffset at) =>
        Send(user, AccountMessages.PasswordChangedSubject, () => AccountMessages.PasswordChangedBody(Utc(at), setup.Link("/account/forgot-password"), setup.Link("/account/settings")));

    public bool SendNewSignIn(SuppleUser user, SignInRecord signIn)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        return Send(user, AccountMessages.NewSignInSubject, () => AccountMessages.NewSignInBody(Utc(signIn.At), signIn.Client, signIn.Method, setup.Link("/account/settings")));
    }

    // The body is written only when there is mail to send (its links need the public URL).
    private bool Send(SuppleUser user, string subject, Func<string> body)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!setup.IsEnabled || string.IsNullOrEmpty(user.Email))
        {
            return false;
        }

        var options = setup.Options;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.FromName, options.From!));
        message.To.Add(MailboxAddress.Parse(user.Email));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body() };
        return outbox.Enqueue(message);
    }

    private static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
