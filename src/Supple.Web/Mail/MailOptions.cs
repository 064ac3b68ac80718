namespace Supple.Web.Mail;

/// <summary>
/// Outgoing e-mail over SMTP, bound from <c>Supple:Mail</c>. Mail is on when <see cref="Host"/> and <see cref="From"/>
/// are set and <c>Supple:Web:PublicUrl</c> says where links in the mails point; otherwise the features that need it
/// (address confirmation, password reset by e-mail, sign-in notices) say that this server sends no e-mail.
/// </summary>
public sealed class MailOptions
{
    public const string SectionName = "Supple:Mail";

    /// <summary>The SMTP server, e.g. <c>smtp.example.org</c>.</summary>
    public string? Host { get; set; }

    /// <summary>Its port: 587 (submission, STARTTLS) by default; 465 for TLS from the start; 25 on a trusted relay.</summary>
    public int Port { get; set; } = 587;

    /// <summary>
    /// <c>auto</c> (the default: TLS from the start on 465, STARTTLS when the server offers it elsewhere),
    /// <c>starttls</c> (required), <c>tls</c> (from the start) or <c>none</c> (only for a relay on the same host).
    /// </summary>
    public string Security { get; set; } = "auto";

    /// <summary>The account on the SMTP server, when it needs one.</summary>
    public string? UserName { get; set; }

    /// <summary>Its password (give it through the environment, <c>Supple__Mail__Password</c>, never on a command line).</summary>
    public string? Password { get; set; }

    /// <summary>The sender address, e.g. <c>supple@example.org</c>.</summary>
    public string? From { get; set; }

    /// <summary>The sender's name people see.</summary>
    public string FromName { get; set; } = "Supple";

    /// <summary>How long one attempt to hand a message over may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
