using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Supple.Data.Identity;
using Supple.Web.Accounts;

namespace Supple.Web.Pages.Account;

/// <summary>
/// Two-factor sign-in for the signed-in person: set it up (a QR code and the key for an authenticator app, then one
/// code to check it), see the recovery codes once, make new ones, or turn it off (with the password). This browser
/// stays signed in through every change; other browsers and apps are signed out when it is turned on or off.
/// </summary>
public sealed class TwoFactorModel(AccountMode mode, IServiceProvider services) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public TwoFactorStatusResponse? State { get; private set; }

    public string? QrCode { get; private set; }

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    private UserManager<SuppleUser> Users => services.GetRequiredService<UserManager<SuppleUser>>();

    private AccountChanges Changes => services.GetRequiredService<AccountChanges>();

    private string? SessionId => SignedInUser.SessionIdOf(User);

    public async Task<IActionResult> OnGetAsync() =>
        await LoadAsync() is { } user ? await ShowAsync(await Changes.TwoFactorStatusAsync(user, SessionId)) : NotFound();

    public async Task<IActionResult> OnPostEnableAsync()
    {
        if (await LoadAsync() is not { } user)
        {
            return NotFound();
        }

        if (Throttled(user))
        {
            return await ShowAsync(await Changes.TwoFactorStatusAsync(user, SessionId), StatusCodes.Status429TooManyRequests);
        }

        var (state, error) = await Changes.EnableTwoFactorAsync(user, Code, SessionId);
        if (state is null)
        {
            Error = error;
            return await ShowAsync(await Changes.TwoFactorStatusAsync(user, SessionId), StatusCodes.Status400BadRequest);
        }

        Message = AccountMessages.TwoFactorOn;
        return await ShowAsync(state);
    }

    public async Task<IActionResult> OnPostNewCodesAsync()
    {
        if (await LoadAsync() is not { } user)
        {
            return NotFound();
        }

        if (Throttled(user) || !user.TwoFactorEnabled)
        {
            return await ShowAsync(await Changes.TwoFactorStatusAsync(user, SessionId), StatusCodes.Status400BadRequest);
        }

        Message = AccountMessages.NewRecoveryCodes;
        return await ShowAsync(await Changes.NewRecoveryCodesAsync(user, SessionId));
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (await LoadAsync() is not { } user)
        {
            return NotFound();
        }

        if (Throttled(user))
        {
            return await ShowAsync(await Changes.TwoFactorStatusAsync(user, SessionId), StatusCodes.Status429TooManyRequests);
        }

        if (string.IsNullOrEmpty(Password) || !await Users.CheckPasswordAsync(user, Password))
        {
            Error = AccountMessages.WrongPassword + " " + AccountMessages.TwoFactorNotChanged;
            return await ShowAsync(await Changes.TwoFactorStatusAsync(user, SessionId), StatusCodes.Status400BadRequest);
        }

        // A new key too: turning it on again means scanning a new code, and the old app entry stops working.
        Message = AccountMessages.TwoFactorOff;
        return await ShowAsync(await Changes.DisableTwoFactorAsync(user, newKey: true, SessionId));
    }

    private bool Throttled(SuppleUser user)
    {
        if (services.GetRequiredService<AccountThrottle>().TryAcquire(AccountAction.AccountChange, HttpContext, user.Id) is null)
        {
            return false;
        }

        Error = AccountMessages.Throttled;
        return true;
    }

    private async Task<SuppleUser?> LoadAsync() => mode.MultiUser ? await Users.GetUserAsync(User) : null;

    private Task<PageResult> ShowAsync(TwoFactorStatusResponse state, int status = StatusCodes.Status200OK)
    {
        State = state;
        QrCode = state.IsTwoFactorEnabled ? null : QrCodeSvg.Render(state.AuthenticatorUri, AccountMessages.QrCodeLabel);
        Response.StatusCode = status;
        return Task.FromResult(Page());
    }
}
