using MimeKit;
using Supple.Data.Identity;
using Supple.Web.Localization;
using Supple.Web.Mail;

namespace Supple.Web.Accounts;

/// <summary>
/// The e-mails of the account features: the link to confirm an address, the link to choose a new password, and the
/// notices "your password was changed" and "a new sign-in". Each is written in the recipient's language (the one kept
/// with their account, else the request's <c>Accept-Language</c>: <see cref="RecipientLanguage"/>) and queued (never
/// awaited by the request); when the server has no mail (<see cref="MailSetup.IsEnabled"/>) nothing is sent and the
/// caller says so.
/// </summary>
public sealed class AccountMail(MailSetup setup, MailOutbox outbox, RecipientLanguage language, IHttpContextAccessor http)
{
    public bool IsEnabled => setup.IsEnabled;

    /// <summary>The link to confirm <paramref name="user"/>'s address (<paramref name="code"/> from Identity, base64url-encoded).</summary>
    public Task<bool> SendConfirmationAsync(SuppleUser user, string code) =>
        SendAsync(user, () => (AccountMessages.ConfirmSubject,
            AccountMessages.ConfirmBody(setup.Link($"/account/confirm-email?userId={Uri.EscapeDataString(user.Id)}&code={Uri.EscapeDataString(code)}"))));

    /// <summary>The link to choose a new password, valid for an hour and once.</summary>
    public Task<bool> SendPasswordResetAsync(SuppleUser user, string code) =>
        SendAsync(user, () => (AccountMessages.ResetSubject,
            AccountMessages.ResetBody(setup.Link($"/account/reset-password?email={Uri.EscapeDataString(user.Email ?? "")}&code={Uri.EscapeDataString(code)}"))));

    public Task<bool> SendPasswordChangedAsync(SuppleUser user, DateTimeOffset at) =>
        SendAsync(user, () => (AccountMessages.PasswordChangedSubject,
            AccountMessages.PasswordChangedBody(AccountMessages.At(at), setup.Link("/account/forgot-password"), setup.Link("/account/settings"))));

    public Task<bool> SendNewSignInAsync(SuppleUser user, SignInRecord signIn)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        return SendAsync(user, () => (AccountMessages.NewSignInSubject,
            AccountMessages.NewSignInBody(AccountMessages.At(signIn.At), signIn.Client, signIn.Method, setup.Link("/account/settings"))));
    }

    // The mail is written only when there is mail to send (its links need the public URL), in the recipient's language.
    private async Task<bool> SendAsync(SuppleUser user, Func<(string Subject, string Body)> write)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!setup.IsEnabled || string.IsNullOrEmpty(user.Email))
        {
            return false;
        }

        var request = http.HttpContext;
        var culture = await language.ForAsync(user.Id, request?.Request.Headers.AcceptLanguage.ToString(), request?.RequestAborted ?? default);
        var (subject, body) = RecipientLanguage.Write(culture, write);
        var options = setup.Options;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.FromName, options.From!));
        message.To.Add(MailboxAddress.Parse(user.Email));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };
        message.Headers.Add(HeaderId.ContentLanguage, culture.Name);
        return outbox.Enqueue(message);
    }
}
