using System.Buffers.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Supple.Data.Identity;
using Supple.Web.Accounts;

namespace Supple.Web.Pages.Account;

/// <summary>
/// The signed-in person's passkeys (WebAuthn, through ASP.NET Core Identity): add one on this device (the browser
/// asks for the creation options, makes the key, and the form posts it back), see them, remove one.
/// </summary>
public sealed class PasskeysModel(AccountMode mode, IServiceProvider services) : PageModel
{
    /// <summary>The JSON of <c>navigator.credentials.create()</c>, filled in by <c>passkeys.js</c>.</summary>
    [BindProperty]
    public string? CredentialJson { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? CredentialId { get; set; }

    public IReadOnlyList<UserPasskeyInfo> Passkeys { get; private set; } = [];

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    private UserManager<SuppleUser> Users => services.GetRequiredService<UserManager<SuppleUser>>();

    private SuppleSignInManager SignInManager => services.GetRequiredService<SuppleSignInManager>();

    public async Task<IActionResult> OnGetAsync(string? done) =>
        await LoadAsync() is null ? NotFound() : Show(done == "added" ? AccountMessages.PasskeyAdded : done == "removed" ? AccountMessages.PasskeyRemoved : null);

    /// <summary>The options for <c>navigator.credentials.create()</c>; the challenge is kept for the next step in a short-lived cookie.</summary>
    public async Task<IActionResult> OnPostCreationOptionsAsync()
    {
        if (await LoadAsync() is not { } user)
        {
            return NotFound();
        }

        var email = user.Email ?? user.UserName ?? user.Id;
        var options = await SignInManager.MakePasskeyCreationOptionsAsync(new PasskeyUserEntity { Id = user.Id, Name = email, DisplayName = email });
        return Content(options, "application/json");
    }

    public async Task<IActionResult> OnPostAddAsync()
    {
        if (await LoadAsync() is not { } user)
        {
            return NotFound();
        }

        if (Throttled(user) is { } refused)
        {
            return refused;
        }

        PasskeyAttestationResult attestation;
        try
        {
            attestation = string.IsNullOrWhiteSpace(CredentialJson) ? PasskeyAttestationResult.Fail(new PasskeyException("No passkey was made.")) : await SignInManager.PerformPasskeyAttestationAsync(CredentialJson);
        }
        catch (InvalidOperationException)
        {
            // The options were never asked for in this browser, or more than five minutes ago.
            attestation = PasskeyAttestationResult.Fail(new PasskeyException("The passkey request expired."));
        }

        if (!attestation.Succeeded || attestation.UserEntity.Id != user.Id)
        {
            return Refuse(AccountMessages.PasskeyNotAdded);
        }

        var passkey = attestation.Passkey;
        passkey.Name = string.IsNullOrWhiteSpace(Name) ? SuppleSignInManager.ClientInCurrentLanguage(SuppleSignInManager.ClientOf(Request.Headers.UserAgent.ToString())) ?? AccountMessages.PasskeyDefaultName : Name.Trim()[..Math.Min(Name.Trim().Length, 100)];
        var saved = await Users.AddOrUpdatePasskeyAsync(user, passkey);
        return saved.Succeeded ? LocalRedirect("/account/passkeys?done=added") : Refuse(AccountMessages.PasskeyNotAdded);
    }

    public async Task<IActionResult> OnPostRemoveAsync()
    {
        if (await LoadAsync() is not { } user)
        {
            return NotFound();
        }

        if (Throttled(user) is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrEmpty(CredentialId) || !Base64Url.IsValid(CredentialId) || Passkeys.All(p => Base64Url.EncodeToString(p.CredentialId) != CredentialId))
        {
            return Refuse(AccountMessages.PasskeyNotFound);
        }

        await Users.RemovePasskeyAsync(user, Base64Url.DecodeFromChars(CredentialId));
        return LocalRedirect("/account/passkeys?done=removed");
    }

    /// <summary>The id of a passkey as the page writes it (base64url).</summary>
    public static string IdOf(UserPasskeyInfo passkey) => Base64Url.EncodeToString(passkey?.CredentialId ?? []);

    private PageResult? Throttled(SuppleUser user) =>
        services.GetRequiredService<AccountThrottle>().TryAcquire(AccountAction.AccountChange, HttpContext, user.Id) is null
            ? null
            : Refuse(AccountMessages.Throttled, StatusCodes.Status429TooManyRequests);

    private PageResult Refuse(string error, int status = StatusCodes.Status400BadRequest)
    {
        Error = error;
        Response.StatusCode = status;
        return Page();
    }

    private PageResult Show(string? message)
    {
        Message = message;
        return Page();
    }

    private async Task<SuppleUser?> LoadAsync()
    {
        if (!mode.MultiUser || await Users.GetUserAsync(User) is not { } user)
        {
            return null;
        }

        Passkeys = [.. (await Users.GetPasskeysAsync(user)).OrderBy(p => p.CreatedAt)];
        return user;
    }
}
