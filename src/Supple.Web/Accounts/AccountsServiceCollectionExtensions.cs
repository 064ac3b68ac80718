using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Supple.Data;
using Supple.Data.Identity;
using Supple.Web.Data;
using Supple.Web.Hosting;
using Supple.Web.Mail;

namespace Supple.Web.Accounts;

/// <summary>Accounts wiring: nothing but <see cref="AccountMode"/> in single-user mode; Identity, cookies, bearer tokens and the shared key ring in multi-user mode.</summary>
public static class AccountsServiceCollectionExtensions
{
    /// <summary>The authentication scheme that picks the bearer token when a request has one, the cookie otherwise.</summary>
    public const string Scheme = "Supple";

    public static WebApplicationBuilder AddSuppleAccounts(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<AccountOptions>().BindConfiguration(AccountOptions.SectionName);
        var options = builder.Configuration.GetSection(AccountOptions.SectionName).Get<AccountOptions>() ?? new AccountOptions();
        services.AddSingleton(new AccountMode(options.MultiUser, options.AllowRegistration));
        services.AddAuthorization();
        if (!options.MultiUser)
        {
            return builder;
        }

        if (options.MinimumPasswordLength < 8)
        {
            throw new ArgumentException($"{AccountOptions.SectionName}:MinimumPasswordLength must be at least 8 (it is {options.MinimumPasswordLength}).");
        }

        services.AddHttpContextAccessor();
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, SchemaAtStartup>());

        // Every server of a deployment reads and writes one key ring in the database, so a cookie or token issued by
        // one server is accepted by all of them.
        services.AddDataProtection().SetApplicationName("Supple").PersistKeysToDbContext<SuppleDbContext>();

        services.AddSingleton<SessionLifetime>();
        services.AddSingleton<AccountThrottle>();
        services.AddSingleton<AccountSessionStore>();
        services.AddSingleton<SignInFailureStore>();
        services.AddScoped<AccountSignIn>();
        services.AddScoped<AccountChanges>();
        services.AddScoped<AccountRegistration>();
        services.AddScoped<AccountRecovery>();
        services.AddSuppleMail();
        services.AddSingleton<AccountMail>();

        services.AddIdentityCore<SuppleUser>(o =>
            {
                o.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
                o.SignIn.RequireConfirmedEmail = options.RequireConfirmedEmail;
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = options.MinimumPasswordLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 4;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = Math.Max(1, options.MaxFailedSignIns);
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(Math.Max(1, options.LockoutMinutes));
                o.Tokens.PasswordResetTokenProvider = PasswordResetTokenProvider.ProviderName;
                o.Tokens.AuthenticatorTokenProvider = OneTimeAuthenticatorTokenProvider.ProviderName;
            })
            .AddErrorDescriber<SuppleIdentityErrorDescriber>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddEntityFrameworkStores<SuppleDbContext>()
            .AddSignInManager<SuppleSignInManager>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<PasswordResetTokenProvider>(PasswordResetTokenProvider.ProviderName)
            .AddTokenProvider<OneTimeAuthenticatorTokenProvider>(OneTimeAuthenticatorTokenProvider.ProviderName);

        // Passkeys are bound to the public URL's host when there is one (else the request's), and accepted only from
        // Supple's own origin, in a top-level page.
        var publicUrl = builder.Configuration.GetSection(SuppleWebOptions.SectionName).Get<SuppleWebOptions>()?.PublicUrl;
        services.Configure<IdentityPasskeyOptions>(o =>
        {
            o.ServerDomain = publicUrl is { IsAbsoluteUri: true } ? publicUrl.Host : null;
            o.ResidentKeyRequirement = "required";
            o.UserVerificationRequirement = "required";
            o.ValidateOrigin = context => ValueTask.FromResult(!context.CrossOrigin && Security.CrossSiteRequests.IsOwnOrigin(context.HttpContext, context.Origin));
        });

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Scheme;
                o.DefaultChallengeScheme = Scheme;
            })
            .AddPolicyScheme(Scheme, "Bearer token or cookie", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o =>
            {
                // The server-side session decides how long a sign-in lasts; the refresh token may live as long as it can.
                o.RefreshTokenExpiration = options.SessionIdleTimeout < options.SessionMaxLifetime ? options.SessionIdleTimeout : options.SessionMaxLifetime;
            })
            .AddIdentityCookies(cookies => cookies.TwoFactorUserIdCookie?.Configure(o =>
            {
                // Remembers, for five minutes, who gave the right password while the two-factor code (or a passkey
                // sign-in) is asked for.
                o.Cookie.Name = "supple.signin-step";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            }));

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "supple.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/settings";
            o.AccessDeniedPath = "/account/login";
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = options.SessionIdleTimeout;

            // The server-side session check (AccountSessionCheck) replaces Identity's periodic security-stamp check,
            // on every request rather than every 30 minutes.
            o.Events.OnValidatePrincipal = _ => Task.CompletedTask;
            o.Events.OnRedirectToLogin = context => Refuse(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => Refuse(context, StatusCodes.Status403Forbidden);
        });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        // The data endpoints and pages ask for UserStore: in multi-user mode it is the signed-in person's.
        services.Replace(ServiceDescriptor.Scoped(sp => new UserStore(
            sp.GetRequiredService<SuppleStoreFactory>(),
            Options.Create(new SuppleWebOptions { UserId = SignedInUser.RequireId(sp.GetRequiredService<IHttpContextAccessor>().HttpContext) }))));
        return builder;
    }

    // The API answers 401/403 (no redirect to an HTML page); pages redirect to the login form.
    private static Task Refuse(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
