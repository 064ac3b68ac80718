using System.Globalization;
using System.Text.Json.Serialization;

namespace Supple.Web.Pwa;

/// <summary>
/// The web app manifest (<c>/manifest.webmanifest</c>): what a browser needs to install Supple as an app (name, icons,
/// colours, where it starts, standalone display). Property names are the manifest's own snake_case members.
/// </summary>
public sealed record WebAppManifest(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("short_name")] string ShortName,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("lang")] string Lang,
    [property: JsonPropertyName("dir")] string Dir,
    [property: JsonPropertyName("start_url")] string StartUrl,
    [property: JsonPropertyName("scope")] string Scope,
    [property: JsonPropertyName("display")] string Display,
    [property: JsonPropertyName("theme_color")] string ThemeColor,
    [property: JsonPropertyName("background_color")] string BackgroundColor,
    [property: JsonPropertyName("categories")] IReadOnlyList<string> Categories,
    [property: JsonPropertyName("icons")] IReadOnlyList<ManifestIcon> Icons)
{
    /// <summary>The colour of the app's bar (the site's accent).</summary>
    public const string Theme = "#1f6f68";

    /// <summary>The splash screen's background (the page background).</summary>
    public const string Background = "#f7f6f2";

    /// <summary>Supple's manifest in the current UI culture: name and description in its language, and <c>lang</c> saying which.</summary>
    public static WebAppManifest Current => new(
        Id: "/",
        Name: PwaText.AppName,
        ShortName: PwaText.ShortName,
        Description: PwaText.Description,
        Lang: CultureInfo.CurrentUICulture.Name is { Length: > 0 } name ? name : "en",
        Dir: "ltr",
        StartUrl: "/",
        Scope: "/",
        Display: "standalone",
        ThemeColor: Theme,
        BackgroundColor: Background,
        Categories: ["health", "fitness", "medical"],
        Icons:
        [
            new("/icons/icon-192.png", "192x192", "image/png", "any"),
            new("/icons/icon-512.png", "512x512", "image/png", "any"),
            new("/icons/icon-maskable-192.png", "192x192", "image/png", "maskable"),
            new("/icons/icon-maskable-512.png", "512x512", "image/png", "maskable"),
            new("/icons/icon.svg", "any", "image/svg+xml", "any"),
        ]);
}
