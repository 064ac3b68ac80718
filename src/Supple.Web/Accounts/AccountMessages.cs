using Microsoft.AspNetCore.Identity;

namespace Supple.Web.Accounts;

/// <summary>Identity's errors in plain words.</summary>
public static class AccountMessages
{
    public static string Describe(IdentityError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Code switch
        {
            "DuplicateUserName" or "DuplicateEmail" => "There is already an account with this e-mail address. Sign in instead.",
            "PasswordTooShort" => error.Description,
            "PasswordRequiresUniqueChars" => "The password needs more different characters.",
            "PasswordMismatch" => "The current password is wrong.",
            "InvalidEmail" or "InvalidUserName" => "Enter a valid e-mail address.",
            _ => error.Description,
        };
    }
}
