using System.Text;
using Supple.Core.Content;

namespace Supple.Web.Pictures;

/// <summary>
/// Finds the picture of a stretch, of one side of a sided stretch (<c>{id}-left.svg</c>, <c>{id}-right.svg</c>) or of
/// one phase of a flowing stretch (cat-camel's "cat" and "camel"), under <c>wwwroot/img/stretches</c>. A side or phase
/// without its own picture falls back to the stretch's picture.
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

    /// <summary>
    /// The picture to show during a step: the phase's own picture when there is one, else the side's (for a sided
    /// step), else the stretch's.
    /// </summary>
    public string ForStep(string stretchId, string? phaseName, Side side = Side.None)
    {
        ArgumentNullException.ThrowIfNull(stretchId);
        if (!string.IsNullOrWhiteSpace(phaseName) && Existing($"{Folder}/{stretchId}-{Slug(phaseName)}.svg") is { } phase)
        {
            return phase;
        }

        return side == Side.None ? ForStretch(stretchId) : ForSide(stretchId, side) ?? ForStretch(stretchId);
    }

    /// <summary>The URL of the picture of one side of a sided stretch, or <c>null</c> when it has none.</summary>
    public string? ForSide(string stretchId, Side side)
    {
        ArgumentNullException.ThrowIfNull(stretchId);
        return side switch
        {
            Side.Left => Existing($"{Folder}/{stretchId}-left.svg"),
            Side.Right => Existing($"{Folder}/{stretchId}-right.svg"),
            _ => null,
        };
    }

    /// <summary>Both sides' pictures of a sided stretch, or <c>null</c> when it does not have both.</summary>
    public SidePictures? SidesOf(string stretchId) =>
        ForSide(stretchId, Side.Left) is { } left && ForSide(stretchId, Side.Right) is { } right ? new SidePictures(left, right) : null;

    private string? Existing(string path) =>
        _environment.WebRootFileProvider.GetFileInfo(path).Exists ? "/" + path : null;

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
