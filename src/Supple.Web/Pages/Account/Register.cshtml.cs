using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Supple.Data.Identity;
using Supple.Web.Accounts;

namespace Supple.Web.Pages.Account;

/// <summary>Create an account and sign in (multi-user mode, when registration is open).</summary>
[AllowAnonymous]
[EnableRateLimiting(AccountRateLimits.PolicyName)]
public sealed class RegisterModel(AccountMode mode, IOptions<AccountOptions> options, IServiceProvider services) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? Confirm { get; set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public int MinimumLength => options.Value.MinimumPasswordLength;

    public IActionResult OnGet() => mode is { MultiUser: true, AllowRegistration: true } ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (mode is not { MultiUser: true, AllowRegistration: true })
        {
            return NotFound();
        }

        var email = Email?.Trim() ?? "";
        var errors = new List<string>();
        if (email.Length == 0 || !email.Contains('@', StringComparison.Ordinal))
        {
            errors.Add("Enter an e-mail address.");
        }

        if (!string.Equals(Password, Confirm, StringComparison.Ordinal))
        {
            errors.Add("The two passwords are not the same.");
        }

        if (errors.Count == 0)
        {
            var users = services.GetRequiredService<UserManager<SuppleUser>>();
            var user = new SuppleUser { UserName = email, Email = email };
            var result = await users.CreateAsync(user, Password ?? "");
            if (result.Succeeded)
            {
                await services.GetRequiredService<SignInManager<SuppleUser>>().SignInAsync(user, isPersistent: true);
                return LocalRedirect("/");
            }

            errors.AddRange(result.Errors.Select(AccountMessages.Describe));
        }

        Errors = errors;
        Email = email;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
