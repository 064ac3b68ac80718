namespace Supple.Web.Accounts;

/// <summary>The accounts part of the pipeline and the account API under <c>/api/v1/account</c>.</summary>
public static class AccountsApplicationExtensions
{
    /// <summary>Authentication and the server-side session check (multi-user mode), then authorization (after routing).</summary>
    public static WebApplication UseSuppleAccounts(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetRequiredService<AccountMode>().MultiUser)
        {
            app.UseAuthentication();
            app.Use(AccountSessionCheck.CheckAsync);
        }

        app.UseAuthorization();
        return app;
    }

    /// <summary>Maps the account API (multi-user mode only).</summary>
    public static WebApplication MapSuppleAccounts(this WebApplication app) => app.MapAccountApi();
}
