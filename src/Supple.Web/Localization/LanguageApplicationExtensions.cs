using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using Supple.Core.Content;
using Supple.Core.Localization;

namespace Supple.Web.Localization;

/// <summary>The web app's languages: services and the middleware that sets each request's culture.</summary>
public static class LanguageApplicationExtensions
{
    /// <summary>
    /// <c>IStringLocalizer&lt;T&gt;</c> over Supple's .resx resources, <see cref="LanguagePreference"/>, and the
    /// programme in the request's language (<see cref="LocalizedProgramme"/>, scoped).
    /// </summary>
    public static IServiceCollection AddSuppleLanguages(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddHttpContextAccessor();
        services.AddSingleton<IStringLocalizerFactory, SuppleStringLocalizerFactory>();
        services.AddTransient(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
        services.AddScoped<LanguagePreference>();
        services.AddSingleton<RecipientLanguage>();
        services.AddScoped(_ => ProgrammeTranslations.BuiltIn.For(CultureInfo.CurrentUICulture));
        return services;
    }

    /// <summary>
    /// Sets each request's culture (<see cref="CultureInfo.CurrentUICulture"/> for texts, <see cref="CultureInfo.CurrentCulture"/>
    /// for numbers and dates, and <see cref="IRequestCultureFeature"/>) from <see cref="LanguagePreference.ChooseAsync"/>.
    /// After authentication, so the signed-in account's choice is known.
    /// </summary>
    public static WebApplication UseSuppleLanguages(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(async (context, next) =>
        {
            var culture = await context.RequestServices.GetRequiredService<LanguagePreference>().ChooseAsync(context.RequestAborted);
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            context.Features.Set<IRequestCultureFeature>(new RequestCultureFeature(new RequestCulture(culture), provider: null));
            // Which language the answer is in: the service worker keeps pages and timelines per language by it.
            if (culture.Name.Length > 0)
            {
                context.Response.Headers.ContentLanguage = culture.Name;
            }
            await next(context);
        });
        return app;
    }
}
