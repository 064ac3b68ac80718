namespace Supple.Cli.Tests.TestSupport;

/// <summary>Finds the repository and the built <c>supple</c> next to these tests.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>src/Supple.Cli/bin/&lt;same configuration as the tests&gt;/net10.0/supple.dll.</summary>
    public static string SuppleDll
    {
        get
        {
            // The tests run from tests/Supple.Cli.Tests/bin/<Configuration>/net10.0/.
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            var path = Path.Combine(Root, "src", "Supple.Cli", "bin", configuration, "net10.0", "supple.dll");
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"The built supple was not found at {path}; build src/Supple.Cli ({configuration}) first.", path);
            }

            return path;
        }
    }

    public static string TestProgramme(string name) => Path.Combine(Root, "tests", "Supple.Cli.Tests", "Programmes", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Supple.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Supple.slnx not found above " + AppContext.BaseDirectory);
    }
}
