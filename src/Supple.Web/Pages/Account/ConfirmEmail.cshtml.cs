using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Supple.Web.Accounts;

namespace Supple.Web.Pages.Account;

/// <summary>Confirms an address from the link in the e-mail (multi-user mode).</summary>
[AllowAnonymous]
public sealed class ConfirmEmailModel(AccountMode mode, IServiceProvider services) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? userId, string? code)
    {
        if (!mode.MultiUser)
        {
            return NotFound();
        }

        Confirmed = (await services.GetRequiredService<AccountRecovery>().ConfirmAsync(userId, code)).Status == RecoveryStatus.Done;
        if (!Confirmed)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }
}
