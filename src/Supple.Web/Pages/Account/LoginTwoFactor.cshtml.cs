using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Supple.Web.Accounts;

namespace Supple.Web.Pages.Account;

/// <summary>
/// The second sign-in step for an account with two-factor sign-in: the 6-digit code of the authenticator app, or
/// (with <c>?recovery=1</c>) one of the account's recovery codes. Reached only after the right password, for five minutes.
/// </summary>
[AllowAnonymous]
public sealed class LoginTwoFactorModel(AccountMode mode, IServiceProvider services) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    public bool Recovery { get; private set; }

    public string? Error { get; private set; }

    /// <summary>No password was given in the last few minutes: the person has to start again.</summary>
    public bool StepExpired { get; private set; }

    public string? ReturnUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? returnUrl, bool recovery)
    {
        if (!mode.MultiUser)
        {
            return NotFound();
        }

        ReturnUrl = SignInAnswer.LocalOrNull(Url, returnUrl);
        Recovery = recovery;
        return await StepUserAsync() ? Page() : Expired();
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl, bool recovery)
    {
        if (!mode.MultiUser)
        {
            return NotFound();
        }

        ReturnUrl = SignInAnswer.LocalOrNull(Url, returnUrl);
        Recovery = recovery;
        if (!await StepUserAsync())
        {
            return Expired();
        }

        var signIn = services.GetRequiredService<AccountSignIn>();
        var outcome = recovery ? await signIn.WithRecoveryCodeAsync(HttpContext, Code) : await signIn.WithTwoFactorCodeAsync(HttpContext, Code);
        if (outcome.IsSuccess)
        {
            return LocalRedirect(ReturnUrl ?? "/");
        }

        Error = recovery && outcome.Status == SignInStatus.TwoFactorFailed ? AccountMessages.RecoveryCodeFailed : SignInAnswer.Text(outcome);
        SignInAnswer.Apply(Response, outcome);
        return Page();
    }

    private async Task<bool> StepUserAsync() =>
        await services.GetRequiredService<SuppleSignInManager>().GetTwoFactorAuthenticationUserAsync() is not null;

    // Nobody gave the password in the last few minutes (or the step was used up): start again.
    private PageResult Expired()
    {
        StepExpired = true;
        Error = AccountMessages.SignInStepExpired;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }
}
