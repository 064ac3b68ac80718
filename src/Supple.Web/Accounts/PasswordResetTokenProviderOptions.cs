using Microsoft.AspNetCore.Identity;

namespace Supple.Web.Accounts;

/// <summary>The options of <see cref="PasswordResetTokenProvider"/>: one hour.</summary>
public sealed class PasswordResetTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public PasswordResetTokenProviderOptions()
    {
        Name = PasswordResetTokenProvider.ProviderName;
        TokenLifespan = TimeSpan.FromHours(1);
    }
}
