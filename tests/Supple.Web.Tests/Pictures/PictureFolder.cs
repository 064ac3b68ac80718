namespace Supple.Web.Tests.Pictures;

/// <summary>Finds the stretch pictures in the source tree (the repository root is the folder holding Supple.slnx).</summary>
internal static class PictureFolder
{
    private static readonly Lazy<string> Stretches = new(FindStretches);

    /// <summary><c>src/Supple.Web/wwwroot/img/stretches</c> in this checkout.</summary>
    public static string Path => Stretches.Value;

    /// <summary>The full path of the picture for <paramref name="name"/> (without extension).</summary>
    public static string File(string name) => System.IO.Path.Combine(Path, name + ".svg");

    private static string FindStretches()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "Supple.slnx")))
            {
                return System.IO.Path.Combine(dir.FullName, "src", "Supple.Web", "wwwroot", "img", "stretches");
            }
        }

        throw new DirectoryNotFoundException($"No Supple.slnx above {AppContext.BaseDirectory}; cannot find the pictures.");
    }
}
