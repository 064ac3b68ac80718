using Microsoft.AspNetCore.Identity;

namespace Supple.Web.Accounts;

/// <summary>
/// Everything the account pages, the account API and the account e-mails say to a person, in one place (so it can be
/// translated with the rest). Identity's own errors are put in plain words by <see cref="Describe"/>.
/// </summary>
public static class AccountMessages
{
    public const string FailedSignIn = "The e-mail address or the password is wrong.";

    public const string CommonPassword =
        "This password is one of the most common ones, so it would be guessed quickly. Choose another: a few unrelated words make a good one.";

    public const string PasswordIsEmail = "The password cannot be your e-mail address.";

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
