using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Supple.Web.Lan;
using Supple.Web.Resources;

namespace Supple.Web.Pages.Lan;

/// <summary>"Pair this device": the code from the terminal buys this browser the paired-device cookie (<c>supple serve --lan</c> only).</summary>
[AllowAnonymous]
public sealed class PairModel(IServiceProvider services, ILogger<PairModel> logger, IStringLocalizer<WebText> text) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    public string? Error { get; private set; }

    /// <summary>Whether the form is shown: not when this device is paired already, is this computer, or may not try again.</summary>
    public bool CanPair { get; private set; } = true;

    public string? Message { get; private set; }

    public string? HostName { get; private set; }

    public IActionResult OnGet()
    {
        if (services.GetService<LanServer>() is not { } lan)
        {
            return NotFound();
        }

        Describe(lan);
        return Page();
    }

    public IActionResult OnPost()
    {
        if (services.GetService<LanServer>() is not { } lan)
        {
            return NotFound();
        }

        HostName = lan.Names.HostName;
        var address = HttpContext.Connection.RemoteIpAddress;
        var attempt = lan.Pairing.TryPair(Code, address);
        switch (attempt.Outcome)
        {
            case PairingOutcome.Paired:
                Response.Cookies.Append(LanPairing.CookieName, attempt.CookieValue!, lan.Pairing.CookieOptions());
                logger.LogWarning("A device at {Address} was paired.", address?.IsIPv4MappedToIPv6 == true ? address.MapToIPv4() : address);
                return Redirect("/");
            case PairingOutcome.Wrong:
                Error = LanText.WrongCode + " " + LanText.TriesLeft(attempt.TriesLeft);
                Response.StatusCode = StatusCodes.Status400BadRequest;
                break;
            case PairingOutcome.AddressLocked:
                Error = LanText.AddressLocked;
                CanPair = false;
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                logger.LogWarning("Pairing from {Address} is locked after too many wrong codes.", address);
                break;
            default:
                Error = LanText.Closed;
                CanPair = false;
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                logger.LogWarning("Pairing is closed after too many wrong codes; the last came from {Address}.", address);
                break;
        }

        Code = null;
        return Page();
    }

    private void Describe(LanServer lan)
    {
        HostName = lan.Names.HostName;
        if (!LanGate.IsRemote(HttpContext))
        {
            Message = LanText.ThisMachine;
            CanPair = false;
        }
        else if (lan.Pairing.IsPaired(Request.Cookies[LanPairing.CookieName]))
        {
            Message = text[WebText.LanPaired];
            CanPair = false;
        }
    }
}
