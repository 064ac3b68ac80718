using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Supple.Web.Accounts;

namespace Supple.Web.Pages.Account;

/// <summary>Ask for a link to choose a new password (multi-user mode). Says so plainly when the server sends no e-mail.</summary>
[AllowAnonymous]
public sealed class ForgotPasswordModel(AccountMode mode, AccountMail mail, IServiceProvider services) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public bool MailEnabled => mail.IsEnabled;

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    public IActionResult OnGet() => mode.MultiUser ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!mode.MultiUser)
        {
            return NotFound();
        }

        var outcome = await services.GetRequiredService<AccountRecovery>().RequestResetAsync(HttpContext, Email);
        switch (outcome.Status)
        {
            case RecoveryStatus.Done:
                Message = AccountMessages.ResetRequested;
                break;
            case RecoveryStatus.Throttled:
                Error = AccountMessages.Throttled;
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                break;
            default:
                Error = AccountMessages.MailOff;
                Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                break;
        }

        return Page();
    }
}
