namespace Supple.Web.Accounts;

/// <summary>The result of <see cref="AccountSignIn"/>: the status, and for a lock or a throttle, until when or how long to wait.</summary>
public sealed record SignInOutcome(SignInStatus Status, DateTimeOffset? Until = null, TimeSpan? RetryAfter = null)
{
    public static readonly SignInOutcome Succeeded = new(SignInStatus.Succeeded);

    public static readonly SignInOutcome Failed = new(SignInStatus.Failed);

    public bool IsSuccess => Status == SignInStatus.Succeeded;
}
