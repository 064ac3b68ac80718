using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Supple.Data.Identity;

namespace Supple.Web.Accounts;

/// <summary>
/// Password-reset codes: data-protected like Identity's default ones, but valid for one hour instead of a day, and
/// only once (they carry the security stamp, which the reset renews). Address-confirmation codes keep a day.
/// </summary>
public sealed class PasswordResetTokenProvider(
    IDataProtectionProvider dataProtectionProvider,
    IOptions<PasswordResetTokenProviderOptions> options,
    ILogger<DataProtectorTokenProvider<SuppleUser>> logger)
    : DataProtectorTokenProvider<SuppleUser>(dataProtectionProvider, options, logger)
{
    public const string ProviderName = "PasswordReset";
}
