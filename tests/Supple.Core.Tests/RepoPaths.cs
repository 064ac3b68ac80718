namespace Supple.Core.Tests;

/// <summary>Files of the repository the tests read (the shipped programme files, the docs).</summary>
internal static class RepoPaths
{
    /// <summary>The repository root: the folder above the test binaries that holds Supple.slnx.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A repository file by its path from the root.</summary>
    public static string File(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Supple.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (Supple.slnx) above the test binaries.");
    }
}
