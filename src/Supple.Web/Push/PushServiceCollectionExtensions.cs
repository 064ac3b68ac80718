using Supple.Data;
using Supple.Data.Push;

namespace Supple.Web.Push;

/// <summary>Web Push reminders: the server's key, subscriptions, and the sender that runs on every server.</summary>
public static class PushServiceCollectionExtensions
{
    public static WebApplicationBuilder AddSupplePush(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<PushOptions>().BindConfiguration(PushOptions.SectionName);
        services.AddSingleton<ServerKeys>();
        services.AddSingleton<ReminderOutbox>();
        services.AddSingleton<VapidKeys>();
        services.AddSingleton<SnoozeTokens>();
        services.AddSingleton<PushDelivery>();
        services.AddSingleton<ReminderComposer>();
        services.AddSingleton<ReminderSender>();
        services.AddHostedService<ReminderSenderService>();
        return builder;
    }
}
