using System.Text;

namespace Supple.Web.Pictures;

/// <summary>
/// Finds the picture of a stretch, or of one phase of a flowing stretch (cat-camel's "cat" and "camel"), under
/// <c>wwwroot/img/stretches</c>. A phase without its own picture falls back to the stretch's picture.
/// </summary>
public sealed class PictureCatalog
{
    private const string Folder = "img/stretches";
    private readonly IWebHostEnvironment _environment;

    public PictureCatalog(IWebHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        _environment = environment;
    }

    /// <summary>The URL of the stretch's picture.</summary>
    public static string ForStretch(string stretchId)
    {
        ArgumentNullException.ThrowIfNull(stretchId);
        return $"/{Folder}/{stretchId}.svg";
    }

    /// <summary>The URL of a phase's own picture when there is one, else the stretch's picture.</summary>
    public string ForStep(string stretchId, string? phaseName)
    {
        ArgumentNullException.ThrowIfNull(stretchId);
        if (!string.IsNullOrWhiteSpace(phaseName))
        {
            var name = $"{Folder}/{stretchId}-{Slug(phaseName)}.svg";
            if (_environment.WebRootFileProvider.GetFileInfo(name).Exists)
            {
                return "/" + name;
            }
        }

        return ForStretch(stretchId);
    }

    private static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        return builder.ToString();
    }
}
