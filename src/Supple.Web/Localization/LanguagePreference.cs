using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Supple.Core.Localization;
using Supple.Data;
using Supple.Web.Accounts;
using Supple.Web.Data;
using Supple.Web.Hosting;

namespace Supple.Web.Localization;

/// <summary>
/// The language a person chose in the browser, kept twice: in a cookie (<see cref="CookieName"/>), so a page needs
/// no database read to know it, and with the person's data (the <see cref="UserDocuments.Language"/> document of the
/// single user, or of the signed-in account), so it follows an account to another browser. The cookie names whose
/// choice it is: a choice made while signed out applies only while the account has none of its own.
/// </summary>
public sealed partial class LanguagePreference(IHttpContextAccessor http, AccountMode mode, IOptions<SuppleWebOptions> options,
    IServiceProvider services, ILogger<LanguagePreference> logger)
{
    /// <summary>The cookie that keeps the choice: <c>de</c>, or <c>de.PERSON</c> for a person's (a hash of their id).</summary>
    public const string CookieName = "supple-lang";

    /// <summary>The person whose data holds the choice: the single user, the signed-in account, or <c>null</c> (signed out).</summary>
    public string? Person => mode.MultiUser ? SignedInUser.IdOf(Context.User) : options.Value.UserId;

    private HttpContext Context => http.HttpContext ?? throw new InvalidOperationException("No request.");

    /// <summary>
    /// The request's culture: the stored choice (this person's cookie, else the person's saved choice, else a
    /// signed-out choice), else Accept-Language, else English. The saved choice is read only for pages, and only
    /// when the cookie does not already say it; reading it sets the cookie.
    /// </summary>
    public async Task<CultureInfo> ChooseAsync(CancellationToken ct)
    {
        var person = Person;
        var (cookie, owner) = ReadCookie();
        var mine = cookie is not null && owner == Owner(person) ? cookie : null;
        var signedOut = cookie is not null && owner is null ? cookie : null;
        string? saved = null;
        if (mine is null && person is not null && IsPage(Context.Request))
        {
            saved = await ReadSavedAsync(ct);
            if (saved is not null)
            {
                WriteCookie(saved, person);
            }
        }

        return LanguageChoice.ForBrowser([mine, saved, signedOut], Context.Request.Headers.AcceptLanguage.ToString());
    }

    /// <summary>The language chosen on the language page, or <c>null</c> when the browser decides.</summary>
    public async Task<string?> CurrentChoiceAsync(CancellationToken ct)
    {
        var (cookie, owner) = ReadCookie();
        if (cookie is not null && (owner == Owner(Person) || owner is null))
        {
            return cookie;
        }

        return Person is null ? null : await ReadSavedAsync(ct);
    }

    /// <summary>Keeps <paramref name="language"/> (a language Supple speaks), or forgets the choice when it is <c>null</c>.</summary>
    public async Task SaveAsync(string? language, CancellationToken ct)
    {
        var person = Person;
        if (language is null)
        {
            Context.Response.Cookies.Delete(CookieName);
        }
        else
        {
            WriteCookie(language, person);
        }

        if (person is null)
        {
            return;
        }

        var store = await services.GetRequiredService<UserStore>().GetAsync(ct);
        if (language is null)
        {
            await store.DeleteDocumentAsync(UserDocuments.Language, ct);
        }
        else
        {
            await store.SaveDocumentAsync(UserDocuments.Language, Serialize(language), ct);
        }
    }

    private async Task<string?> ReadSavedAsync(CancellationToken ct)
    {
        try
        {
            var store = await services.GetRequiredService<UserStore>().GetAsync(ct);
            var json = await store.GetDocumentAsync(UserDocuments.Language, ct);
            return ParseSaved(json);
        }
        catch (JsonException ex)
        {
            LogDamaged(logger, ex);
            return null;
        }
        catch (Exception ex) when (ex is DbException or StoreException or TimeoutException)
        {
            // The language is not worth failing a page for: the browser's language will do until the database is back.
            LogUnreadable(logger, ex);
            return null;
        }
    }

    /// <summary>A language as <see cref="UserDocuments.Language"/> (and <see cref="UserDocuments.PushLanguage"/>) keep it.</summary>
    internal static string Serialize(string language) => JsonSerializer.Serialize(new Saved(language));

    /// <summary>The language in a saved <see cref="UserDocuments.Language"/> document (<c>null</c> for none); throws <see cref="JsonException"/> when it is damaged.</summary>
    internal static string? ParseSaved(string? json) => json is null ? null : JsonSerializer.Deserialize<Saved>(json)?.Language;

    private (string? Language, string? Owner) ReadCookie()
    {
        if (!Context.Request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value))
        {
            return (null, null);
        }

        var bar = value.IndexOf('.', StringComparison.Ordinal);
        var language = bar < 0 ? value : value[..bar];
        return LanguageChoice.IsLanguageTag(language) ? (language, bar < 0 ? null : value[(bar + 1)..]) : (null, null);
    }

    private void WriteCookie(string language, string? person)
    {
        var owner = Owner(person);
        Context.Response.Cookies.Append(CookieName, owner is null ? language : $"{language}.{owner}", new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = Context.Request.IsHttps,
            MaxAge = TimeSpan.FromDays(365),
            Path = "/",
        });
    }

    /// <summary>Who a cookie's choice belongs to, without putting the account id in it.</summary>
    private static string? Owner(string? person) =>
        person is null ? null : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(person)))[..16];

    private static bool IsPage(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    private sealed record Saved(string Language);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The saved language choice is damaged; the browser's language is used instead.")]
    private static partial void LogDamaged(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The saved language choice could not be read; the browser's language is used instead.")]
    private static partial void LogUnreadable(ILogger logger, Exception exception);
}
