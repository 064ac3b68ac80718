using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.Data;
using Supple.Data;
using Supple.Data.Identity;

namespace Supple.Web.Accounts;

/// <summary>Supple's account endpoints beside the Identity API ones.</summary>
public static class AccountApi
{
    public static async Task<NoContent> Logout(SignInManager<SuppleUser> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, ValidationProblem, UnauthorizedHttpResult>> Delete(
        DeleteAccountRequest request, HttpContext http, UserManager<SuppleUser> users, SignInManager<SuppleUser> signIn, SuppleDbContext db, CancellationToken ct)
    {
        var user = await users.GetUserAsync(http.User);
        if (user is null)
        {
            return TypedResults.Unauthorized();
        }

        if (string.IsNullOrEmpty(request.Password) || !await users.CheckPasswordAsync(user, request.Password))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["password"] = ["The password is wrong."] }, title: "The account was not deleted.");
        }

        await AccountData.DeleteAsync(db, user.Id, ct);
        if (!http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            await signIn.SignOutAsync();
        }

        return TypedResults.NoContent();
    }

    /// <summary>
    /// An unknown e-mail, a wrong password, a locked or not-allowed account: the same 401 and the same text, and an
    /// unknown e-mail costs a password hash too, so neither the answer nor its time tells whether an account exists.
    /// </summary>
    internal static async ValueTask<object?> SameAnswerForEveryFailedLoginAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (context.Arguments.OfType<LoginRequest>().FirstOrDefault() is { } login)
        {
            var users = context.HttpContext.RequestServices.GetRequiredService<UserManager<SuppleUser>>();
            if (await users.FindByNameAsync(login.Email) is null)
            {
                var hasher = context.HttpContext.RequestServices.GetRequiredService<IPasswordHasher<SuppleUser>>();
                _ = hasher.VerifyHashedPassword(DummyUser, DummyHash, login.Password ?? "");
            }
        }

        var result = await next(context);
        var inner = result is INestedHttpResult nested ? nested.Result : result;
        return inner is ProblemHttpResult { StatusCode: StatusCodes.Status401Unauthorized }
            ? TypedResults.Problem(title: "Sign-in failed", detail: AccountMessages.FailedSignIn, statusCode: StatusCodes.Status401Unauthorized)
            : result;
    }

    internal static async ValueTask<object?> RegistrationOpenAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        context.HttpContext.RequestServices.GetRequiredService<AccountMode>().AllowRegistration
            ? await next(context)
            : TypedResults.Problem(title: "Registration is closed", detail: "This server does not take new accounts.", statusCode: StatusCodes.Status403Forbidden);

    private static readonly SuppleUser DummyUser = new() { UserName = "nobody" };

    private static readonly string DummyHash = new PasswordHasher<SuppleUser>().HashPassword(DummyUser, Guid.NewGuid().ToString());
}
