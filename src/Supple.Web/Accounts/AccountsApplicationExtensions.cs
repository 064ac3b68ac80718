using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Supple.Data;
using Supple.Data.Identity;

namespace Supple.Web.Accounts;

/// <summary>The accounts part of the pipeline and the account API under <c>/api/v1/account</c>.</summary>
public static class AccountsApplicationExtensions
{
    /// <summary>Authentication, the account check, authorization and rate limiting (after routing).</summary>
    public static WebApplication UseSuppleAccounts(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var mode = app.Services.GetRequiredService<AccountMode>();
        if (mode.MultiUser)
        {
            app.UseAuthentication();
            app.Use(CheckAccountAsync);
        }

        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }

    /// <summary>Maps the Identity API endpoints (register, login with bearer tokens, refresh, manage) and Supple's own (logout, delete) under <c>/api/v1/account</c>.</summary>
    public static WebApplication MapSuppleAccounts(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Services.GetRequiredService<AccountMode>().MultiUser)
        {
            return app;
        }

        var account = app.MapGroup("/api/v1/account").WithTags("Account").RequireRateLimiting(AccountRateLimits.PolicyName);
        account.MapIdentityApi<SuppleUser>();
        account.MapPost("/logout", AccountApi.Logout).WithSummary("Sign out of the cookie session.");
        account.MapPost("/delete", AccountApi.Delete).WithSummary("Delete the account and all of its data, at once (needs the password).");

        // Signing up, in and out and recovering a password are for people who are not signed in; /manage and /delete
        // are not. The filter gives one answer to every failed sign-in.
        ((IEndpointConventionBuilder)account).Add(endpoint =>
        {
            var pattern = (endpoint as RouteEndpointBuilder)?.RoutePattern.RawText ?? "";
            if (!pattern.Contains("/manage", StringComparison.Ordinal) && !pattern.EndsWith("/delete", StringComparison.Ordinal))
            {
                endpoint.Metadata.Add(new AllowAnonymousAttribute());
            }

            if (pattern.EndsWith("/login", StringComparison.Ordinal))
            {
                endpoint.FilterFactories.Add((_, next) => context => AccountApi.SameAnswerForEveryFailedLoginAsync(context, next));
            }

            if (pattern.EndsWith("/register", StringComparison.Ordinal))
            {
                endpoint.FilterFactories.Add((_, next) => context => AccountApi.RegistrationOpenAsync(context, next));
                endpoint.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status403Forbidden, typeof(ProblemDetails), ["application/problem+json"]));
            }

            // Identity answers a failed sign-in, a refresh token that is no longer good or a wrong confirmation code
            // with 401, which its result types do not declare: say so for the OpenAPI document.
            if (pattern.EndsWith("/login", StringComparison.Ordinal) || pattern.EndsWith("/refresh", StringComparison.Ordinal)
                || pattern.EndsWith("/confirmEmail", StringComparison.Ordinal))
            {
                endpoint.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status401Unauthorized, typeof(ProblemDetails), ["application/problem+json"]));
            }

            if (pattern.EndsWith("/confirmEmail", StringComparison.Ordinal))
            {
                endpoint.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(string), ["text/plain"]));
            }
        });
        return app;
    }

    // Ready before the first account query; then a cookie or token of a deleted account, or one issued before the
    // password changed (the security stamp moved on), is refused on every server at once.
    private static async Task CheckAccountAsync(HttpContext context, RequestDelegate next)
    {
        // The account tables are queried directly (Identity), so the schema must be ready before any endpoint runs;
        // after the first success this is one flag read. The probes answer for themselves.
        if (!context.Request.Path.StartsWithSegments("/healthz", StringComparison.Ordinal)
            && !context.Request.Path.StartsWithSegments("/readyz", StringComparison.Ordinal))
        {
            await context.RequestServices.GetRequiredService<SuppleStoreFactory>().EnsureReadyAsync(context.RequestAborted);
        }

        var id = SignedInUser.IdOf(context.User);
        if (id is null)
        {
            await next(context);
            return;
        }

        // A context of its own, disposed before the endpoint runs: the request-scoped one lives until the response is
        // written, and a connection it kept would make every request hold one connection while its store call waits
        // for a second (with more requests than connections, they would all wait).
        string? stamp;
        await using (var db = await context.RequestServices.GetRequiredService<IDbContextFactory<SuppleDbContext>>().CreateDbContextAsync(context.RequestAborted))
        {
            stamp = await db.Set<SuppleUser>().Where(u => u.Id == id).Select(u => u.SecurityStamp).SingleOrDefaultAsync(context.RequestAborted);
        }

        var claimed = context.User.FindFirst(new IdentityOptions().ClaimsIdentity.SecurityStampClaimType)?.Value;
        if (stamp is null || !string.Equals(stamp, claimed, StringComparison.Ordinal))
        {
            if (!context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            }

            context.User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity());
        }

        await next(context);
    }
}
