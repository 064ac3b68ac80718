using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Supple.Web.Accounts;

namespace Supple.Web.Pages.Account;

/// <summary>Create an account and sign in (multi-user mode, when registration is open).</summary>
[AllowAnonymous]
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
        if (!string.Equals(Password, Confirm, StringComparison.Ordinal))
        {
            errors.Add(AccountMessages.PasswordsDiffer);
        }
        else
        {
            var result = await services.GetRequiredService<AccountRegistration>().RegisterAsync(HttpContext, email, Password);
            if (result.User is { } user)
            {
                await services.GetRequiredService<SuppleSignInManager>().SignInAfterRegistrationAsync(user);
                return LocalRedirect("/");
            }

            if (result.RetryAfter is not null)
            {
                Errors = [AccountMessages.Throttled];
                Email = email;
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                return Page();
            }

            errors.AddRange(result.Errors.Select(e => e.Value));
        }

        Errors = errors;
        Email = email;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
