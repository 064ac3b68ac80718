namespace Supple.Web.Health;

/// <summary>Health wiring: the database-outage answer.</summary>
public static class HealthServiceCollectionExtensions
{
    public static WebApplicationBuilder AddSuppleHealth(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddExceptionHandler<DatabaseOutageExceptionHandler>();
        return builder;
    }
}
