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
}
