namespace Supple.Web.Accounts;

/// <summary>How a request of <see cref="AccountRecovery"/> ended.</summary>
public enum RecoveryStatus
{
    /// <summary>Done (for a reset request: the e-mail is on its way if the address has a confirmed account).</summary>
    Done,

    /// <summary>This server sends no e-mail.</summary>
    MailOff,

    /// <summary>Too many requests from this client address or for this e-mail address.</summary>
    Throttled,

    /// <summary>The link is wrong, has expired or was used already.</summary>
    InvalidLink,

    /// <summary>The new password breaks a rule (see the errors).</summary>
    InvalidPassword,
}
