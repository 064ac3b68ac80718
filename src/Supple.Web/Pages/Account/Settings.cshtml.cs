using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Supple.Data;
using Supple.Data.Identity;
using Supple.Web.Accounts;

namespace Supple.Web.Pages.Account;

/// <summary>The signed-in person's account: sign out, download data, change password, delete the account.</summary>
[EnableRateLimiting(AccountRateLimits.PolicyName)]
public sealed class SettingsModel(AccountMode mode, IOptions<AccountOptions> options, IServiceProvider services) : PageModel
{
    public static readonly IReadOnlyList<(string Format, string Label)> Downloads =
    [
        ("json", "Everything, as JSON (can be imported again)"),
        ("csv", "Sessions, stretches and pain scores, as CSV (for a spreadsheet)"),
        ("fhir", "For a clinician: FHIR R4 bundle (JSON)"),
        ("ics", "Sessions as calendar events (.ics)"),
    ];

    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? DeletePassword { get; set; }

    public string? Email { get; private set; }

    public string? Message { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public int MinimumLength => options.Value.MinimumPasswordLength;

    private UserManager<SuppleUser> Users => services.GetRequiredService<UserManager<SuppleUser>>();

    private SignInManager<SuppleUser> SignInManager => services.GetRequiredService<SignInManager<SuppleUser>>();

    public async Task<IActionResult> OnGetAsync(string? done)
    {
        if (await LoadAsync() is null)
        {
            return NotFound();
        }

        Message = done == "password" ? "Your password has been changed." : null;
        return Page();
    }

    public async Task<IActionResult> OnPostLogoutAsync()
    {
        if (!mode.MultiUser)
        {
            return NotFound();
        }

        await SignInManager.SignOutAsync();
        return LocalRedirect("/account/login");
    }

    public async Task<IActionResult> OnPostChangePasswordAsync()
    {
        if (await LoadAsync() is not { } user)
        {
            return NotFound();
        }

        var result = await Users.ChangePasswordAsync(user, CurrentPassword ?? "", NewPassword ?? "");
        if (!result.Succeeded)
        {
            Errors = [.. result.Errors.Select(AccountMessages.Describe)];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        // The security stamp changed: every other cookie and token of this account stops working; this one is renewed.
        await SignInManager.RefreshSignInAsync(user);
        return LocalRedirect("/account/settings?done=password");
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (await LoadAsync() is not { } user)
        {
            return NotFound();
        }

        if (string.IsNullOrEmpty(DeletePassword) || !await Users.CheckPasswordAsync(user, DeletePassword))
        {
            Errors = ["The password is wrong; the account was not deleted."];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await AccountData.DeleteAsync(services.GetRequiredService<SuppleDbContext>(), user.Id, ct);
        await SignInManager.SignOutAsync();
        return LocalRedirect("/account/login?deleted=1");
    }

    private async Task<SuppleUser?> LoadAsync()
    {
        if (!mode.MultiUser)
        {
            return null;
        }

        var user = await Users.GetUserAsync(User);
        Email = user?.Email;
        return user;
    }
}
