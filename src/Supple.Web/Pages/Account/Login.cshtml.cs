using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Supple.Web.Accounts;

namespace Supple.Web.Pages.Account;

/// <summary>Sign in with e-mail and password, then the two-factor step when the account has it (multi-user mode only).</summary>
[AllowAnonymous]
public sealed class LoginModel(AccountMode mode, IServiceProvider services) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    /// <summary>The JSON of <c>navigator.credentials.get()</c>, filled in by <c>passkeys.js</c>.</summary>
    [BindProperty]
    public string? CredentialJson { get; set; }

    public string? Error { get; private set; }

    public string? Message { get; private set; }

    public string? ReturnUrl { get; private set; }

    public bool AllowRegistration => mode.AllowRegistration;

    public IActionResult OnGet(string? returnUrl, string? done)
    {
        if (!mode.MultiUser)
        {
            return NotFound();
        }

        ReturnUrl = SignInAnswer.LocalOrNull(Url, returnUrl);
        Message = done switch
        {
            "everywhere" => AccountMessages.SignedOutEverywhere,
            "deleted" => AccountMessages.AccountDeleted,
            "signed-out" => AccountMessages.SignedOut,
            "reset" => AccountMessages.PasswordReset,
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        if (!mode.MultiUser)
        {
            return NotFound();
        }

        ReturnUrl = SignInAnswer.LocalOrNull(Url, returnUrl);
        var outcome = await services.GetRequiredService<AccountSignIn>().WithPasswordAsync(HttpContext, Email, Password, IdentityConstants.ApplicationScheme);
        if (outcome.IsSuccess)
        {
            return LocalRedirect(ReturnUrl ?? "/");
        }

        if (outcome.Status == SignInStatus.TwoFactorRequired)
        {
            return RedirectToPage("/Account/LoginTwoFactor", new { returnUrl = ReturnUrl });
        }

        Error = SignInAnswer.Text(outcome);
        Email = Email?.Trim();
        SignInAnswer.Apply(Response, outcome);
        return Page();
    }

    /// <summary>The options for <c>navigator.credentials.get()</c> (any passkey of this site); the challenge is kept for the next step in a short-lived cookie.</summary>
    public async Task<IActionResult> OnPostPasskeyOptionsAsync()
    {
        if (!mode.MultiUser)
        {
            return NotFound();
        }

        if (services.GetRequiredService<AccountThrottle>().TryAcquire(AccountAction.SignIn, HttpContext, account: null) is not null)
        {
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }

        return Content(await services.GetRequiredService<SuppleSignInManager>().MakePasskeyRequestOptionsAsync(null), "application/json");
    }

    public async Task<IActionResult> OnPostPasskeyAsync(string? returnUrl)
    {
        if (!mode.MultiUser)
        {
            return NotFound();
        }

        ReturnUrl = SignInAnswer.LocalOrNull(Url, returnUrl);
        var outcome = await services.GetRequiredService<AccountSignIn>().WithPasskeyAsync(HttpContext, CredentialJson);
        if (outcome.IsSuccess)
        {
            return LocalRedirect(ReturnUrl ?? "/");
        }

        Error = outcome.Status == SignInStatus.Failed ? AccountMessages.PasskeyFailed : SignInAnswer.Text(outcome);
        SignInAnswer.Apply(Response, outcome);
        return Page();
    }
}
