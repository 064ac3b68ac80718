using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Supple.Web.Accounts;

namespace Supple.Web.Pages.Account;

/// <summary>Choose a new password, from the link in the e-mail (multi-user mode).</summary>
[AllowAnonymous]
public sealed class ResetPasswordModel(AccountMode mode, IOptions<AccountOptions> options, IServiceProvider services) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? Confirm { get; set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public bool LinkInvalid { get; private set; }

    public int MinimumLength => options.Value.MinimumPasswordLength;

    public IActionResult OnGet()
    {
        if (!mode.MultiUser)
        {
            return NotFound();
        }

        LinkInvalid = string.IsNullOrWhiteSpace(Email) || string.IsNullOrWhiteSpace(Code);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!mode.MultiUser)
        {
            return NotFound();
        }

        if (!string.Equals(Password, Confirm, StringComparison.Ordinal))
        {
            return Refuse([AccountMessages.PasswordsDiffer], StatusCodes.Status400BadRequest);
        }

        var outcome = await services.GetRequiredService<AccountRecovery>().ResetAsync(HttpContext, Email, Code, Password);
        switch (outcome.Status)
        {
            case RecoveryStatus.Done:
                return LocalRedirect("/account/login?done=reset");
            case RecoveryStatus.Throttled:
                return Refuse([AccountMessages.Throttled], StatusCodes.Status429TooManyRequests);
            case RecoveryStatus.InvalidPassword:
                return Refuse(outcome.Errors ?? [], StatusCodes.Status400BadRequest);
            default:
                LinkInvalid = true;
                return Refuse([AccountMessages.InvalidLink], StatusCodes.Status400BadRequest);
        }
    }

    private PageResult Refuse(IReadOnlyList<string> errors, int status)
    {
        Errors = errors;
        Response.StatusCode = status;
        return Page();
    }
}
