using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Supple.Core.Localization;
using Supple.Data;

namespace Supple.Web.Localization;

/// <summary>
/// The language of what Supple sends a person outside a page (an e-mail, a pushed reminder): the language kept with
/// their data (<see cref="UserDocuments.Language"/>, as the language page saves it), else the one given (the request's
/// <c>Accept-Language</c>, when there is a request), else English. Never the language of whoever made the request
/// that causes the sending, unless nothing is kept. A reminder has no request: it takes the language of the request
/// that subscribed the browser when the person kept none.
/// </summary>
public sealed partial class RecipientLanguage(SuppleStoreFactory stores, ILogger<RecipientLanguage> logger)
{
    /// <summary>The culture to write to <paramref name="userId"/> in.</summary>
    public async Task<CultureInfo> ForAsync(string userId, string? acceptLanguage, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(userId);
        return LanguageChoice.ForBrowser([await StoredAsync(userId, UserDocuments.Language, ct)], acceptLanguage);
    }

    /// <summary>
    /// The culture to write a pushed reminder to <paramref name="userId"/> in: the language kept with their data, else
    /// the one of the request that subscribed their browser (<see cref="UserDocuments.PushLanguage"/>), else English.
    /// </summary>
    public async Task<CultureInfo> ForReminderAsync(string userId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(userId);
        return LanguageChoice.ForBrowser(
            [await StoredAsync(userId, UserDocuments.Language, ct), await StoredAsync(userId, UserDocuments.PushLanguage, ct)], acceptLanguage: null);
    }

    /// <summary>Runs <paramref name="write"/> with <paramref name="culture"/> as the current culture, then puts the previous one back.</summary>
    public static T Write<T>(CultureInfo culture, Func<T> write)
    {
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentNullException.ThrowIfNull(write);
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return write();
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
        }
    }

    private async Task<string?> StoredAsync(string userId, string document, CancellationToken ct)
    {
        try
        {
            await using var store = await stores.OpenAsync(userId, ct);
            return LanguagePreference.ParseSaved(await store.GetDocumentAsync(document, ct));
        }
        catch (JsonException ex)
        {
            LogUnreadable(logger, ex);
            return null;
        }
        catch (Exception ex) when (ex is DbException or StoreException or TimeoutException)
        {
            // Not worth losing the e-mail or the reminder for: it goes in the fallback language.
            LogUnreadable(logger, ex);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The recipient's saved language could not be read; the fallback language is used.")]
    private static partial void LogUnreadable(ILogger logger, Exception exception);
}
