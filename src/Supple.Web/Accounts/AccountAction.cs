namespace Supple.Web.Accounts;

/// <summary>What a person is trying to do, for <see cref="AccountThrottle"/>: each has budgets of its own.</summary>
public enum AccountAction
{
    /// <summary>A password, two-factor code, recovery code or passkey sign-in.</summary>
    SignIn,

    /// <summary>Creating an account.</summary>
    Registration,

    /// <summary>Asking for a password-reset or confirmation e-mail, or using a reset link.</summary>
    Reset,

    /// <summary>Changing a signed-in account (password, two-factor, passkeys, sessions, deletion).</summary>
    AccountChange,
}
