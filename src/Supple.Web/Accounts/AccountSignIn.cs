using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Supple.Data.Identity;

namespace Supple.Web.Accounts;

/// <summary>
/// Signing in, the same for the pages (cookie) and the API (bearer tokens): rate limits per client address and per
/// e-mail address, a lock after too many failures that looks the same whether or not the address has an account,
/// the password, then the two-factor or recovery code when the account has two-factor sign-in.
/// </summary>
public sealed class AccountSignIn(
    SuppleSignInManager signIn,
    SignInFailureStore failures,
    AccountThrottle throttle,
    IPasswordHasher<SuppleUser> hasher,
    IOptions<AccountOptions> options,
    TimeProvider time)
{
    private static readonly SuppleUser DummyUser = new() { UserName = "nobody" };

    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<SuppleUser>().HashPassword(DummyUser, Guid.NewGuid().ToString()));

    /// <summary>
    /// Signs in with an e-mail address and password into <paramref name="scheme"/> (the cookie or bearer tokens). When
    /// the account needs a second step, a code or recovery code given here completes it at once (the API); without one
    /// the answer is <see cref="SignInStatus.TwoFactorRequired"/> and the step is remembered for a few minutes (the
    /// browser's next page).
    /// </summary>
    public async Task<SignInOutcome> WithPasswordAsync(HttpContext http, string? email, string? password, string scheme, string? twoFactorCode = null, string? recoveryCode = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        email = email?.Trim() ?? "";
        password ??= "";
        var address = signIn.UserManager.NormalizeEmail(email) ?? "";
        if (throttle.TryAcquire(AccountAction.SignIn, http, address) is { } wait)
        {
            return new SignInOutcome(SignInStatus.Throttled, RetryAfter: wait);
        }

        if (await failures.LockedUntilAsync(address, http.RequestAborted) is { } lockedUntil)
        {
            return Locked(lockedUntil);
        }

        var user = email.Length == 0 ? null : await signIn.UserManager.FindByNameAsync(email);
        if (user is null)
        {
            // As slow as checking a real password, so the time taken does not tell that there is no such account.
            _ = hasher.VerifyHashedPassword(DummyUser, DummyHash.Value, password);
            return await FailAsync(address, http.RequestAborted);
        }

        signIn.AuthenticationScheme = scheme;
        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: true, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            await failures.ClearAsync(address, http.RequestAborted);
            return SignInOutcome.Succeeded;
        }

        if (result.RequiresTwoFactor)
        {
            await failures.ClearAsync(address, http.RequestAborted);
            if (!string.IsNullOrEmpty(recoveryCode))
            {
                return await WithRecoveryCodeAsync(http, recoveryCode);
            }

            return string.IsNullOrEmpty(twoFactorCode) ? new SignInOutcome(SignInStatus.TwoFactorRequired) : await WithTwoFactorCodeAsync(http, twoFactorCode);
        }

        if (result.IsLockedOut)
        {
            return Locked(await signIn.UserManager.GetLockoutEndDateAsync(user) ?? time.GetUtcNow());
        }

        return result.IsNotAllowed ? new SignInOutcome(SignInStatus.NotAllowed) : await FailAsync(address, http.RequestAborted);
    }

    /// <summary>The second step with the code of an authenticator app (after the password step of this request or of the last few minutes).</summary>
    public Task<SignInOutcome> WithTwoFactorCodeAsync(HttpContext http, string? code) =>
        SecondStepAsync(http, () => signIn.TwoFactorAuthenticatorSignInAsync(Digits(code), isPersistent: true, rememberClient: false));

    /// <summary>The second step with one of the account's recovery codes (each works once).</summary>
    public Task<SignInOutcome> WithRecoveryCodeAsync(HttpContext http, string? code) =>
        SecondStepAsync(http, () => signIn.TwoFactorRecoveryCodeSignInAsync((code ?? "").Replace(" ", "", StringComparison.Ordinal).Trim()));

    /// <summary>Signs in with a passkey (the JSON of <c>navigator.credentials.get()</c>); the browser asked for the options first.</summary>
    public async Task<SignInOutcome> WithPasskeyAsync(HttpContext http, string? credentialJson)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (throttle.TryAcquire(AccountAction.SignIn, http, account: null) is { } wait)
        {
            return new SignInOutcome(SignInStatus.Throttled, RetryAfter: wait);
        }

        if (string.IsNullOrWhiteSpace(credentialJson))
        {
            return SignInOutcome.Failed;
        }

        try
        {
            var result = await signIn.PasskeySignInAsync(credentialJson);
            return result.Succeeded ? SignInOutcome.Succeeded
                : result.IsNotAllowed ? new SignInOutcome(SignInStatus.NotAllowed)
                : SignInOutcome.Failed;
        }
        catch (InvalidOperationException)
        {
            // No passkey sign-in was started in this browser (or it expired): ask again.
            return SignInOutcome.Failed;
        }
    }

    private async Task<SignInOutcome> SecondStepAsync(HttpContext http, Func<Task<SignInResult>> step)
    {
        ArgumentNullException.ThrowIfNull(http);
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return new SignInOutcome(SignInStatus.TwoFactorFailed);
        }

        if (throttle.TryAcquire(AccountAction.SignIn, http, user.Id) is { } wait)
        {
            return new SignInOutcome(SignInStatus.Throttled, RetryAfter: wait);
        }

        var address = user.NormalizedEmail ?? "";
        if (await failures.LockedUntilAsync(address, http.RequestAborted) is { } lockedUntil)
        {
            return Locked(lockedUntil);
        }

        var result = await step();
        if (result.Succeeded)
        {
            return SignInOutcome.Succeeded;
        }

        if (result.IsLockedOut)
        {
            // Wrong codes locked the account: lock its address the same way, so a password attempt sees the same lock.
            var until = await signIn.UserManager.GetLockoutEndDateAsync(user) ?? time.GetUtcNow().AddMinutes(options.Value.LockoutMinutes);
            await failures.LockAsync(address, until, http.RequestAborted);
            return Locked(until);
        }

        return new SignInOutcome(SignInStatus.TwoFactorFailed);
    }

    private async Task<SignInOutcome> FailAsync(string address, CancellationToken ct)
    {
        var o = options.Value;
        var locked = await failures.RecordFailureAsync(address, Math.Max(1, o.MaxFailedSignIns), TimeSpan.FromMinutes(Math.Max(1, o.LockoutMinutes)), ct);
        return locked is { } until ? Locked(until) : SignInOutcome.Failed;
    }

    private SignInOutcome Locked(DateTimeOffset until) => new(SignInStatus.Locked, until, until - time.GetUtcNow());

    /// <summary>The code as typed ("123 456", "123-456") without its spaces and dashes.</summary>
    private static string Digits(string? code) =>
        new((code ?? "").Where(c => c is not (' ' or '-')).ToArray());
}
