namespace Supple.Web.Accounts;

/// <summary>
/// Two-factor sign-in of the account: the shared key for an authenticator app (and the same as an <c>otpauth://</c>
/// URI for a QR code), how many recovery codes are left, new recovery codes when some were just made (shown once),
/// and whether two-factor sign-in is on. <c>isMachineRemembered</c> is always false (Supple does not remember browsers).
/// </summary>
public sealed record TwoFactorStatusResponse(string SharedKey, string AuthenticatorUri, int RecoveryCodesLeft, IReadOnlyList<string>? RecoveryCodes, bool IsTwoFactorEnabled, bool IsMachineRemembered);
