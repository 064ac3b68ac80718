namespace Supple.Core.Tests.Content;

/// <summary>
/// A C# file Supple keeps generated from its content files (the compiled programme and its translations): the test
/// passes when the committed file is what the writer makes now, writes it again when asked
/// (<c>SUPPLE_WRITE_GENERATED=1</c>), and otherwise fails saying how to.
/// </summary>
internal static class GeneratedSource
{
    /// <param name="relativePath">The generated file, from the repository's root.</param>
    /// <param name="expected">What the writer makes of the source files now.</param>
    /// <param name="sources">The source files, for the message.</param>
    /// <param name="testClass">The test class that writes it again, for the command in the message.</param>
    public static void AssertCommittedOrWrite(string relativePath, string expected, string sources, string testClass)
    {
        var path = RepoPaths.File(relativePath);
        var committed = File.Exists(path) ? File.ReadAllText(path) : "";
        if (committed == expected)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("SUPPLE_WRITE_GENERATED") == "1")
        {
            File.WriteAllText(path, expected);
            return;
        }

        Assert.Fail($"{relativePath} does not match {sources}. Write it again with "
            + $"`SUPPLE_WRITE_GENERATED=1 dotnet test tests/Supple.Core.Tests --filter {testClass}`, build, and run the tests again.");
    }
}
