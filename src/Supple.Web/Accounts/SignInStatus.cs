namespace Supple.Web.Accounts;

/// <summary>How a sign-in attempt ended.</summary>
public enum SignInStatus
{
    /// <summary>Signed in: the cookie is set, or the tokens are written.</summary>
    Succeeded,

    /// <summary>Unknown address or wrong password: the one answer for both.</summary>
    Failed,

    /// <summary>Too many failures with this address (an account's or not): refused until <see cref="SignInOutcome.Until"/>.</summary>
    Locked,

    /// <summary>Too many attempts from this client address or for this account in a short time.</summary>
    Throttled,

    /// <summary>The password was right and the account has two-factor sign-in: a code is needed.</summary>
    TwoFactorRequired,

    /// <summary>The two-factor or recovery code was wrong (or the sign-in step expired).</summary>
    TwoFactorFailed,

    /// <summary>The password was right but the account may not sign in yet (its address is not confirmed).</summary>
    NotAllowed,
}
