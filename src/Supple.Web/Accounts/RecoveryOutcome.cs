namespace Supple.Web.Accounts;

/// <summary>The result of <see cref="AccountRecovery"/>: the status, how long to wait when throttled, what is wrong with a new password.</summary>
public sealed record RecoveryOutcome(RecoveryStatus Status, TimeSpan? RetryAfter = null, IReadOnlyList<string>? Errors = null)
{
    public static readonly RecoveryOutcome Done = new(RecoveryStatus.Done);

    public static readonly RecoveryOutcome MailOff = new(RecoveryStatus.MailOff);

    public static readonly RecoveryOutcome InvalidLink = new(RecoveryStatus.InvalidLink);
}
