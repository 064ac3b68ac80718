namespace Supple.Breaks.Tests;

/// <summary>Finds the native <c>supple-breaks</c> that the build of <c>supple</c> placed next to it.</summary>
internal static class NativeProgram
{
    public static string Path
    {
        get
        {
            // The tests run from tests/Supple.Breaks.Tests/bin/<Configuration>/net10.0/.
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(System.IO.Path.DirectorySeparatorChar)).Parent!.Name;
            var path = System.IO.Path.Combine(Root(), "src", "Supple.Cli", "bin", configuration, "net10.0", BreakHandOff.ProgramName);
            return File.Exists(path)
                ? path
                : throw new FileNotFoundException($"The native supple-breaks was not found at {path}; build src/Supple.Cli ({configuration}) first.", path);
        }
    }

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Supple.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Supple.slnx not found above " + AppContext.BaseDirectory);
    }
}
