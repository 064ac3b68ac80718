using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Supple.Data.Identity;
using Supple.Web.Accounts;
using Supple.Web.Resources;

namespace Supple.Web.Pages.Account;

/// <summary>
/// The signed-in person's account: where it is signed in, sign out (here or everywhere), download data, change the
/// password, delete the account.
/// </summary>
public sealed class SettingsModel(AccountMode mode, IOptions<AccountOptions> options, IServiceProvider services) : PageModel
{
    public static readonly IReadOnlyList<(string Format, string LabelKey)> Downloads =
    [
        ("json", WebText.AccountDownloadJson),
        ("csv", WebText.AccountDownloadCsv),
        ("fhir", WebText.AccountDownloadFhir),
        ("ics", WebText.AccountDownloadIcs),
    ];

    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? DeletePassword { get; set; }

    public string? Email { get; private set; }

    public bool TwoFactorEnabled { get; private set; }

    public bool EmailConfirmed { get; private set; }

    public bool MailEnabled => services.GetRequiredService<AccountMail>().IsEnabled;

    public string? Message { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public IReadOnlyList<SessionResponse> Sessions { get; private set; } = [];

    public int MinimumLength => options.Value.MinimumPasswordLength;

    private UserManager<SuppleUser> Users => services.GetRequiredService<UserManager<SuppleUser>>();

    private SuppleSignInManager SignInManager => services.GetRequiredService<SuppleSignInManager>();

    private AccountChanges Changes => services.GetRequiredService<AccountChanges>();

    public async Task<IActionResult> OnGetAsync(string? done)
    {
        if (await LoadAsync() is null)
        {
            return NotFound();
        }

        Message = done switch
        {
            "password" => AccountMessages.PasswordChanged,
            "confirmation" => AccountMessages.ConfirmationSent,
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostSendConfirmationAsync()
    {
        if (await LoadAsync() is not { } user)
        {
            return NotFound();
        }

        if (Throttled(user) is { } refused)
        {
            return refused;
        }

        if ((await services.GetRequiredService<AccountRecovery>().SendConfirmationAsync(user)).Status == RecoveryStatus.MailOff)
        {
            Errors = [AccountMessages.MailOff];
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Page();
        }

        return LocalRedirect("/account/settings?done=confirmation");
    }

    public async Task<IActionResult> OnPostLogoutAsync()
    {
        if (!mode.MultiUser)
        {
            return NotFound();
        }

        await SignInManager.SignOutAsync();
        return LocalRedirect("/account/login?done=signed-out");
    }

    public async Task<IActionResult> OnPostLogoutEverywhereAsync()
    {
        if (await LoadAsync() is not { } user)
        {
            return NotFound();
        }

        if (Throttled(user) is { } refused)
        {
            return refused;
        }

        await Changes.SignOutEverywhereAsync(user, HttpContext.RequestAborted);
        await SignInManager.SignOutAsync();
        return LocalRedirect("/account/login?done=everywhere");
    }

    public async Task<IActionResult> OnPostChangePasswordAsync()
    {
        if (await LoadAsync() is not { } user)
        {
            return NotFound();
        }

        if (Throttled(user) is { } refused)
        {
            return refused;
        }

        // Every other browser and token of the account is signed out; this one goes on.
        var result = await Changes.ChangePasswordAsync(user, CurrentPassword, NewPassword, SignedInUser.SessionIdOf(User));
        if (!result.Succeeded)
        {
            Errors = [.. result.Errors.Select(AccountMessages.Describe)];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return LocalRedirect("/account/settings?done=password");
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (await LoadAsync() is not { } user)
        {
            return NotFound();
        }

        if (Throttled(user) is { } refused)
        {
            return refused;
        }

        if (!await Changes.DeleteAsync(user, DeletePassword, ct))
        {
            Errors = [AccountMessages.WrongPassword + " " + AccountMessages.AccountNotDeleted];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await SignInManager.SignOutAsync();
        return LocalRedirect("/account/login?done=deleted");
    }

    private PageResult? Throttled(SuppleUser user)
    {
        if (services.GetRequiredService<AccountThrottle>().TryAcquire(AccountAction.AccountChange, HttpContext, user.Id) is null)
        {
            return null;
        }

        Errors = [AccountMessages.Throttled];
        Response.StatusCode = StatusCodes.Status429TooManyRequests;
        return Page();
    }

    private async Task<SuppleUser?> LoadAsync()
    {
        if (!mode.MultiUser)
        {
            return null;
        }

        var user = await Users.GetUserAsync(User);
        if (user is null)
        {
            return null;
        }

        Email = user.Email;
        TwoFactorEnabled = user.TwoFactorEnabled;
        EmailConfirmed = user.EmailConfirmed;
        Sessions = SessionResponse.ListOf(await services.GetRequiredService<AccountSessionStore>().ListAsync(user.Id, HttpContext.RequestAborted), SignedInUser.SessionIdOf(User));
        return user;
    }
}
