namespace Supple.Web.Accounts;

/// <summary>The result of <see cref="AccountRegistration.RegisterAsync"/>: the new account, or the wait of a throttle, or the problems by field.</summary>
public sealed record RegistrationResult(Supple.Data.Identity.SuppleUser? User, TimeSpan? RetryAfter, IReadOnlyList<KeyValuePair<string, string>> Errors)
{
    public bool Succeeded => User is not null;
}
