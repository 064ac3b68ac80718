using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Supple.Web.Mail;

/// <summary>
/// Sends what is queued in <see cref="MailOutbox"/> over SMTP (MailKit), trying each message three times. Says at
/// start-up whether mail is on, and if not, what to set. Mail that cannot be delivered is logged (to whom, never the
/// link) and dropped: nothing in Supple depends on one message arriving, a person can always ask again.
/// </summary>
internal sealed partial class SmtpMailSender(MailSetup setup, MailOutbox outbox, ILogger<SmtpMailSender> log) : BackgroundService
{
    private static readonly TimeSpan[] RetryDelays = [TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(10)];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!setup.IsEnabled)
        {
            LogMailOff(log, string.Join(", ", setup.Missing));
            return;
        }

        var options = setup.Options;
        LogMailOn(log, options.Host!, options.Port, options.From!);
        await foreach (var message in outbox.Reader.ReadAllAsync(stoppingToken))
        {
            await SendWithRetriesAsync(message, stoppingToken);
        }
    }

    private async Task SendWithRetriesAsync(MimeMessage message, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await SendAsync(message, ct);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException && attempt < RetryDelays.Length)
            {
                await Task.Delay(RetryDelays[attempt], ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogNotSent(log, string.Join(", ", message.To.Mailboxes.Select(m => m.Address)), message.Subject ?? "", ex.Message);
                return;
            }
        }
    }

    private async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        var options = setup.Options;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Timeout);
        using var client = new SmtpClient();
        await client.ConnectAsync(options.Host!, options.Port, SocketOptions(options), timeout.Token);
        if (!string.IsNullOrEmpty(options.UserName))
        {
            await client.AuthenticateAsync(options.UserName, options.Password ?? "", timeout.Token);
        }

        await client.SendAsync(message, timeout.Token);
        await client.DisconnectAsync(quit: true, timeout.Token);
    }

    internal static SecureSocketOptions SocketOptions(MailOptions options) => (options.Security ?? "auto").Trim().ToLowerInvariant() switch
    {
        "none" => SecureSocketOptions.None,
        "starttls" => SecureSocketOptions.StartTls,
        "tls" or "ssl" => SecureSocketOptions.SslOnConnect,
        _ => options.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail is off: {Missing} not set. Address confirmation, password reset by e-mail and sign-in notices are unavailable until it is configured (see docs/DEPLOYMENT.md, \"E-mail\").")]
    private static partial void LogMailOff(ILogger logger, string missing);

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail is on: sending through {Host}:{Port} as {From}.")]
    private static partial void LogMailOn(ILogger logger, string host, int port, string from);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An e-mail to {To} ({Subject}) could not be sent after three attempts: {Reason}")]
    private static partial void LogNotSent(ILogger logger, string to, string subject, string reason);
}
