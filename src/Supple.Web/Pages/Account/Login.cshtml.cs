using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Supple.Data.Identity;
using Supple.Web.Accounts;

namespace Supple.Web.Pages.Account;

/// <summary>Sign in with e-mail and password (multi-user mode only).</summary>
[AllowAnonymous]
[EnableRateLimiting(AccountRateLimits.PolicyName)]
public sealed class LoginModel(AccountMode mode, IServiceProvider services) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public string? Error { get; private set; }

    public string? ReturnUrl { get; private set; }

    public bool AllowRegistration => mode.AllowRegistration;

    public IActionResult OnGet(string? returnUrl)
    {
        if (!mode.MultiUser)
        {
            return NotFound();
        }

        ReturnUrl = LocalOrNull(returnUrl);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        if (!mode.MultiUser)
        {
            return NotFound();
        }

        ReturnUrl = LocalOrNull(returnUrl);
        var signIn = services.GetRequiredService<SignInManager<SuppleUser>>();
        var users = services.GetRequiredService<UserManager<SuppleUser>>();
        var email = Email?.Trim() ?? "";
        var password = Password ?? "";
        var user = email.Length == 0 ? null : await users.FindByNameAsync(email);
        if (user is null)
        {
            // As slow as checking a real password, so the time taken does not tell that the account does not exist.
            var hasher = services.GetRequiredService<IPasswordHasher<SuppleUser>>();
            _ = hasher.VerifyHashedPassword(new SuppleUser(), Dummy.Hash, password);
        }
        else
        {
            var result = await signIn.PasswordSignInAsync(user, password, isPersistent: true, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                return LocalRedirect(ReturnUrl ?? "/");
            }
        }

        // Unknown e-mail, wrong password, locked account: one answer.
        Error = AccountMessages.FailedSignIn;
        Email = email;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }

    private string? LocalOrNull(string? url) => !string.IsNullOrEmpty(url) && Url.IsLocalUrl(url) ? url : null;

    private static class Dummy
    {
        public static readonly string Hash = new PasswordHasher<SuppleUser>().HashPassword(new SuppleUser(), Guid.NewGuid().ToString());
    }
}
