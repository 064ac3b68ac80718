using System.Globalization;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.Data;
using Microsoft.Extensions.Options;
using Supple.Data.Identity;

namespace Supple.Web.Accounts;

/// <summary>
/// The account API under <c>/api/v1/account</c> (multi-user mode): register, sign in for bearer tokens (with the
/// two-factor code when the account has it), refresh, sign out (this session, or everywhere), the sessions, the
/// account's details, two-factor sign-in and deletion. Request and response shapes follow ASP.NET Core Identity's API.
/// </summary>
public static class AccountApi
{
    public static WebApplication MapAccountApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Services.GetRequiredService<AccountMode>().MultiUser)
        {
            return app;
        }

        // The endpoints that replaced Identity's keep the operationIds clients were given for them (WithName).
        var account = app.MapGroup("/api/v1/account").WithTags("Account");
        account.MapPost("/register", Register).WithName("Account_PostRegister").AllowAnonymous().ProducesProblem(StatusCodes.Status429TooManyRequests).WithSummary("Create an account (e-mail and password).");
        account.MapPost("/login", Login).WithName("Account_PostLogin").AllowAnonymous().Produces<AccessTokenResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("Sign in for a bearer token and a refresh token (or the session cookie with useCookies=true); with two-factor sign-in, send twoFactorCode or twoFactorRecoveryCode too.");
        account.MapPost("/refresh", Refresh).WithName("Account_PostRefresh").AllowAnonymous().WithSummary("New tokens for a refresh token whose session is still signed in.");
        account.MapPost("/forgotPassword", ForgotPassword).WithName("Account_PostForgotPassword").AllowAnonymous().ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("E-mail a link to choose a new password, when the address is the confirmed one of an account (the answer is the same either way). 503 when the server sends no e-mail.");
        account.MapPost("/resetPassword", ResetPassword).WithName("Account_PostResetPassword").AllowAnonymous().ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("Set a new password with the code from the e-mailed link; every session of the account is signed out.");
        account.MapPost("/resendConfirmationEmail", ResendConfirmationEmail).WithName("Account_PostResendConfirmationEmail").AllowAnonymous().ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("E-mail the link to confirm the address again (the answer is the same whether or not it has an account). 503 when the server sends no e-mail.");
        account.MapPost("/logout", Logout).AllowAnonymous().WithSummary("Sign this session out (the cookie, or the bearer and refresh tokens): they stop working at once.");
        account.MapPost("/logout-everywhere", LogoutEverywhere).ProducesProblem(StatusCodes.Status429TooManyRequests).WithSummary("Sign out every browser and every token of the account, this one included.");
        account.MapGet("/sessions", Sessions).WithSummary("Where the account is signed in.");
        account.MapGet("/manage/info", Info).WithName("Account_GetManageInfo").WithSummary("The account's e-mail address and whether it is confirmed.");
        account.MapPost("/manage/info", ChangeInfo).WithName("Account_PostManageInfo").ProducesProblem(StatusCodes.Status429TooManyRequests).WithSummary("Change the password (newPassword with oldPassword); other sessions are signed out, this one goes on.");
        account.MapPost("/manage/2fa", TwoFactor).WithName("Account_PostManage2fa").ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("Two-factor sign-in: read the key, turn it on (enable with twoFactorCode), off, or make new recovery codes. This session (its token) goes on; other sessions are signed out.");
        account.MapPost("/delete", Delete).ProducesProblem(StatusCodes.Status429TooManyRequests).WithSummary("Delete the account and all of its data, at once (needs the password).");
        return app;
    }

    public static async Task<Results<Ok, ValidationProblem, ProblemHttpResult>> Register(RegisterRequest request, HttpContext http, AccountMode mode, AccountRegistration registration)
    {
        if (!mode.AllowRegistration)
        {
            return TypedResults.Problem(title: AccountMessages.RegistrationClosedTitle, detail: AccountMessages.RegistrationClosed, statusCode: StatusCodes.Status403Forbidden);
        }

        var result = await registration.RegisterAsync(http, request.Email, request.Password);
        if (result.RetryAfter is { } wait)
        {
            return Throttled(http, wait);
        }

        return result.Succeeded ? TypedResults.Ok() : Invalid(result.Errors, "The account was not created.");
    }

    public static async Task<Results<EmptyHttpResult, ProblemHttpResult>> Login(LoginRequest request, HttpContext http, AccountSignIn signIn, bool? useCookies)
    {
        // useCookies=true signs in with the session cookie (as the web pages do) in place of bearer tokens.
        var scheme = useCookies == true ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
        var outcome = await signIn.WithPasswordAsync(http, request.Email, request.Password, scheme, request.TwoFactorCode, request.TwoFactorRecoveryCode);

        // Signed in: the bearer handler has written the tokens, or the cookie handler the cookie.
        return outcome.IsSuccess ? TypedResults.Empty : Refused(http, outcome);
    }

    public static async Task<Results<SignInHttpResult, ProblemHttpResult>> Refresh(
        RefreshRequest request, IOptionsMonitor<BearerTokenOptions> bearer, AccountSessionStore sessions, SessionLifetime lifetime,
        SuppleSignInManager signIn, TimeProvider time, CancellationToken ct)
    {
        var ticket = bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
        var now = time.GetUtcNow();
        var userId = SignedInUser.IdOf(ticket?.Principal);
        var sessionId = SignedInUser.SessionIdOf(ticket?.Principal);
        if (ticket?.Properties.ExpiresUtc is not { } expires || expires <= now || userId is null
            || await sessions.FindValidAsync(sessionId, userId, ct) is not { } session
            || await signIn.UserManager.FindByIdAsync(userId) is not { } user)
        {
            return TypedResults.Problem(title: AccountMessages.SignInFailedTitle, detail: AccountMessages.SignInStepExpired, statusCode: StatusCodes.Status401Unauthorized);
        }

        // The same session goes on with new tokens.
        var principal = await signIn.CreateUserPrincipalAsync(user);
        var identity = (System.Security.Claims.ClaimsIdentity)principal.Identity!;
        identity.AddClaim(new System.Security.Claims.Claim(SignedInUser.SessionClaim, sessionId!));
        foreach (var amr in ticket.Principal.FindAll("amr"))
        {
            identity.AddClaim(new System.Security.Claims.Claim("amr", amr.Value));
        }

        await sessions.TouchAsync(session.IdHash, lifetime.ExpiresAt(session.CreatedAt, now), ct);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    public static async Task<Results<Ok, ProblemHttpResult>> ForgotPassword(ForgotPasswordRequest request, HttpContext http, AccountRecovery recovery) =>
        Answer(http, await recovery.RequestResetAsync(http, request.Email));

    public static async Task<Results<Ok, ValidationProblem, ProblemHttpResult>> ResetPassword(ResetPasswordRequest request, HttpContext http, AccountRecovery recovery)
    {
        var outcome = await recovery.ResetAsync(http, request.Email, request.ResetCode, request.NewPassword);
        return outcome.Status switch
        {
            RecoveryStatus.InvalidLink => Invalid("resetCode", AccountMessages.InvalidLink, AccountMessages.PasswordNotChanged),
            RecoveryStatus.InvalidPassword => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["newPassword"] = [.. outcome.Errors ?? []] }, title: AccountMessages.PasswordNotChanged),
            RecoveryStatus.Throttled => Throttled(http, outcome.RetryAfter ?? TimeSpan.FromMinutes(1)),
            _ => TypedResults.Ok(),
        };
    }

    public static async Task<Results<Ok, ProblemHttpResult>> ResendConfirmationEmail(ResendConfirmationEmailRequest request, HttpContext http, AccountRecovery recovery) =>
        Answer(http, await recovery.ResendConfirmationAsync(http, request.Email));

    public static async Task<NoContent> Logout(SuppleSignInManager signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, UnauthorizedHttpResult, ProblemHttpResult>> LogoutEverywhere(
        HttpContext http, SuppleSignInManager signIn, AccountChanges changes, AccountThrottle throttle)
    {
        if (await signIn.UserManager.GetUserAsync(http.User) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (throttle.TryAcquire(AccountAction.AccountChange, http, user.Id) is { } wait)
        {
            return Throttled(http, wait);
        }

        await changes.SignOutEverywhereAsync(user, http.RequestAborted);
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<IReadOnlyList<SessionResponse>>, UnauthorizedHttpResult>> Sessions(HttpContext http, AccountSessionStore sessions, CancellationToken ct)
    {
        if (SignedInUser.IdOf(http.User) is not { } userId)
        {
            return TypedResults.Unauthorized();
        }

        return TypedResults.Ok(SessionResponse.ListOf(await sessions.ListAsync(userId, ct), SignedInUser.SessionIdOf(http.User)));
    }

    public static async Task<Results<Ok<InfoResponse>, UnauthorizedHttpResult>> Info(HttpContext http, UserManager<SuppleUser> users) =>
        await users.GetUserAsync(http.User) is { } user ? TypedResults.Ok(InfoOf(user)) : TypedResults.Unauthorized();

    public static async Task<Results<Ok<InfoResponse>, ValidationProblem, UnauthorizedHttpResult, ProblemHttpResult>> ChangeInfo(
        InfoRequest request, HttpContext http, UserManager<SuppleUser> users, AccountChanges changes, AccountThrottle throttle)
    {
        if (await users.GetUserAsync(http.User) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (throttle.TryAcquire(AccountAction.AccountChange, http, user.Id) is { } wait)
        {
            return Throttled(http, wait);
        }

        if (!string.IsNullOrEmpty(request.NewEmail) && !string.Equals(request.NewEmail.Trim(), user.Email, StringComparison.OrdinalIgnoreCase))
        {
            return Invalid("newEmail", AccountMessages.EmailChangeUnsupported, "The address was not changed.");
        }

        if (!string.IsNullOrEmpty(request.NewPassword))
        {
            if (string.IsNullOrEmpty(request.OldPassword))
            {
                return Invalid("oldPassword", AccountMessages.OldPasswordRequired, AccountMessages.PasswordNotChanged);
            }

            var result = await changes.ChangePasswordAsync(user, request.OldPassword, request.NewPassword, SignedInUser.SessionIdOf(http.User));
            if (!result.Succeeded)
            {
                return Invalid(result, AccountMessages.PasswordNotChanged, passwordField: "newPassword");
            }
        }

        return TypedResults.Ok(InfoOf(user));
    }

    public static async Task<Results<Ok<TwoFactorStatusResponse>, ValidationProblem, UnauthorizedHttpResult, ProblemHttpResult>> TwoFactor(
        TwoFactorRequest request, HttpContext http, UserManager<SuppleUser> users, AccountChanges changes, AccountThrottle throttle)
    {
        if (await users.GetUserAsync(http.User) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (throttle.TryAcquire(AccountAction.AccountChange, http, user.Id) is { } wait)
        {
            return Throttled(http, wait);
        }

        var session = SignedInUser.SessionIdOf(http.User);
        if (request.Enable == true)
        {
            if (request.ResetSharedKey)
            {
                return Invalid("resetSharedKey", AccountMessages.CannotResetKeyAndEnable, AccountMessages.TwoFactorNotChanged);
            }

            var (state, error) = await changes.EnableTwoFactorAsync(user, request.TwoFactorCode, session);
            return state is null ? Invalid("twoFactorCode", error!, AccountMessages.TwoFactorNotChanged) : TypedResults.Ok(state);
        }

        if (request.Enable == false || request.ResetSharedKey)
        {
            var state = await changes.DisableTwoFactorAsync(user, request.ResetSharedKey, session);
            return TypedResults.Ok(request.ResetRecoveryCodes ? await changes.NewRecoveryCodesAsync(user, session) : state);
        }

        return TypedResults.Ok(request.ResetRecoveryCodes ? await changes.NewRecoveryCodesAsync(user, session) : await changes.TwoFactorStatusAsync(user, session));
    }

    public static async Task<Results<NoContent, ValidationProblem, UnauthorizedHttpResult, ProblemHttpResult>> Delete(
        DeleteAccountRequest request, HttpContext http, UserManager<SuppleUser> users, AccountChanges changes, SuppleSignInManager signIn, AccountThrottle throttle, CancellationToken ct)
    {
        if (await users.GetUserAsync(http.User) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (throttle.TryAcquire(AccountAction.AccountChange, http, user.Id) is { } wait)
        {
            return Throttled(http, wait);
        }

        if (!await changes.DeleteAsync(user, request.Password, ct))
        {
            return Invalid("password", AccountMessages.WrongPassword, AccountMessages.AccountNotDeleted);
        }

        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    /// <summary>The problem for a sign-in that did not succeed: 401, or 429 with <c>Retry-After</c> for a lock or a throttle.</summary>
    internal static ProblemHttpResult Refused(HttpContext http, SignInOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Status switch
        {
            SignInStatus.Throttled => Throttled(http, outcome.RetryAfter ?? TimeSpan.FromMinutes(1)),
            SignInStatus.Locked => WithRetryAfter(http, outcome.RetryAfter ?? TimeSpan.Zero, TypedResults.Problem(
                title: AccountMessages.LockedTitle, detail: AccountMessages.Locked(outcome.RetryAfter ?? TimeSpan.Zero), statusCode: StatusCodes.Status429TooManyRequests,
                extensions: new Dictionary<string, object?> { ["lockedUntil"] = outcome.Until })),
            SignInStatus.TwoFactorRequired => TypedResults.Problem(
                title: AccountMessages.TwoFactorRequiredTitle, detail: AccountMessages.TwoFactorRequired, statusCode: StatusCodes.Status401Unauthorized,
                extensions: new Dictionary<string, object?> { ["twoFactorRequired"] = true }),
            SignInStatus.TwoFactorFailed => TypedResults.Problem(
                title: AccountMessages.SignInFailedTitle, detail: AccountMessages.TwoFactorFailed, statusCode: StatusCodes.Status401Unauthorized,
                extensions: new Dictionary<string, object?> { ["twoFactorRequired"] = true }),
            SignInStatus.NotAllowed => TypedResults.Problem(title: AccountMessages.NotAllowedTitle, detail: AccountMessages.NotAllowed, statusCode: StatusCodes.Status403Forbidden),
            _ => TypedResults.Problem(title: AccountMessages.SignInFailedTitle, detail: AccountMessages.FailedSignIn, statusCode: StatusCodes.Status401Unauthorized),
        };
    }

    // The answer of a request that sends e-mail: done, no mail on this server, or wait.
    private static Results<Ok, ProblemHttpResult> Answer(HttpContext http, RecoveryOutcome outcome) => outcome.Status switch
    {
        RecoveryStatus.MailOff => TypedResults.Problem(title: AccountMessages.MailOffTitle, detail: AccountMessages.MailOff, statusCode: StatusCodes.Status503ServiceUnavailable),
        RecoveryStatus.Throttled => Throttled(http, outcome.RetryAfter ?? TimeSpan.FromMinutes(1)),
        _ => TypedResults.Ok(),
    };

    internal static ProblemHttpResult Throttled(HttpContext http, TimeSpan wait) =>
        WithRetryAfter(http, wait, TypedResults.Problem(title: AccountMessages.ThrottledTitle, detail: AccountMessages.Throttled, statusCode: StatusCodes.Status429TooManyRequests));

    private static ProblemHttpResult WithRetryAfter(HttpContext http, TimeSpan wait, ProblemHttpResult problem)
    {
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return problem;
    }

    private static InfoResponse InfoOf(SuppleUser user) => new() { Email = user.Email ?? "", IsEmailConfirmed = user.EmailConfirmed };

    private static ValidationProblem Invalid(string field, string message, string title) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: title);

    // Identity's errors, in plain words, under the field they concern.
    private static ValidationProblem Invalid(IdentityResult result, string title, string passwordField = "password") =>
        Invalid([.. result.Errors.Select(e => new KeyValuePair<string, string>(AccountMessages.FieldOf(e.Code, passwordField), AccountMessages.Describe(e)))], title);

    private static ValidationProblem Invalid(IReadOnlyList<KeyValuePair<string, string>> errors, string title) =>
        TypedResults.ValidationProblem(errors.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Select(e => e.Value).ToArray()), title: title);
}
