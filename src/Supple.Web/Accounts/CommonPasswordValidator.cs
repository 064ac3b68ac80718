using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;
using Supple.Data.Identity;

namespace Supple.Web.Accounts;

/// <summary>
/// Refuses a new password that is one of the most common ones (the list shipped with Supple, see
/// <c>Accounts/CommonPasswords/README.md</c>), whatever the case of its letters, or that is the account's own e-mail
/// address or the part before the <c>@</c>: the first guesses of anyone trying to get in.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<SuppleUser>
{
    public const string CommonCode = "CommonPassword";

    public const string EmailCode = "PasswordIsEmail";

    private static readonly Lazy<FrozenSet<string>> List = new(Load);

    /// <summary>How many passwords the shipped list holds.</summary>
    public static int Count => List.Value.Count;

    public static bool IsCommon(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        return List.Value.Contains(password.Trim().ToLowerInvariant());
    }

    public Task<IdentityResult> ValidateAsync(UserManager<SuppleUser> manager, SuppleUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        if (IsCommon(password))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = CommonCode, Description = AccountMessages.CommonPassword }));
        }

        var email = user.Email ?? user.UserName ?? "";
        var local = email.Split('@')[0];
        if (email.Length > 0 && (string.Equals(password.Trim(), email, StringComparison.OrdinalIgnoreCase) || string.Equals(password.Trim(), local, StringComparison.OrdinalIgnoreCase)))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = EmailCode, Description = AccountMessages.PasswordIsEmail }));
        }

        return Task.FromResult(IdentityResult.Success);
    }

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("Supple.Web.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is missing from Supple.Web.dll.");
        using var reader = new StreamReader(stream);
        var words = new List<string>(20_000);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                words.Add(line);
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
