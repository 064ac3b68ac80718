using MimeKit;

namespace Supple.Web.Mail;

/// <summary>Mail wiring: the options (checked at start-up), the outbox and the sender.</summary>
public static class MailServiceCollectionExtensions
{
    private static readonly string[] SecurityModes = ["auto", "none", "starttls", "tls", "ssl"];

    public static IServiceCollection AddSuppleMail(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.SectionName)
            .Validate(o => o.Port is > 0 and < 65536, $"{MailOptions.SectionName}:Port must be from 1 to 65535.")
            .Validate(o => SecurityModes.Contains((o.Security ?? "").Trim().ToLowerInvariant()), $"{MailOptions.SectionName}:Security must be one of auto, starttls, tls, none.")
            .Validate(o => string.IsNullOrWhiteSpace(o.From) || MailboxAddress.TryParse(o.From, out _), $"{MailOptions.SectionName}:From must be an e-mail address, e.g. supple@example.org.")
            .ValidateOnStart();
        services.AddSingleton<MailSetup>();
        services.AddSingleton<MailOutbox>();
        services.AddHostedService<SmtpMailSender>();
        return services;
    }
}
