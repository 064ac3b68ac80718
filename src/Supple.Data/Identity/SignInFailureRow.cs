namespace Supple.Data.Identity;

/// <summary>
/// Failed sign-ins for one e-mail address, whether or not an account has it, so that a locked address looks the same
/// for an account that exists and one that does not. Kept in the database, so every server sees the same count.
/// </summary>
public sealed class SignInFailureRow
{
    /// <summary>SHA-256 (hex) of the normalized e-mail address: the table holds no addresses.</summary>
    public required string AddressHash { get; set; }

    /// <summary>Failures in a row since the last success or lock.</summary>
    public int Failures { get; set; }

    /// <summary>Sign-in with this address is refused until then.</summary>
    public DateTimeOffset? LockedUntil { get; set; }

    public DateTimeOffset LastFailureAt { get; set; }
}
